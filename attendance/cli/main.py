"""The ``attendance`` command line: the same services as the GUI, for scripts and for the terminal.

``attendance`` with no subcommand opens the window. Read commands take ``--json``; the JSON keys
are a contract documented in the README. Errors print one translated line on stderr and exit 1
(check-in has its own exit codes). Feature areas add their subcommands from their own
``attendance/cli/<area>.py`` modules, each with an ``add_commands(subparsers)`` function listed in
COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from attendance import i18n, organisations, services
from attendance.domain import AttendanceError, Event, Sex
from attendance.i18n import ntr, tr
from attendance.store import CorruptDatabase, Store, default_path

# Modules that contribute subcommands (each defines add_commands(subparsers)).
COMMAND_MODULES: tuple[str, ...] = ("intake", "checkin", "badges", "reports", "sync", "hub", "settings",
                                   "organisations", "portfolio", "devices")

Handler = Callable[[argparse.Namespace], int]


def database_path(args: argparse.Namespace) -> Path:
    """The database chosen by ``--db``, else ``ATTENDANCE_DB``, else the platform data folder."""
    return Path(args.db or os.environ.get("ATTENDANCE_DB") or default_path())


def open_store(args: argparse.Namespace) -> Store:
    """Open the chosen database (creating and migrating it when needed)."""
    return Store(database_path(args))


def print_json(value: Any) -> None:
    """Write a value as indented UTF-8 JSON on stdout."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def find_event(store: Store, code: str) -> Event:
    """The event for a code typed on the command line (NotFound says which code)."""
    return services.event_by_code(store, code)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Give a read command the ``--json`` flag."""
    parser.add_argument("--json", action="store_true", help="print JSON (keys documented in the README)")


# --------------------------------------------------------------------------- gui / demo
def _gui(args: argparse.Namespace) -> int:
    from attendance.gui.app import run  # Qt is imported only when the window is wanted

    return run(database_path(args), language=args.lang)


def _demo(args: argparse.Namespace) -> int:
    from attendance import demo

    with open_store(args) as store:
        if services.list_events(store):
            print(tr("The database already holds events; the demo adds its own next to them."))
        made = demo.create_demo(store, seed=args.seed)
    print(tr("Demo data created: {events} events, {people} people, {checkins} check-ins", **made))
    return 0


# --------------------------------------------------------------------------- events
def add_attribution_options(parser: argparse.ArgumentParser) -> None:
    """The options naming an event's organisations and project (``event add`` and ``event edit``)."""
    parser.add_argument("--organiser", action="append", help="organiser (repeatable; found by name or acronym, "
                                                             "else created)")
    parser.add_argument("--partner", action="append", help="partner organisation (repeatable, in order)")
    parser.add_argument("--funder", action="append", help="funder (repeatable, in order), e.g. "
                                                          "\"Government of Canada\"")
    parser.add_argument("--partners", help="partners as one text, separated by ';' (older form of --partner)")
    parser.add_argument("--funders", help="funders as one text, separated by ';' (older form of --funder)")
    parser.add_argument("--project", help="project code or title (created if unknown; \"\" for none)")


def _attribution(args: argparse.Namespace) -> dict[str, Any]:
    """The organisations and project named by the options; a role not mentioned is left out."""
    values: dict[str, Any] = {}
    for role, repeated, text in (("organiser", args.organiser, None), ("partners", args.partner, args.partners),
                                 ("funders", args.funder, args.funders)):
        names = [name for item in (repeated or []) for name in organisations.split_names(item)]
        names += organisations.split_names(text)
        if repeated is not None or text is not None:
            values[role] = names
    if args.project is not None:
        values["project"] = args.project
    return values


def _event_add(args: argparse.Namespace) -> int:
    values = {k: getattr(args, k) for k in services.EVENT_FIELDS if getattr(args, k, None) not in (None, "")}
    session_dates = _expand_dates(args.dates) if args.dates else None
    with open_store(args) as store, store.transaction():
        event = services.create_event(store, session_dates=session_dates, **values)
        organisations.set_event_attribution(store, event.id, **_attribution(args))
        count = len(services.sessions(store, event.id))
    print(tr("Created event {code}: {title} ({sessions})", code=event.code, title=event.title,
             sessions=ntr("{n} session", "{n} sessions", count)))
    print(event.code)
    return 0


