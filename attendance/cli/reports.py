"""``attendance report`` and ``attendance export``: the summary, its sentence, the PDFs and the lists.

Both call the same core functions as the Reports page (:mod:`attendance.reports.summary`,
:mod:`attendance.documents.sheets`, :mod:`attendance.documents.lists`). ``report --json`` prints the documented
keys of ARCHITECTURE §7.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from attendance import i18n, settings
from attendance.cli.main import add_json_flag, find_event, open_store, print_json
from attendance.documents import layouts
from attendance.domain import InvalidValue
from attendance.i18n import country_name, tr
from attendance.reports import summary as reports
from attendance.store import Store

EXPORT_KINDS = ("list", "signin", "matrix", "summary", "certificates")
# The formats each kind can be written in; the first is the default.
KIND_FORMATS: dict[str, tuple[str, ...]] = {
    "list": ("csv", "xlsx"), "signin": ("pdf",), "matrix": ("pdf",), "summary": ("pdf",),
    "certificates": ("pdf", "zip"),
}


def _language(args: argparse.Namespace, event_language: str, store: Store) -> str:
    """The language asked after the command, else the ``report_language`` setting, else the language
    asked before it (``attendance --lang``), else the event's."""
    return (args.document_language or str(settings.value(store, settings.REPORT_LANGUAGE)) or args.lang
            or event_language)


def _noun(args: argparse.Namespace, store: Store) -> str:
    """``--noun``, else the ``report_noun`` setting (participants unless set)."""
    return args.noun or str(settings.value(store, settings.REPORT_NOUN))


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    # Its own dest: a subparser default would otherwise overwrite the global --lang.
    parser.add_argument("--lang", dest="document_language", choices=sorted(i18n.LANGUAGES),
                        help="language of the report (default: the report_language setting, else the event's)")


