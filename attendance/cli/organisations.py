"""``attendance organisation`` and ``attendance project``: the organisations and projects events name.

Both call :mod:`attendance.organisations`, as the event dialog does.
"""

from __future__ import annotations

import argparse
from typing import Any

from attendance import organisations
from attendance.cli.main import add_json_flag, open_store, print_json
from attendance.domain import NotFound, OrganisationKind
from attendance.i18n import country_name, tr

_NAME_OPTIONS = (("name_es", "--name-es", "name in Spanish"), ("name_fr", "--name-fr", "name in French"),
                 ("name_pt", "--name-pt", "name in Portuguese"))


def _organisation(store: Any, text: str) -> organisations.Organisation:
    found = organisations.find_organisation(store, text)
    if found is None:
        raise NotFound(tr("No organisation named {name}", name=text))
    return found


def _organisation_values(args: argparse.Namespace) -> dict[str, Any]:
    names = ("name_es", "name_fr", "name_pt", "acronym", "kind", "country")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _organisation_json(org: organisations.Organisation) -> dict[str, Any]:
    return {"id": org.id, "name_en": org.name_en, "name_es": org.name_es, "name_fr": org.name_fr,
            "name_pt": org.name_pt, "acronym": org.acronym, "kind": org.kind, "country": org.country,
            "logo": org.logo is not None}


def _organisation_add(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.transaction():
        org = organisations.create_organisation(store, args.name, **_organisation_values(args))
        if args.logo:
            org = organisations.set_logo(store, org.id, args.logo)
    print(tr("Created organisation {name}", name=org.name_en))
    return 0


def _organisation_edit(args: argparse.Namespace) -> int:
    values = _organisation_values(args)
    if args.new_name is not None:
        values["name_en"] = args.new_name
    with open_store(args) as store:
        org = organisations.update_organisation(store, _organisation(store, args.organisation).id, **values)
    print(tr("Updated organisation {name}", name=org.name_en))
    return 0


def _organisation_logo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        org = organisations.set_logo(store, _organisation(store, args.organisation).id,
                                     None if args.remove else args.file)
    size = len(organisations.logo_bytes(org) or b"")
    print(tr("Logo of {name} removed", name=org.name_en) if args.remove
          else tr("Logo of {name} set ({size} bytes)", name=org.name_en, size=size))
    return 0


def _organisation_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = organisations.list_organisations(store)
    if args.json:
        print_json([_organisation_json(org) for org in found])
        return 0
    for org in found:
        country = country_name(org.country) if org.country else ""
        name = organisations.organisation_name(org, args.lang)
        print(f"{org.acronym or '':<14} {organisations.kind_label(org.kind):<30} {country:<20} {name}")
    return 0


def _project_json(project: organisations.Project) -> dict[str, Any]:
    return {"id": project.id, "code": project.code, "title": project.title, "start_date": project.start_date,
            "end_date": project.end_date, "description": project.description}


def _project_values(args: argparse.Namespace) -> dict[str, Any]:
    names = ("start_date", "end_date", "description")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _project_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        project = organisations.create_project(store, args.title, code=args.code, **_project_values(args))
    print(tr("Created project {code}: {title}", code=project.code, title=project.title))
    print(project.code)
    return 0


def _project_edit(args: argparse.Namespace) -> int:
    values = _project_values(args)
    for name in ("title", "code"):
        if getattr(args, f"new_{name}") is not None:
            values[name] = getattr(args, f"new_{name}")
    with open_store(args) as store:
        project = organisations.project_by_code(store, args.project)
        project = organisations.update_project(store, project.id, **values)
    print(tr("Updated project {code}: {title}", code=project.code, title=project.title))
    return 0


def _project_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = organisations.list_projects(store)
    if args.json:
        print_json([_project_json(project) for project in found])
        return 0
    for project in found:
        dates = " – ".join(d for d in (project.start_date, project.end_date) if d)
        print(f"{project.code:<12} {dates:<26} {project.title}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``organisation`` and ``project``."""
    org = sub.add_parser("organisation", help="organisations that organise, partner or fund events")
    org_sub = org.add_subparsers(dest="organisation_command", metavar="ACTION", required=True)
    add = org_sub.add_parser("add", help="create an organisation")
    add.add_argument("name", help="name in English, e.g. \"Government of Canada\"")
    edit = org_sub.add_parser("edit", help="change an organisation's names, acronym, kind or country")
    edit.add_argument("organisation", help="name (any language) or acronym")
    edit.add_argument("--name", dest="new_name", help="new name in English")
    for parser in (add, edit):
        for dest, flag, text in _NAME_OPTIONS:
            parser.add_argument(flag, dest=dest, help=text)
        parser.add_argument("--acronym")
        parser.add_argument("--kind", help=", ".join(k.value for k in OrganisationKind))
        parser.add_argument("--country", help="ISO code or name")
    add.add_argument("--logo", help="image file (PNG, JPEG...), scaled down to 600 px tall")
    add.set_defaults(handler=_organisation_add)
    edit.set_defaults(handler=_organisation_edit)
    listing = org_sub.add_parser("list", help="list organisations")
    add_json_flag(listing)
    listing.set_defaults(handler=_organisation_list)
    logo = org_sub.add_parser("logo", help="set or remove an organisation's logo")
    logo.add_argument("organisation", help="name (any language) or acronym")
    group = logo.add_mutually_exclusive_group(required=True)
    group.add_argument("file", nargs="?", help="image file (PNG, JPEG...), scaled down to 600 px tall")
    group.add_argument("--remove", action="store_true", help="remove the logo")
    logo.set_defaults(handler=_organisation_logo)

    project = sub.add_parser("project", help="projects that events belong to")
    project_sub = project.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    add = project_sub.add_parser("add", help="create a project; prints its code on the last line")
    add.add_argument("--title", required=True)
    add.add_argument("--code", help="2-16 letters, digits and hyphens (suggested from the title if omitted)")
    edit = project_sub.add_parser("edit", help="change a project")
    edit.add_argument("project", help="project code")
    edit.add_argument("--title", dest="new_title")
    edit.add_argument("--code", dest="new_code")
    for parser in (add, edit):
        parser.add_argument("--start", dest="start_date", help="YYYY-MM-DD")
        parser.add_argument("--end", dest="end_date", help="YYYY-MM-DD")
        parser.add_argument("--description")
    add.set_defaults(handler=_project_add)
    edit.set_defaults(handler=_project_edit)
    listing = project_sub.add_parser("list", help="list projects")
    add_json_flag(listing)
    listing.set_defaults(handler=_project_list)
