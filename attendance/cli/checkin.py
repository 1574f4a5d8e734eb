"""``attendance checkin`` and ``attendance virtual``: the check-in station from a terminal or a script.

``checkin`` exits 0 when the person is checked in (also provisionally, for a badge registered at
another desk), 3 when they already were in this session, 4 when the badge is rejected (another
event, invalid, cancelled, unknown), printing the status line. ``virtual`` imports a Zoom, Teams,
Google Meet or Webex attendance report for a session: ``--dry-run`` shows the proposed matches with
their reasons without writing; similar names are written only with ``--accept fuzzy``.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from attendance import checkin
from attendance.checkin import CheckInResult, CheckInStatus
from attendance.cli.main import add_json_flag, find_event, open_store, print_json
from attendance.domain import InvalidValue
from attendance.i18n import ntr, tr
from attendance.intake import virtual

EXIT_CHECKED_IN = 0
EXIT_ALREADY = 3
EXIT_REJECTED = 4


def exit_code(result: CheckInResult) -> int:
    """The documented exit code of a check-in result."""
    if result.status is CheckInStatus.ALREADY:
        return EXIT_ALREADY
    return EXIT_CHECKED_IN if result.admitted else EXIT_REJECTED


def _result_json(result: CheckInResult) -> dict[str, Any]:
    return {**asdict(result), "status": result.status.value, "name": result.name, "message": result.message()}


def _checkin(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = find_event(store, args.event)
        session = checkin.find_session(store, event, args.session)
        result = checkin.check_in(store, event, args.payload, session.id)
    if args.json:
        print_json(_result_json(result))
    else:
        print(" — ".join(part for part in (result.message(), result.name, result.institution) if part))
    return exit_code(result)


def _virtual(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = find_event(store, args.event)
        session = checkin.find_session(store, event, args.session)
        window = virtual.session_window(session) if args.session_times else None
        if args.session_times and window is None:
            raise InvalidValue(tr("The session has no start and end times to count from"))
        report = virtual.read_report(args.file, window=window)
        share = virtual.min_share_setting(store) if args.min_share is None else args.min_share
        threshold = report.threshold(min_minutes=args.min_minutes, min_share=share)
        matches = virtual.match_report(store, event, report)
        if args.accept == "fuzzy":
            matches = virtual.confirm_similar(matches)
        if args.register_unmatched:
            # Hosts and panelists are counted only when registered: never registered from a report.
            matches = [virtual.Match(m.attendee, m.kind, register=True)
                       if m.registration_id is None and not m.attendee.role else m for m in matches]
        summary = None
        if not args.dry_run:
            summary = virtual.apply_matches(store, event, session.id, matches, threshold_minutes=threshold)
    if args.json:
        print_json({
            "source": report.source, "layout": report.layout, "title": report.title,
            "meeting_minutes": report.meeting_minutes, "threshold_minutes": threshold, "session_date": session.date,
            "dry_run": args.dry_run,
            "rows": [{"name": m.attendee.name, "email": m.attendee.email, "minutes": round(m.attendee.minutes, 1),
                      "role": m.attendee.role, "match": m.kind.value, "reason": m.reason,
                      "registration_id": m.registration_id, "registered_name": m.registered_name,
                      "score": round(m.score, 1), "needs_review": m.needs_review,
                      "attended": m.attendee.minutes >= threshold} for m in matches],
            "summary": asdict(summary) if summary else None,
        })
        return 0
    print(tr("{source} report: {title}, {minutes} minutes; attended from {threshold} minutes",
             source=report.source.capitalize(), title=report.title, minutes=round(report.meeting_minutes or 0),
             threshold=round(threshold)))
    for match in sorted(matches, key=lambda m: bool(m.attendee.role)):  # hosts and panelists shown apart, last
        target = match.registered_name or ("+" if match.register else "—")
        how = virtual.reason_label(match.reason) or virtual.match_label(match.kind)
        flags = [virtual.role_label(match.attendee.role)] if match.attendee.role else []
        if match.needs_review:
            flags.append(tr("to confirm: --accept fuzzy"))
        print(f"{match.attendee.name[:32]:<32} {round(match.attendee.minutes):>4} min  {how[:34]:<34} {target}"
              + (f"  [{'; '.join(flags)}]" if flags else ""))
    if summary is None:
        print(tr("Dry run: nothing was written."))
    else:
        counts = {key: len(names) for key, names in asdict(summary).items()}
        print(tr("{checked_in} checked in, {already} already checked in, {too_short} stayed too briefly",
                 **counts))
        print(tr("{registered} registered from the report, {ignored} ignored", **counts))
        if summary.unconfirmed:
            print(ntr("{n} similar name not confirmed: not written (confirm with --accept fuzzy)",
                      "{n} similar names not confirmed: not written (confirm with --accept fuzzy)",
                      len(summary.unconfirmed)))
    return 0


def add_commands(subparsers: Any) -> None:
    """Add ``checkin`` and ``virtual`` to the ``attendance`` command line."""
    session_help = "session number (1 = first), date YYYY-MM-DD or label (default: today's, else the nearest)"
    scan = subparsers.add_parser("checkin", help="check in a badge for a session "
                                                 "(exit 0 checked in, 3 already, 4 rejected)")
    scan.add_argument("event", help="event code")
    scan.add_argument("payload", help="the badge's QR text, as a scanner types it")
    scan.add_argument("--session", help=session_help)
    add_json_flag(scan)
    scan.set_defaults(handler=_checkin)

    report = subparsers.add_parser("virtual", help="count attendance of a virtual session from a Zoom, Teams, "
                                                   "Google Meet or Webex attendance report")
    report.add_argument("event", help="event code")
    report.add_argument("file", help="the meeting's attendance report (CSV as the service exports it)")
    report.add_argument("--session", help=session_help)
    minimum = report.add_mutually_exclusive_group()
    minimum.add_argument("--min-minutes", type=float, help="minutes needed to count as attended")
    minimum.add_argument("--min-share", type=float,
                         help="share of the meeting needed (default: the laptop's setting, 0.5 unless changed)")
    report.add_argument("--register-unmatched", action="store_true",
                        help="register the rows that match nobody (otherwise they are ignored)")
    report.add_argument("--accept", choices=["fuzzy"],
                        help="also write the similar-name matches (by default only email and certain names)")
    report.add_argument("--session-times", action="store_true",
                        help="count only the minutes within the session's start and end times")
    report.add_argument("--dry-run", action="store_true", help="show the matches without writing anything")
    add_json_flag(report)
    report.set_defaults(handler=_virtual)