def _report(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = find_event(store, args.event)
        language = _language(args, event.language, store)
        noun = _noun(args, store)
        summary = reports.summarise(store, event.id, language)
        if args.json:
            data = reports.summary_json(summary, language)
            data["sentences"] = reports.sentences(summary, language, noun=noun, activity=args.activity,
                                                  funders=reports.event_funders(store, event.id, language))
            data["sentence"] = data["sentences"]["basic"]
            print_json(data)
            return 0
        funders = reports.event_funders(store, event.id, language)
    _print_report(summary, language, noun, args.activity, funders)
    return 0


def _print_report(summary: reports.Summary, language: str, noun: str, activity: str,
                  funders: tuple[tuple[str, bool], ...]) -> None:
    said = reports.sentences(summary, language, noun=noun, activity=activity, funders=funders)
    print(said["basic"])
    if said["with_sectors"] != said["basic"]:
        print(said["with_sectors"])
    print(said["women_percent"])
    note = reports.unmatched_note(summary, language)
    if note:
        print(note)
    print()
    print(tr("Participants registered", language) + f": {summary.registered}")
    print(tr("Participants who attended", language) + f": {summary.attended}")
    _print_table(tr("Participants who attended", language), [("", summary.by_sex)], language)
    _print_table(tr("Attendance per session", language),
                 [(f"{s.label} ({s.date})", s.by_sex) for s in summary.sessions], language)
    _print_table(tr("By institution sector", language),
                 [(reports.capitalised(reports.sector_label(r.key, language)), r.by_sex)
                  for r in summary.by_sector], language)
    _print_table(tr("By country", language),
                 [(country_name(r.key, language) or tr("not stated", language), r.by_sex)
                  for r in summary.by_country], language)
    _print_table(tr("By institution", language),
                 [(r.key or tr("not stated", language), r.by_sex) for r in summary.by_institution], language)
    print()
    print(tr("By role", language))
    for figures in summary.by_role:
        print(f"  {reports.capitalised(reports.role_label(figures.role, language)):<32} {tr('Registered', language)} "
              f"{figures.registered:>5}   {tr('Attended', language)} {figures.attended:>5}")


def _print_table(title: str, rows: list[tuple[str, reports.SexCounts]], language: str) -> None:
    print()
    print(title)
    heads = [tr(text, language) for text in ("Women", "Men", "Other", "Not stated", "Total", "% women")]
    print(f"  {'':<40}" + "".join(f"{head[:11]:>12}" for head in heads))
    for label, counts in rows:
        figures = [counts.female, counts.male, counts.other, counts.not_stated, counts.total,
                   reports.percent(counts.women_percent, language)]
        print(f"  {label[:40]:<40}" + "".join(f"{figure!s:>12}" for figure in figures))


def _export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    kind = args.kind
    fmt = args.format or _format_from_suffix(output, kind)
    if fmt not in KIND_FORMATS[kind]:
        raise InvalidValue(tr("A {kind} export can be written as {formats}, not {format}", kind=kind,
                              formats=", ".join(KIND_FORMATS[kind]), format=fmt))
    # Imported here: the PDF and spreadsheet libraries would slow every other command's start.
    from attendance.documents import lists as exports
    from attendance.documents import sheets as documents

    with open_store(args) as store:
        event = find_event(store, args.event)
        language = _language(args, event.language, store)
        session_id = documents.session_by_number(store, event.id, args.session) if args.session else None
        if kind == "list":
            listing = exports.participant_list(store, event.id, language, codes=args.codes)
            if fmt == "csv":
                exports.write_csv(listing, output, delimiter=exports.csv_delimiter(store, language))
            else:
                exports.write_xlsx(listing, output, sheet_title=event.code)
        elif kind == "signin":
            columns = [c.strip() for c in args.columns.split(",")] if args.columns \
                else layouts.DEFAULT_SIGNIN_COLUMNS
            documents.sign_in_sheet(store, event.id, output, language=language, session_id=session_id,
                                    columns=columns, blank_rows=args.blank_rows, landscape=args.landscape)
            if layouts.signin_turns_landscape(columns, args.landscape):
                print(tr("Printed in landscape: the chosen columns do not fit a portrait page."), file=sys.stderr)
        elif kind == "matrix":
            documents.attendance_matrix(store, event.id, output, language=language)
        elif kind == "summary":
            documents.summary_report(store, event.id, output, language=language, noun=_noun(args, store),
                                     activity=args.activity)
        else:
            from attendance.documents import certificates

            certificates.certificates(store, event.id, output, language=language, as_zip=fmt == "zip",
                                      threshold=args.threshold, rule=args.rule, issued_on=args.issued_on,
                                      issued_at=args.issued_at)
    print(output)
    return 0


def _format_from_suffix(output: Path, kind: str) -> str:
    suffix = output.suffix.lower().lstrip(".")
    return suffix if suffix in KIND_FORMATS[kind] else KIND_FORMATS[kind][0]


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``report`` and ``export`` to the command line."""
    report = subparsers.add_parser("report", help="the sex-disaggregated summary and the ready-to-paste sentence")
    report.add_argument("event", help="event code")
    report.add_argument("--noun", choices=sorted(reports.NOUNS),
                        help="what the sentence calls people (default: the report_noun setting, else participants)")
    report.add_argument("--activity", default="", help="what they took part in, in the report's language with "
                        "its article, e.g. \"the regional webinar\"")
    _add_language_option(report)
    add_json_flag(report)
    report.set_defaults(handler=_report)

    export = subparsers.add_parser("export", help="write a participant list, sign-in sheet, attendance "
                                                  "matrix, summary PDF or certificates")
    export.add_argument("event", help="event code")
    export.add_argument("-o", "--output", required=True, help="file to write")
    _add_language_option(export)
    export.add_argument("--kind", required=True, choices=EXPORT_KINDS, help="what to write")
    export.add_argument("--format", choices=("csv", "xlsx", "pdf", "zip"),
                        help="csv or xlsx for lists; pdf, or zip (one PDF per person) for certificates; "
                             "default from the file's extension")
    export.add_argument("--session", type=int, help="sign-in sheet for session N only (1 = first)")
    export.add_argument("--columns", help="sign-in sheet columns, comma-separated, from: "
                                          + ", ".join(layouts.SIGNIN_COLUMNS))
    export.add_argument("--blank-rows", type=int, default=5, help="empty rows for walk-ins (default 5)")
    export.add_argument("--landscape", action="store_true", help="sign-in sheet in landscape")
    export.add_argument("--threshold", type=float,
                        help="certificates: %% of sessions attended needed (default: the setting, else 75)")
    export.add_argument("--rule", choices=("all_sessions", "any_block"),
                        help="certificates: the threshold counts over all sessions, or over any one block of "
                             "consecutive days (default: the certificate_rule setting)")
    export.add_argument("--issued-on", metavar="DATE", help="certificates: the date of issue (default: today)")
    export.add_argument("--issued-at", metavar="PLACE",
                        help="certificates: the place of issue (default: the event's city and country)")
    export.add_argument("--noun", choices=sorted(reports.NOUNS),
                        help="summary: what the sentence calls people (default: the report_noun setting)")
    export.add_argument("--activity", default="", help="summary: what they took part in (\"the regional webinar\")")
    export.add_argument("--codes", action="store_true",
                        help="list: sex, sector, country, role and status as stored codes, not words")
    export.set_defaults(handler=_export)
