"""``attendance import EVENT FILE`` and ``attendance institution list|edit|merge``.

The import is the same engine as the import wizard (:mod:`attendance.intake.importer`) with the
detected column mapping, corrected by ``--map "Header=field"``; the report names the source
layout, accounts for every column, lists skipped rows and possible duplicates, and the sectors
given to new institutions (confident suggestions are applied). Exit 0 when the import ran (even
with rejected rows), 1 when the file could not be read or nothing was saved.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from attendance import services
from attendance.cli.main import add_json_flag, find_event, open_store, print_json
from attendance.domain import InvalidValue, NotFound, Sector, fold
from attendance.i18n import country_name, ntr, tr
from attendance.reports.summary import sector_label

if TYPE_CHECKING:
    from attendance.intake.importer import ImportReport
    from attendance.store import Store


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``import`` and ``institution`` subcommands."""
    parser = subparsers.add_parser("import", help="import a pre-registration list (CSV or XLSX) into an event")
    parser.add_argument("event", help="event code")
    parser.add_argument("file", help="CSV (any encoding, , ; or tab) or XLSX file")
    parser.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")
    parser.add_argument("--sheet", help="XLSX sheet name (default: the first)")
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                        help="map a column to a field (repeatable), e.g. \"Correo institucional=email\"; "
                             "FIELD 'ignore' drops the column")
    parser.add_argument("--include-pending", action="store_true",
                        help="register pending registrants too (refused, refunded, cancelled ones never)")
    parser.add_argument("--keep-capitals", action="store_true",
                        help="keep names typed all in capitals as they are (default: written as names)")
    add_json_flag(parser)
    parser.set_defaults(handler=_import)

    institution = subparsers.add_parser("institution", help="list, edit or merge institutions")
    commands = institution.add_subparsers(dest="institution_command", required=True)
    listing = commands.add_parser("list", help="institutions with country, sector and how many people")
    listing.add_argument("--country", help="only this country (name or ISO code)")
    add_json_flag(listing)
    listing.set_defaults(handler=_institution_list)
    edit = commands.add_parser("edit", help="change an institution's name, acronym, sector or country")
    edit.add_argument("institution", help="id, name or acronym")
    edit.add_argument("--in", dest="within", metavar="COUNTRY", help="the country of the institution named")
    edit.add_argument("--name")
    edit.add_argument("--acronym")
    edit.add_argument("--sector", choices=[s.value for s in Sector])
    edit.add_argument("--country", help="new country (name or ISO code)")
    edit.set_defaults(handler=_institution_edit)
    merge = commands.add_parser("merge", help="merge the second institution into the first (same body twice)")
    merge.add_argument("keep", help="id, name or acronym of the institution kept")
    merge.add_argument("merge", help="id, name or acronym of the one merged into it")
    merge.add_argument("--in", dest="within", metavar="COUNTRY", help="the country of both institutions")
    merge.set_defaults(handler=_institution_merge)


def _import(args: argparse.Namespace) -> int:
    from attendance.intake import importer  # here: its spreadsheet and matching libraries slow other commands

    options = importer.Options(include_pending=args.include_pending, title_case=not args.keep_capitals)
    with open_store(args) as store:
        event = find_event(store, args.event)
        report = importer.import_file(store, event.id, args.file, sheet=args.sheet, dry_run=args.dry_run,
                                      overrides=args.map, options=options)
    if args.json:
        print_json(report.to_json())
        return 1 if report.problem else 0
    _print_columns(report)
    if report.problem:
        print(tr("Error: {message}", message=report.problem), file=sys.stderr)
        return 1
    for issue in report.warnings:
        where = tr("row {row}", row=issue.row) if issue.row else tr("file")
        print(tr("Warning ({where}, {column}): {reason}", where=where, column=issue.column or "-",
                 reason=issue.reason))
    for outcome in report.rows:
        if outcome.status in ("rejected", "duplicate", "skipped") or outcome.possible_duplicate_of is not None:
            print(tr("Row {row} {status} ({column}): {reason}", row=outcome.row, status=tr(outcome.status),
                     column=outcome.column or outcome.name or "-", reason=outcome.reason))
    for line in report.sectors:
        if line.clue:
            text = (tr("Sector of {institution}: {sector} (from \"{clue}\")", institution=line.institution,
                       sector=sector_label(line.sector), clue=line.clue) if line.applied else
                    tr("Sector of {institution} left as other: perhaps {sector} (from \"{clue}\"); set it with "
                       "`attendance institution edit`", institution=line.institution, sector=sector_label(line.sector),
                       clue=line.clue))
            print(text)
    print(report.summary())
    if report.dry_run:
        print(tr("Dry run: nothing was saved."))
    return 0


