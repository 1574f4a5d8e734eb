"""``attendance sync ...`` and ``attendance people ...``: bundles between laptops and their review.

The same core functions as the GUI's File › Export/Import sync bundle and its review pages
(:mod:`attendance.sync.bundles`, :mod:`attendance.sync.merge`). ``sync import --json`` and the review
commands' ``--json`` print the keys documented in the README.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from attendance import copies
from attendance.cli.hub import add_sync_command
from attendance.cli.main import add_json_flag, find_event, open_store, print_json
from attendance.i18n import ntr, tr
from attendance.sync import bundles as sync
from attendance.sync import merge


def _export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event_id = find_event(store, args.event).id if args.event else None
        result = sync.export_bundle(store, args.output, event_id=event_id, since_last=args.since_last)
    print(ntr("Wrote {n} change to {path}", "Wrote {n} changes to {path}", result.changes, path=result.path))
    return 0


def _import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        preview = sync.import_bundle(store, args.file, dry_run=args.dry_run, trust_fingerprint=args.trust_fingerprint)
    if args.json:
        print_json(preview.as_json())
        return 0
    print(describe_import(preview, dry_run=args.dry_run))
    return 0


def describe_import(preview: sync.ImportPreview, *, dry_run: bool) -> str:
    """The import's figures as the lines a person reads (CLI output)."""
    if preview.already_imported:
        return tr("This bundle was already imported; nothing changed.")
    lines = [
        tr("Bundle from laptop {device}, made {created}: {total} changes, {new} new.", device=preview.device_id,
           created=preview.created_at, total=preview.changes_total, new=preview.changes_new),
        tr("New people: {people}; people updated: {updated}; new registrations: {registrations}; "
           "new check-ins: {checkins}; people erased: {erased}.", people=preview.new_people,
           updated=preview.updated_people, registrations=preview.new_registrations,
           checkins=preview.new_checkins, erased=preview.erased_people),
        tr("Conflicts to review: {conflicts}; possible duplicate people: {duplicates}.",
           conflicts=len(preview.conflicts), duplicates=len(preview.duplicates)),
    ]
    if preview.waiting_rows:
        lines.append(tr("{count} rows wait for an earlier bundle from that laptop.", count=preview.waiting_rows))
    lines.append(tr("Dry run: nothing was written.") if dry_run else tr("Imported."))
    return "\n".join(lines)


def _conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = merge.open_conflicts(store)
    if args.json:
        print_json([asdict(c) for c in found])
        return 0
    if not found:
        print(tr("No conflicts to review."))
    for conflict in found:
        print(f"{conflict.id}  {conflict.entity}:{conflict.label}  {conflict.field}")
        print("    " + tr("local: {value} ({at}, laptop {device})", value=conflict.local_value,
                          at=conflict.local_at, device=conflict.local_device_id))
        print("    " + tr("remote: {value} ({at}, laptop {device})", value=conflict.remote_value,
                          at=conflict.remote_at, device=conflict.remote_device_id))
    return 0


def _resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        merge.resolve_conflict(store, args.conflict, args.choice)
    print(tr("Conflict resolved; the choice will sync with the next bundle."))
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        pairs = merge.possible_duplicates(store)
    if args.json:
        print_json([asdict(p) for p in pairs])
        return 0
    if not pairs:
        print(tr("No possible duplicate people."))
    for pair in pairs:
        reason = tr("same email") if pair.reason == "email" else tr("same name and institution")
        print(f"{pair.first_id}  {pair.first_name}  |  {pair.second_id}  {pair.second_name}  ({reason})")
    return 0


def _merge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = merge.merge_people(store, args.keep, args.merge)
    print(tr("Merged: {moved} registrations moved, {joined} joined to an existing registration, "
             "{checkins} check-ins moved.", moved=result.registrations_moved,
             joined=result.registrations_joined, checkins=result.checkins_moved))
    return 0


def _erase(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        held = copies.holding_person(store, args.person)  # before: copies made afterwards hold nothing
        if not args.yes:
            print(tr("Erasing cannot be undone, on this laptop or on the others after sync; add --yes to erase."),
                  file=sys.stderr)
            print("\n".join(copies.describe(held)), file=sys.stderr)
            return 1
        merge.erase_person(store, args.person)
    print(tr("The person's personal data was erased on this laptop; the erasure reaches the others with "
             "the next bundle."))
    print("\n".join(copies.describe(held)))
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``sync export|import|conflicts|resolve`` and ``people duplicates|merge|erase``."""
    sync_parser = subparsers.add_parser("sync", help="exchange sync bundles between laptops and review conflicts")
    sync_sub = sync_parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = sync_sub.add_parser("export", help="write a sync bundle (zip) of this laptop's changes")
    export.add_argument("-o", "--output", required=True, help="bundle file to write (.zip)")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--event", help="only this event (code), with its whole history: sets up a second desk")
    scope.add_argument("--since-last", action="store_true", help="only the changes since the last bundle sent")
    export.set_defaults(handler=_export)
    imported = sync_sub.add_parser("import", help="merge a sync bundle from another laptop")
    imported.add_argument("file", help="bundle file (.zip)")
    imported.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imported.add_argument("--trust-fingerprint", metavar="CODE",
                          help="trust the sending laptop: the fingerprint its screen shows (first bundle)")
    add_json_flag(imported)
    imported.set_defaults(handler=_import)
    conflicts = sync_sub.add_parser("conflicts", help="list the conflicts waiting for review")
    add_json_flag(conflicts)
    conflicts.set_defaults(handler=_conflicts)
    resolve = sync_sub.add_parser("resolve", help="settle a conflict with the local or the remote value")
    resolve.add_argument("conflict", help="conflict id (from 'sync conflicts')")
    resolve.add_argument("choice", choices=("local", "remote"), help="which value to keep")
    resolve.set_defaults(handler=_resolve)
    add_sync_command(sync_sub)

    people = subparsers.add_parser("people", help="review possible duplicate people, merge or erase people")
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    duplicates = people_sub.add_parser("duplicates", help="pairs with the same email (and compatible names) or "
                                                          "the same name and institution")
    add_json_flag(duplicates)
    duplicates.set_defaults(handler=_duplicates)
    merged = people_sub.add_parser("merge", help="merge a duplicate person into another (logged, syncs)")
    merged.add_argument("keep", metavar="KEEP_ID", help="id of the person kept")
    merged.add_argument("merge", metavar="MERGE_ID", help="id of the duplicate merged into them")
    merged.set_defaults(handler=_merge)
    erase = people_sub.add_parser("erase", help="erase a person's personal data for good (syncs, cannot be undone)")
    erase.add_argument("person", metavar="PERSON_ID", help="id of the person")
    erase.add_argument("--yes", action="store_true", help="confirm: the erasure cannot be undone")
    erase.set_defaults(handler=_erase)
