"""``attendance import EVENT FILE``: a pre-registration list (CSV or XLSX) into an event.

The same engine as the import wizard (:mod:`attendance.intake.importer`) with the detected column
mapping; when the sex column's "M" is ambiguous the header language decides and the report warns.
Exit 0 when the import ran (even with rejected rows), 1 when the file could not be read or
nothing was saved.
"""

from __future__ import annotations

import argparse
import sys

from attendance.cli.main import add_json_flag, find_event, open_store, print_json
from attendance.i18n import tr


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``import`` subcommand."""
    parser = subparsers.add_parser("import", help="import a pre-registration list (CSV or XLSX) into an event")
    parser.add_argument("event", help="event code")
    parser.add_argument("file", help="CSV (any encoding, , ; or tab) or XLSX file")
    parser.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")
    parser.add_argument("--sheet", help="XLSX sheet name (default: the first)")
    add_json_flag(parser)
    parser.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    from attendance.intake import importer  # here: its spreadsheet and matching libraries slow other commands

    with open_store(args) as store:
        event = find_event(store, args.event)
        report = importer.import_file(store, event.id, args.file, sheet=args.sheet, dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json())
        return 1 if report.problem else 0
    if report.problem:
        print(tr("Error: {message}", message=report.problem), file=sys.stderr)
        return 1
    for issue in report.warnings:
        where = tr("row {row}", row=issue.row) if issue.row else tr("file")
        print(tr("Warning ({where}, {column}): {reason}", where=where, column=issue.column or "-",
                 reason=issue.reason))
    for outcome in report.rows:
        if outcome.status in ("rejected", "duplicate"):
            print(tr("Row {row} {status} ({column}): {reason}", row=outcome.row, status=tr(outcome.status),
                     column=outcome.column or "-", reason=outcome.reason))
    print(report.summary())
    if report.dry_run:
        print(tr("Dry run: nothing was saved."))
    return 0