def _print_columns(report: ImportReport) -> None:
    from attendance.intake.importer import column_reason, source_name

    if not report.columns:
        return
    print(tr("Source: {source}", source=source_name(report.source)))
    for choice in report.columns:
        target = tr("-> {field}", field=choice.field) if choice.field else tr("ignored")
        print(f"  {choice.column + 1:>3}. {choice.header or '-'}: {target} ({column_reason(choice.reason)})")


def _institution_json(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in ("id", "name", "acronym", "country", "sector", "people")}


def _institution_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        country = services.country_code(args.country) if args.country else None
        rows = store.rows(
            "SELECT i.id, i.name, i.acronym, i.country, i.sector, (SELECT count(*) FROM people p WHERE "
            "p.institution_id = i.id AND p.deleted_at IS NULL) AS people FROM institutions i "
            "WHERE i.deleted_at IS NULL AND (? IS NULL OR i.country = ?) ORDER BY i.folded_name, i.country",
            [country, country])
    if args.json:
        print_json([_institution_json(row) for row in rows])
        return 0
    for row in rows:
        where = country_name(row["country"]) if row["country"] else "-"
        acronym = f" ({row['acronym']})" if row["acronym"] else ""
        print(f"{row['id']}  {row['name']}{acronym} | {where} | {sector_label(row['sector'])} | "
              + ntr("{n} person", "{n} people", row["people"]))
    return 0


def find_institution_ref(store: Store, text: str, within: str | None) -> str:
    """The id of the institution an id, name or acronym names (within a country when given)."""
    if store.row("institutions", text):
        return text
    country = services.country_code(within) if within else None
    key = fold(text)
    matches = [row for row in store.rows("SELECT id, country FROM institutions WHERE deleted_at IS NULL AND "
                                         "(folded_name = ? OR lower(acronym) = ?) ORDER BY created_at", [key, key])
               if country is None or row["country"] == country]
    if not matches:
        raise NotFound(tr("No such institution"))
    countries = {row["country"] or "-" for row in matches}
    if len(countries) > 1:
        raise InvalidValue(tr("{name!r} names institutions of several countries ({countries}): add --in "
                              "COUNTRY or give the id", name=text, countries=", ".join(sorted(countries))))
    return matches[0]["id"]


def _institution_edit(args: argparse.Namespace) -> int:
    values = {k: getattr(args, k) for k in ("name", "acronym", "sector", "country") if getattr(args, k) is not None}
    with open_store(args) as store:
        institution_id = find_institution_ref(store, args.institution, args.within)
        with store.transaction():
            services.update_institution(store, institution_id, **values)
        row = store.row("institutions", institution_id)
    print(tr("Saved: {name} | {country} | {sector}", name=row["name"], country=row["country"] or "-",
             sector=sector_label(row["sector"])))
    return 0


def _institution_merge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        keep = find_institution_ref(store, args.keep, args.within)
        merged = find_institution_ref(store, args.merge, args.within)
        moved = services.merge_institutions(store, keep, merged)
    print(tr("Merged: {moved} people and registrations moved", moved=moved))
    return 0