def _event_edit(args: argparse.Namespace) -> int:
    values = {k: getattr(args, k) for k in services.EVENT_FIELDS if getattr(args, k, None) is not None}
    with open_store(args) as store, store.transaction():
        event = find_event(store, args.event)
        if values:
            event = services.update_event(store, event.id, **values)
        organisations.set_event_attribution(store, event.id, **_attribution(args))
    print(tr("Updated event {code}: {title}", code=event.code, title=event.title))
    return 0


def _expand_dates(text: str) -> list[str]:
    """``2026-12-07..2026-12-10,2027-02-15..2027-02-18`` -> every date in those blocks."""
    dates: list[str] = []
    for block in text.split(","):
        start, _, end = block.strip().partition("..")
        start = services.parse_date(start, "start date") or ""
        end = services.parse_date(end, "end date") if end else start
        if end < start:
            raise AttendanceError(tr("The end date is before the start date"))
        dates.extend(services.days_between(start, end))
    return dates


def _event_json(store: Store, event: Event) -> dict[str, Any]:
    return {
        "code": event.code, "title": event.title, "kind": event.kind, "modality": event.modality,
        "start_date": event.start_date, "end_date": event.end_date, "country": event.country,
        "sessions": len(services.sessions(store, event.id)),
    }


def _event_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        events = services.list_events(store)
        if args.json:
            print_json([_event_json(store, e) for e in events])
            return 0
        if not events:
            print(tr("No events yet. Create one with 'attendance event add' or try 'attendance demo'."))
        for event in events:
            dates = i18n.date_range(event.start_date, event.end_date)
            print(f"{event.code:<12} {dates:<36} {event.title}")
    return 0


def _event_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = find_event(store, args.event)
        sessions = services.sessions(store, event.id)
        counts = services.participant_counts(store, event.id)
        credits = organisations.event_attribution(store, event.id)
        if args.json:
            data = {k: v for k, v in asdict(event).items() if k not in ("id", "badge_key", "project_id")}
            data.update({role: [c.name for c in getattr(credits, role)] for role in ("organiser", "partners",
                                                                                     "funders")})
            data["project"] = credits.project.code if credits.project else None
            data["sessions"] = [{"label": services.session_label(s, n), "date": s.date, "starts": s.starts,
                                 "ends": s.ends} for n, s in enumerate(sessions, 1)]
            data["counts"] = counts
            print_json(data)
            return 0
        rows = [
            (tr("Code"), event.code), (tr("Title"), event.title), (tr("Kind"), tr(event.kind)),
            (tr("Modality"), tr(event.modality.replace("_", " "))),
            (tr("Dates"), i18n.date_range(event.start_date, event.end_date)),
            (tr("Venue"), ", ".join(x for x in (event.venue, event.city) if x)),
            (tr("Country"), i18n.country_name(event.country)),
            (tr("Organiser"), i18n.join_list([c.name for c in credits.organiser])),
            (tr("Partners"), i18n.join_list([c.name for c in credits.partners])),
            (tr("Funders"), i18n.join_list([c.name for c in credits.funders])),
            (tr("Project"), f"{credits.project.code} {credits.project.title}" if credits.project else ""),
        ]
        for label, value in rows:
            print(f"{label + ':':<14} {value}")
        print(f"{tr('Sessions') + ':':<14}")
        for number, session in enumerate(sessions, 1):
            times = "–".join(t for t in (session.starts, session.ends) if t)
            print(f"  {number:>2}. {session.date}  {times:<11} {services.session_label(session, number)}")
        print(tr("{registered} registered: {female} women, {male} men, {other} other, {not_stated} not stated",
                 **counts))
    return 0


