"""``attendance portfolio``: what a selection of events reached, as text, JSON or an XLSX/PDF/CSV file.

It calls :func:`attendance.reports.portfolio.portfolio`, as the Portfolio page does; the files are
written by :mod:`attendance.documents.portfolio`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from attendance import i18n
from attendance.cli.main import add_json_flag, open_store, print_json
from attendance.domain import InvalidValue
from attendance.i18n import tr
from attendance.reports import portfolio as reports
from attendance.reports.summary import NOUNS, percent

FORMATS = (".xlsx", ".pdf", ".csv")


def filters_from(args: argparse.Namespace) -> reports.Filters:
    """The filters named by the options."""
    return reports.Filters(date_from=args.date_from, date_to=args.date_to, project=args.project,
                           funder=args.funder, partner=args.partner, organiser=args.organiser,
                           country=args.country, kind=args.kind, modality=args.modality)


def _portfolio(args: argparse.Namespace) -> int:
    language = args.document_language or args.lang or "en"
    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() not in FORMATS:
        raise InvalidValue(tr("Write the portfolio as .xlsx, .pdf or .csv, not {name}", name=output.name))
    with open_store(args) as store:
        result = reports.portfolio(store, filters_from(args), language)
        if output is not None:
            from attendance.documents import portfolio as documents

            suffix = output.suffix.lower()
            if suffix == ".xlsx":
                documents.write_xlsx(store, result, output, language)
            elif suffix == ".pdf":
                documents.write_pdf(store, result, output, language, noun=args.noun)
            else:
                documents.write_csv(result, output, language)
            print(output)
            return 0
        if args.json:
            print_json(reports.portfolio_json(store, result, language, noun=args.noun))
            return 0
        said = reports.sentence(store, result, language, noun=args.noun)
    people = result.individuals_by_sex
    print(said)
    print(tr("Activities: {activities} · participations: {participations} · individuals: {individuals} "
             "({female} women, {male} men, {other} other, {not_stated} not stated) · women of stated sex: "
             "{percent} · repeat individuals: {repeat}", language, activities=len(result.activities),
             participations=result.participations, individuals=result.individuals, female=people.female,
             male=people.male, other=people.other, not_stated=people.not_stated,
             percent=percent(people.women_percent, language) or "–", repeat=result.repeat_individuals))
    for activity in result.activities:
        print(f"  {activity.code:<12} {activity.start_date or '':<10} {activity.attended:>5}  {activity.title}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``portfolio``."""
    parser = sub.add_parser("portfolio", help="what a selection of events reached: activities, participations, "
                                              "individuals by sex, country, sector and year")
    parser.add_argument("--from", dest="date_from", help="events starting on or after this day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", help="events starting on or before this day (YYYY-MM-DD)")
    parser.add_argument("--project", help="project code or title")
    parser.add_argument("--funder", help="funder (name in any language or acronym)")
    parser.add_argument("--partner", help="partner organisation")
    parser.add_argument("--organiser", help="organiser")
    parser.add_argument("--country", help="the events' country (ISO code or name)")
    parser.add_argument("--kind", help="workshop, webinar, course, seminar, roundtable, meeting, other")
    parser.add_argument("--modality", help="in_person, virtual, hybrid")
    parser.add_argument("--noun", default="participants", choices=sorted(NOUNS),
                        help="what the sentence calls people")
    parser.add_argument("--lang", dest="document_language", choices=sorted(i18n.LANGUAGES),
                        help="language of the sentence and files")
    parser.add_argument("-o", "--output", help="write FILE.xlsx, FILE.pdf or FILE.csv")
    add_json_flag(parser)
    parser.set_defaults(handler=_portfolio)
