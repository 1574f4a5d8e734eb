"""``attendance hub ...`` (the server) and ``attendance sync hub`` (a laptop syncing with it).

This is the only module of the desktop app that imports :mod:`attendance.hub`, and only inside the
handlers: the hub's libraries (Starlette, uvicorn, psycopg) come with the ``[hub]`` extra and are
loaded only when a hub command runs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType

from attendance.cli.main import add_json_flag, open_store, print_json
from attendance.domain import AttendanceError
from attendance.i18n import ntr, tr

DATABASE_VARIABLE = "ATTENDANCE_HUB_DATABASE"


def _hub(module: str) -> ModuleType:
    """A module of the hub, or a clear error when the ``[hub]`` extra is not installed."""
    try:
        return importlib.import_module(f"attendance.hub.{module}")
    except ImportError as error:
        raise AttendanceError(tr("The hub needs its extra libraries: pip install \"workshop-attendance[hub]\" "
                                 "({detail})", detail=error)) from error


def _database(args: argparse.Namespace) -> str:
    url = args.database or os.environ.get(DATABASE_VARIABLE)
    if not url:
        raise AttendanceError(tr("Give the hub's database with --database URL or ATTENDANCE_HUB_DATABASE."))
    return url


def _init(args: argparse.Namespace) -> int:
    service = _hub("service")
    with service.connect(_database(args)) as conn:
        applied = service.migrate(conn)
        hub = service.hub_id(conn)
    print(tr("Hub {hub} is ready; migrations applied: {count}.", hub=hub, count=len(applied)))
    return 0


def _serve(args: argparse.Namespace) -> int:
    url = _database(args)
    service = _hub("service")
    with service.connect(url) as conn:
        service.hub_id(conn)  # refuses a database that `hub init` has not prepared
    print(tr("Hub listening on {host}:{port} ({workers} processes); stop it with Ctrl+C.", host=args.host,
             port=args.port, workers=args.workers), flush=True)
    _hub("app").serve(url, host=args.host, port=args.port, workers=args.workers, ssl_certfile=args.ssl_certfile,
                      ssl_keyfile=args.ssl_keyfile)
    return 0


def _enrol(args: argparse.Namespace) -> int:
    import datetime as dt

    import qrcode

    service = _hub("service")
    with service.connect(_database(args)) as conn:
        code = service.create_enrolment(conn, args.name, valid_for=dt.timedelta(days=args.valid_days))
    print(tr("One-time enrolment code for {name} (valid {days} days):", name=args.name, days=args.valid_days))
    print(code)
    if not args.no_qr:
        picture = qrcode.QRCode(border=1)
        picture.add_data(code)
        picture.print_ascii(out=sys.stdout, invert=True)
    print(tr("On that laptop: attendance sync hub --url URL --enrol {code}", code=code))
    return 0


def _devices(args: argparse.Namespace) -> int:
    service = _hub("service")
    with service.connect(_database(args)) as conn:
        devices = service.list_devices(conn)
    if args.json:
        print_json([{"device_id": d.device_id, "name": d.name, "enrolled_at": d.enrolled_at,
                     "last_seen_at": d.last_seen_at, "revoked": d.revoked_at is not None, "changes": d.changes,
                     "fingerprint": d.fingerprint}
                    for d in devices])
        return 0
    if not devices:
        print(tr("No laptop is enrolled yet; make a code with 'attendance hub enrol'."))
    for device in devices:
        state = tr("revoked") if device.revoked_at else tr("active")
        seen = device.last_seen_at.strftime("%Y-%m-%d %H:%M") if device.last_seen_at else "-"
        print(f"{device.device_id}  {device.name:<24} {state:<8} {seen:<16} {device.changes}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    service = _hub("service")
    with service.connect(_database(args)) as conn:
        service.revoke(conn, args.device)
    print(tr("Device {device} is revoked: the hub refuses it from now on; its earlier changes stay.",
             device=args.device))
    return 0


def _sync_hub(args: argparse.Namespace) -> int:
    from attendance.sync import hub_client

    if bool(args.url) != bool(args.enrol):
        raise AttendanceError(tr("Enrolling needs both --url and --enrol CODE."))
    with open_store(args) as store:
        if args.enrol:
            hub_client.enrol(store, args.url, args.enrol)
            if not args.json:
                print(tr("This laptop is enrolled with the hub at {url}.", url=args.url.rstrip("/")))
        result = hub_client.sync_with_hub(store)
    if args.json:
        print_json(result.as_json())
        return 0
    print(tr("Synced with the hub: {sent}, {received}; conflicts to review: {conflicts}; possible duplicate "
             "people: {duplicates}.", sent=ntr("{n} change sent", "{n} changes sent", result.pushed),
             received=ntr("{n} change received", "{n} changes received", result.pulled),
             conflicts=result.conflicts, duplicates=result.possible_duplicates))
    return 0


def add_sync_command(sync_sub: argparse._SubParsersAction) -> None:
    """Add ``sync hub`` to the ``sync`` command (called from :mod:`attendance.cli.sync`)."""
    hub = sync_sub.add_parser("hub", help="sync with the organisation's hub: send what it lacks, get what is new")
    hub.add_argument("--url", help="the hub's address (once, with --enrol)")
    hub.add_argument("--enrol", metavar="CODE", help="the one-time code from 'attendance hub enrol' (once)")
    add_json_flag(hub)
    hub.set_defaults(handler=_sync_hub)


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``hub init|serve|enrol|devices|revoke``."""
    hub = subparsers.add_parser("hub", help="run the organisation's sync server on PostgreSQL (extra [hub])")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    def command(name: str, help_text: str, handler: object) -> argparse.ArgumentParser:
        parser = hub_sub.add_parser(name, help=help_text)
        parser.add_argument("--database", metavar="URL", help="PostgreSQL URL, e.g. postgresql://hub@db/attendance "
                                                              "(or ATTENDANCE_HUB_DATABASE)")
        parser.set_defaults(handler=handler)
        return parser

    command("init", "create or upgrade the hub's schema in its PostgreSQL database", _init)
    serve = command("serve", "serve laptops over HTTP (uvicorn)", _serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8750, help="port (default 8750)")
    serve.add_argument("--workers", type=int, default=1, help="hub processes (default 1)")
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM), to serve HTTPS directly")
    serve.add_argument("--ssl-keyfile", help="TLS private key (PEM)")
    enrol = command("enrol", "make a one-time code that enrols one laptop", _enrol)
    enrol.add_argument("--name", required=True, help="the laptop's name, e.g. 'Kingston desk 2'")
    enrol.add_argument("--valid-days", type=int, default=7, help="days the code stays valid (default 7)")
    enrol.add_argument("--no-qr", action="store_true", help="print the code without its QR code")
    devices = command("devices", "list the enrolled laptops", _devices)
    add_json_flag(devices)
    revoke = command("revoke", "refuse a laptop from now on (its earlier changes stay)", _revoke)
    revoke.add_argument("device", metavar="DEVICE", help="device id (from 'hub devices')")
