"""``attendance badges``: write an event's QR badges to a print-ready PDF.

``attendance badges EVENT -o FILE.pdf [--layout a4-8up|a4-labels|letter-labels|cr80|a6]
[--only CODE ...] [--not-printed] [--no-mark]``. ``--only`` takes badge tokens or scanned
payloads; ``--not-printed`` keeps badges never printed before. The badges written are marked
printed (``--no-mark`` leaves them as they were), so the next ``--not-printed`` run skips them.
"""

from __future__ import annotations

import argparse

from attendance.cli.main import find_event, open_store
from attendance.documents import layouts
from attendance.i18n import ntr, tr


def _badges(args: argparse.Namespace) -> int:
    # Imported here: the PDF and QR libraries would slow every other command's start.
    from attendance.documents import badge_sheets

    with open_store(args) as store:
        event = find_event(store, args.event)
        chosen = badge_sheets.registration_ids_for_codes(store, event, args.only) if args.only else None
        batch = badge_sheets.save_badges(store, event, args.output, layout=args.layout,
                                         registration_ids=chosen, only_not_printed=args.not_printed,
                                         mark_printed=not args.no_mark)
    print(tr("Wrote {badges} on {pages} to {path}", badges=ntr("{n} badge", "{n} badges", len(batch.registration_ids)),
             pages=ntr("{n} page", "{n} pages", batch.pages), path=args.output))
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``badges`` to the command line."""
    described = "; ".join(f"{name}: {layout.description}" for name, layout in layouts.LAYOUTS.items())
    badges = subparsers.add_parser("badges", help="write an event's QR badges to a PDF")
    badges.add_argument("event", help="event code")
    badges.add_argument("-o", "--output", required=True, help="PDF file to write")
    badges.add_argument("--layout", default=layouts.DEFAULT_LAYOUT, choices=list(layouts.LAYOUTS),
                        help=f"page layout ({described})")
    badges.add_argument("--only", nargs="+", metavar="CODE",
                        help="only these badges: badge tokens or scanned badge codes")
    badges.add_argument("--not-printed", action="store_true", help="only badges never printed before")
    badges.add_argument("--no-mark", action="store_true", help="do not record these badges as printed")
    badges.set_defaults(handler=_badges)
