"""``attendance settings show|set|unset``: the document settings, through the same service as the Settings dialog.

Keys and their meaning are :data:`attendance.settings.SETTINGS`; ``show --json`` prints
``{key: {value, default, set, label, help}}`` (the values typed: a number, a list of paths).
"""

from __future__ import annotations

import argparse

from attendance import settings
from attendance.cli.main import add_json_flag, open_store, print_json
from attendance.domain import InvalidValue
from attendance.i18n import tr


def _show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        current = settings.values(store)
        stored = {entry.key for entry in settings.SETTINGS if store.meta(entry.key) not in (None, "")}
    if args.json:
        print_json({entry.key: {"value": current[entry.key], "default": entry.default, "set": entry.key in stored,
                                "label": entry.title(), "help": entry.explanation()}
                    for entry in settings.SETTINGS})
        return 0
    width = max(len(entry.key) for entry in settings.SETTINGS)
    for entry in settings.SETTINGS:
        shown = settings.shown(entry.key, current[entry.key]) or tr("(not set)")
        note = "" if entry.key in stored or entry.default in ("", []) else f"  ({tr('default')})"
        print(f"{entry.key:<{width}}  {shown}{note}")
        print(f"{'':<{width}}  {entry.title()}: {entry.explanation()}")
    return 0


def _set(args: argparse.Namespace) -> int:
    entry = settings.setting(args.key)
    if entry.kind is not settings.Kind.IMAGES and len(args.value) > 1:
        raise InvalidValue(tr("{setting} takes one value; put quotes around a value with spaces",
                              setting=entry.key))
    given: settings.Value = args.value if entry.kind is settings.Kind.IMAGES else args.value[0]
    if entry.kind is settings.Kind.IMAGES and len(args.value) == 1:
        given = args.value[0]  # one argument may hold a JSON list or paths separated by ";"
    with open_store(args) as store:
        saved = settings.save(store, {entry.key: given})[entry.key]
    print(tr("{setting} saved: {value}", setting=entry.key, value=settings.shown(entry.key, saved)
             or tr("(not set)")))
    return 0


def _unset(args: argparse.Namespace) -> int:
    entry = settings.setting(args.key)
    with open_store(args) as store:
        settings.unset(store, entry.key)
    print(tr("{setting} removed: the default applies", setting=entry.key))
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``settings show|set|unset``."""
    keys = ", ".join(entry.key for entry in settings.SETTINGS)
    parser = subparsers.add_parser("settings", help="the document settings: organisation, logos, signatory, "
                                                    "certificate rule, report defaults, CSV delimiter")
    actions = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="every setting with its value")
    add_json_flag(show)
    show.set_defaults(handler=_show)
    given = actions.add_parser("set", help="change a setting (checked first: an image must be readable)")
    given.add_argument("key", help=f"one of: {keys}")
    given.add_argument("value", nargs="+", help="the value; partner_logos takes one or more image paths")
    given.set_defaults(handler=_set)
    removed = actions.add_parser("unset", help="remove a setting (its default applies)")
    removed.add_argument("key", help=f"one of: {keys}")
    removed.set_defaults(handler=_unset)
