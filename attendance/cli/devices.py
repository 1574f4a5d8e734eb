"""``attendance device show|trust|revoke|list``: this laptop's fingerprint and the devices it trusts.

The same core functions as the window's Devices page (:mod:`attendance.sync.devices`).
"""

from __future__ import annotations

import argparse
import sys

from attendance.cli.main import add_json_flag, find_event, open_store, print_json
from attendance.i18n import tr
from attendance.sync import devices, held


def _show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        me = devices.identity(store)
        key_file = devices.key_path(store)
        code = devices.qr_text(store)
    shown = devices.format_fingerprint(me.fingerprint)
    if args.json:
        print_json({"device_id": me.device_id, "fingerprint": shown, "qr": code, "key_file": str(key_file)})
        return 0
    print(tr("This laptop: device {device}", device=me.device_id))
    print(tr("Fingerprint: {fingerprint}", fingerprint=shown))
    if not args.no_qr:
        import qrcode

        picture = qrcode.QRCode(border=1)
        picture.add_data(code)
        picture.print_ascii(out=sys.stdout, invert=True)
    print(tr("On the other laptop: attendance device trust \"{fingerprint}\"", fingerprint=shown))
    return 0


def _trust(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event_id = find_event(store, args.event).id if args.event else None
        found = devices.trust(store, args.fingerprint, coordinator=args.coordinator, event_id=event_id)
    shown = devices.format_fingerprint(found.fingerprint)
    if found.trust == devices.COORDINATOR:
        print(tr("Trusted {fingerprint} as a coordinator.", fingerprint=shown))
    else:
        print(tr("Trusted {fingerprint}.", fingerprint=shown))
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = devices.revoke(store, args.device)
    print(tr("Revoked {fingerprint}: nothing new of it is accepted; its earlier changes stay.",
             fingerprint=devices.format_fingerprint(found.fingerprint)))
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = devices.list_devices(store)
    if args.json:
        print_json([device.as_json() for device in found])
        return 0
    if not found:
        print(tr("No other device is trusted yet; trust one with 'attendance device trust FINGERPRINT'."))
    for device in found:
        events = ", ".join(device.events) if device.events else ""
        print(f"{devices.format_fingerprint(device.fingerprint)}  {device.trust}  {device.device_id or ''}  "
              f"{events}".rstrip())
    return 0


def _held(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = held.held_changes(store)
    if args.json:
        print_json([item.as_json() for item in found])
        return 0
    if not found:
        print(tr("No changes are held for review."))
    for item in found:
        shown = devices.format_fingerprint(item.fingerprint) if item.fingerprint else item.change.device_id
        print(f"{item.change.id}  {held.reason_text(item.reason)}  {item.change.entity}:{item.change.entity_id}  "
              f"{shown}")
    return 0


def _accept(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        held.accept(store, args.change)
    print(tr("Accepted: the change is applied and syncs on with the next bundle."))
    return 0


def _reject(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        held.reject(store, args.change)
    print(tr("Rejected: the change is not applied on this laptop."))
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``device show|trust|revoke|list|held|accept|reject``."""
    parser = subparsers.add_parser("device", help="this laptop's fingerprint and the devices it trusts")
    sub = parser.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="this laptop's fingerprint (code and QR) to compare on the other laptop")
    show.add_argument("--no-qr", action="store_true", help="do not draw the QR code")
    add_json_flag(show)
    show.set_defaults(handler=_show)
    trust = sub.add_parser("trust", help="trust the laptop with this fingerprint")
    trust.add_argument("fingerprint", help="its 24 digits, as 'device show' prints them on that laptop")
    trust.add_argument("--coordinator", action="store_true",
                       help="also accept its privileged changes (badge keys, deletions, erasures, merges)")
    trust.add_argument("--event", help="as coordinator of this event only (code)")
    trust.set_defaults(handler=_trust)
    revoke = sub.add_parser("revoke", help="accept nothing new from a device (its earlier changes stay)")
    revoke.add_argument("device", help="its fingerprint or device id")
    revoke.set_defaults(handler=_revoke)
    listed = sub.add_parser("list", help="the devices this laptop knows and their trust")
    add_json_flag(listed)
    listed.set_defaults(handler=_list)
    waiting = sub.add_parser("held", help="privileged changes from non-coordinator devices, held for review")
    add_json_flag(waiting)
    waiting.set_defaults(handler=_held)
    for name, handler, text in (("accept", _accept, "apply a held change"),
                                ("reject", _reject, "drop a held change")):
        action = sub.add_parser(name, help=text)
        action.add_argument("change", help="the held change's id (from 'device held')")
        action.set_defaults(handler=handler)