# --------------------------------------------------------------------------- registration and lists
def _register(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = find_event(store, args.event)
        registration = services.register(
            store, event.id, given_names=args.given, family_names=args.family, sex=args.sex,
            institution=args.institution, institution_sector=args.sector, email=args.email, phone=args.phone,
            country=args.country, position=args.position, role=args.role)
        person = services.get_person(store, registration.person_id)
        payload = services.badge_payload(event, registration.badge_token)
        if args.json:
            print_json({"registration_id": registration.id, "person_id": person.id, "badge_payload": payload})
        else:
            print(tr("Registered {name} for {code} (badge {payload})", name=person.full_name, code=event.code,
                     payload=payload))
    return 0


def participant_json(event: Event, participant: Any) -> dict[str, Any]:
    """One participant as the documented JSON object of ``participants --json``."""
    return {
        "id": participant.registration_id, "person_id": participant.person_id,
        "given_names": participant.given_names, "family_names": participant.family_names,
        "sex": participant.sex, "institution": participant.institution, "sector": participant.sector,
        "country": participant.country, "email": participant.email, "role": participant.role,
        "status": participant.status, "badge_payload": services.badge_payload(event, participant.badge_token),
        "sessions_attended": participant.sessions_attended,
    }


def _participants(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = find_event(store, args.event)
        people = services.participants(store, event.id, text=args.search)
        if args.json:
            print_json([participant_json(event, p) for p in people])
            return 0
        for p in people:
            name = f"{p.family_names.upper()}, {p.given_names}"
            print(f"{name:<36} {tr(p.sex.replace('_', ' ')):<12} {p.institution[:40]:<40} {p.country:<3} "
                  f"{tr(p.role):<12} {tr(p.status)}")
        print(tr("{registered} registered: {female} women, {male} men, {other} other, {not_stated} not stated",
                 **services.participant_counts(store, event.id)))
    return 0


# --------------------------------------------------------------------------- backup / restore / check
def _backup(args: argparse.Namespace) -> int:
    from attendance import backups

    with open_store(args) as store:
        target = backups.make_backup(store, args.output)
    print(target)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from attendance import backups

    target = database_path(args)
    keep = backups.replace_file(args.file, target)
    if keep is not None:
        print(keep)
    print(target)
    return 0


def _check(args: argparse.Namespace) -> int:
    from attendance import presence

    with open_store(args) as store:
        problems = store.integrity_check()
        mended = presence.mend(store) if problems == ["ok"] else 0
    print("\n".join(problems))
    if mended:
        print(presence.mended_message(mended))
    return 0 if problems == ["ok"] else 1


# --------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    """The whole argument parser (also used by the test that checks the README documents it)."""
    parser = argparse.ArgumentParser(
        prog="attendance",
        description="Register workshop participants, print QR badges, check them in and report attendance.")
    parser.add_argument("--db", help="database file (default: $ATTENDANCE_DB or the platform data folder)")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default=os.environ.get("ATTENDANCE_LANG"),
                        help="language of messages and documents (en, es, fr)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="open the window (the default)").set_defaults(handler=_gui)

    demo = sub.add_parser("demo", help="fill the database with a realistic demo")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same demo)")
    demo.set_defaults(handler=_demo)

    event = sub.add_parser("event", help="create, list and show events and their sessions")
    event_sub = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    add = event_sub.add_parser("add", help="create an event; prints its code on the last line")
    add.add_argument("--title", required=True)
    add.add_argument("--code", help="short code, 2-12 letters and digits (suggested from the title if omitted)")
    add.add_argument("--kind", default="workshop", help="workshop, webinar, course, seminar, roundtable, "
                                                        "meeting, other")
    add.add_argument("--modality", default="in_person", help="in_person, virtual, hybrid")
    add.add_argument("--start", dest="start_date", help="first day, YYYY-MM-DD")
    add.add_argument("--end", dest="end_date", help="last day, YYYY-MM-DD")
    add.add_argument("--dates", help="session dates as blocks: 2026-12-07..2026-12-10,2027-02-15..2027-02-18")
    for name in ("venue", "city", "description"):
        add.add_argument(f"--{name}")
    add.add_argument("--country", help="ISO code or name (JM, Jamaica, Jamaïque)")
    add.add_argument("--language", default="en", choices=sorted(i18n.LANGUAGES), help="language of documents")
    add_attribution_options(add)
    add.set_defaults(handler=_event_add)
    edit = event_sub.add_parser("edit", help="change an event's details, organisers, partners, funders, project")
    edit.add_argument("event", help="event code")
    edit.add_argument("--title")
    edit.add_argument("--code", help="new code")
    edit.add_argument("--kind")
    edit.add_argument("--modality")
    edit.add_argument("--start", dest="start_date", help="first day, YYYY-MM-DD")
    edit.add_argument("--end", dest="end_date", help="last day, YYYY-MM-DD")
    for name in ("venue", "city", "description", "country"):
        edit.add_argument(f"--{name}")
    edit.add_argument("--language", choices=sorted(i18n.LANGUAGES), help="language of documents")
    add_attribution_options(edit)
    edit.set_defaults(handler=_event_edit)
    listing = event_sub.add_parser("list", help="list events")
    add_json_flag(listing)
    listing.set_defaults(handler=_event_list)
    show = event_sub.add_parser("show", help="show one event, its sessions and counts")
    show.add_argument("event", help="event code")
    add_json_flag(show)
    show.set_defaults(handler=_event_show)

    reg = sub.add_parser("register", help="register one walk-in for an event")
    reg.add_argument("event", help="event code")
    reg.add_argument("--given", default="", help="given names")
    reg.add_argument("--family", default="", help="family names")
    reg.add_argument("--sex", default="not_stated", help=", ".join(s.value for s in Sex))
    reg.add_argument("--institution", help="institution name (found or created)")
    reg.add_argument("--sector", help="sector of a new institution")
    reg.add_argument("--position", help="job title")
    reg.add_argument("--country", help="ISO code or name")
    reg.add_argument("--email")
    reg.add_argument("--phone")
    reg.add_argument("--role", default="participant", help="participant, speaker, organiser, observer")
    add_json_flag(reg)
    reg.set_defaults(handler=_register)

    parts = sub.add_parser("participants", help="list an event's participants")
    parts.add_argument("event", help="event code")
    parts.add_argument("--search", help="only those whose names, email or institution start with these words")
    add_json_flag(parts)
    parts.set_defaults(handler=_participants)

    backup = sub.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("-o", "--output", required=True, help="backup file to write")
    backup.set_defaults(handler=_backup)
    restore = sub.add_parser("restore", help="replace the database with a backup (the old file is kept)")
    restore.add_argument("file", help="backup file")
    restore.set_defaults(handler=_restore)
    sub.add_parser("check", help="run SQLite's integrity check; attendance figures that disagree with the "
                                 "check-ins are computed again").set_defaults(handler=_check)

    for module_name in COMMAND_MODULES:
        importlib.import_module(f"attendance.cli.{module_name}").add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    handler: Handler = getattr(args, "handler", _gui)
    try:
        code = handler(args)
        sys.stdout.flush()  # here, not at exit: a reader that went away is met in the try
        return code
    except BrokenPipeError:
        # `attendance portfolio --json | head`: the reader stopped reading. End quietly, as a shell
        # tool does; stdout goes to devnull so the interpreter's last flush cannot fail again
        # (the recipe of Python's signal docs, "Note on SIGPIPE").
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except CorruptDatabase as error:
        print(tr("Error: {message}", message=error), file=sys.stderr)
        backups = sorted(error.path.parent.glob(error.path.name + "*.bak"))[-3:]
        if backups:
            print(tr("Latest backups next to the database: {names}", names=", ".join(b.name for b in backups)),
                  file=sys.stderr)
        print(tr("Restore a backup with: attendance --db {path} restore BACKUP_FILE", path=error.path),
              file=sys.stderr)
        return 2
    except AttendanceError as error:
        print(tr("Error: {message}", message=error), file=sys.stderr)
        return 1
