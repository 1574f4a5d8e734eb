"""Portfolio figures across events: what a project, a funder or a period reached (issue 13).

One computation, :func:`portfolio`, over any selection of events (:class:`Filters`: date range,
project, funder, partner, organiser, event country, kind, modality, in any combination) feeds
``attendance portfolio`` (its JSON, XLSX, CSV and PDF) and the Portfolio page.

People are counted as :mod:`attendance.reports.summary` counts them (ARCHITECTURE §4): a
*participant* is a live registration with role participant and status registered (speakers,
organisers, observers and cancelled registrations are not counted); they *attended* an event when
they have at least one effective check-in (the ``effective_checkins`` view: undone check-ins do
not count) in a live session. Provisional check-ins not yet joined to a registration are left out.
The figures are read from the ``participation`` table that migration 0015 keeps ready
(:mod:`attendance.presence`), so a portfolio never walks the check-ins.

- a **participation** is one person attending one selected event;
- an **individual** is a distinct person who attended at least one selected event. A person merged
  as a duplicate (``people.merged_into``, written by :func:`attendance.sync.merge.merge_people`) is
  counted as the person kept, so two records of one official are one individual;
- an individual's country and sex are those of the (kept) person; their institution and sector are
  those of their registration at the latest selected event they attended (people move jobs).
- an activity's year and quarter are those of its start date; hours are those of sessions with a
  start and an end time (``hours``: the hours of training delivered; ``participant_hours``: each
  participant's attended sessions summed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from babel.dates import format_date

from attendance import organisations, services
from attendance.domain import AttributionRole, EventKind, InvalidValue, Modality, NotFound, choice
from attendance.i18n import country_name, join_list, tr
from attendance.reports.summary import (
    _PLACE,
    MAX_NAMED_COUNTRIES,
    NOUNS,
    SexCounts,
    _place_pt,
    percent,
    sector_label,
)
from attendance.store import Store


@dataclass(frozen=True)
class Filters:
    """Which events a portfolio covers; every given criterion must hold (None: any)."""

    date_from: str | None = None  # events starting on or after this day
    date_to: str | None = None  # ...and on or before this day
    project: str | None = None  # code or title
    funder: str | None = None  # organisation name (any language) or acronym
    partner: str | None = None
    organiser: str | None = None
    country: str | None = None  # ISO code or name of the event's country
    kind: str | None = None
    modality: str | None = None


@dataclass
class Activity:
    """One selected event and who attended it."""

    event_id: str
    code: str
    title: str
    start_date: str | None
    end_date: str | None
    country: str | None
    kind: str
    modality: str
    by_sex: SexCounts = field(default_factory=SexCounts)

    @property
    def attended(self) -> int:
        """Participants who attended this activity."""
        return self.by_sex.total


@dataclass
class Group:
    """Individuals of one country, sector, institution, year or quarter, by sex."""

    key: str
    label: str
    by_sex: SexCounts = field(default_factory=SexCounts)
    activities: int = 0

    @property
    def individuals(self) -> int:
        """Distinct individuals in this group."""
        return self.by_sex.total


@dataclass(frozen=True)
class Participation:
    """One person attending one selected event: a row of the flat, pivot-ready sheet."""

    event_code: str
    date: str
    person_id: str
    sex: str
    country: str
    sector: str
    institution: str


@dataclass
class Portfolio:
    """Every figure of a portfolio, computed once by :func:`portfolio`."""

    filters: Filters
    project: organisations.Project | None
    funders: list[str]  # organisation ids the selection is funded by (the filter's, else those of every activity)
    activities: list[Activity]
    participations_by_sex: SexCounts
    individuals_by_sex: SexCounts
    events_per_person: dict[int, int]  # number of selected events attended -> individuals
    by_country: list[Group]
    by_sector: list[Group]
    by_institution: list[Group]
    by_year: list[Group]
    by_quarter: list[Group]
    hours: float
    participant_hours: float
    read_rows: Callable[[], list[Participation]] = field(repr=False, compare=False)

    @cached_property
    def rows(self) -> list[Participation]:
        """The flat, pivot-ready rows (read on first use, while the store that computed this is open)."""
        return self.read_rows()

    @property
    def participations(self) -> int:
        """People × events attended."""
        return self.participations_by_sex.total

    @property
    def individuals(self) -> int:
        """Distinct people who attended at least one selected event."""
        return self.individuals_by_sex.total

    @property
    def repeat_individuals(self) -> int:
        """Individuals who attended two or more selected events."""
        return sum(count for events, count in self.events_per_person.items() if events >= 2)


# --------------------------------------------------------------------------- selecting events
def _resolve(store: Store, filters: Filters) -> tuple[str, list[Any], organisations.Project | None, list[str]]:
    """The WHERE clause over ``events e`` for the filters, its parameters, the project and funder ids."""
    where, params = ["e.deleted_at IS NULL"], []
    for value, clause, what in ((filters.date_from, "coalesce(e.start_date, e.end_date) >= ?", "start date"),
                                (filters.date_to, "coalesce(e.start_date, e.end_date) <= ?", "end date")):
        if value:
            where.append(clause)
            params.append(services.parse_date(value, what))
    project = None
    if filters.project:
        project = organisations.project_by_code(store, filters.project)
        where.append("e.project_id = ?")
        params.append(project.id)
    funders: list[str] = []
    for value, role in ((filters.funder, AttributionRole.FUNDER), (filters.partner, AttributionRole.PARTNER),
                        (filters.organiser, AttributionRole.ORGANISER)):
        if value:
            org = organisations.find_organisation(store, value)
            if org is None:
                raise NotFound(tr("No organisation named {name}", name=value))
            where.append("EXISTS (SELECT 1 FROM event_organisations l WHERE l.event_id = e.id AND l.role = ? "
                         "AND l.organisation_id = ? AND l.deleted_at IS NULL)")
            params += [role.value, org.id]
            if role == AttributionRole.FUNDER:
                funders.append(org.id)
    if filters.country:
        where.append("e.country = ?")
        params.append(services.country_code(filters.country))
    if filters.kind:
        where.append("e.kind = ?")
        params.append(choice(EventKind, filters.kind, tr("kind")))
    if filters.modality:
        where.append("e.modality = ?")
        params.append(choice(Modality, filters.modality, tr("modality")))
    if filters.date_from and filters.date_to and params and filters.date_to < filters.date_from:
        raise InvalidValue(tr("The end date is before the start date"))
    return " AND ".join(where), params, project, funders


# Two statements over the `participation` table (migration 0015, kept up to date by triggers),
# whose attended rows come by person, latest activity first. _INDIVIDUALS_SQL gives one row per
# individual who attended a selected event, made in one pass in that order (nothing is sorted):
# their sex and country, how many selected activities they attended, their latest institution (the
# bare column comes from the row of the max() event order) and the quarters they attended; the
# groupings are then counted in Python, whose Counter beats SQLite's sorter on 50,000 rows.
# {events} restricts the pass to the selected events (see _WHOLE_PASS_SHARE); it is empty when the
# selection is every event of the database, which then needs no test per row. _ACTIVITIES_SQL
# reads the index of attended rows by event: each activity's participants by sex, and their hours;
# when no one holds two attended registrations of one activity (before a merge joins them), as is
# almost always so, counting an individual's rows is counting their activities, and {count} needs
# no DISTINCT (whose per-person temporary tree costs a tenth of the pass).
_SELECTED = "WITH selected AS MATERIALIZED (SELECT e.id FROM events e WHERE {where}) "
_INDIVIDUALS_SQL = _SELECTED + """
SELECT sex, country, activities, institution_id, quarters FROM (
    SELECT x.sex, x.country, {count} AS activities, max(x.event_order), x.institution_id,
        group_concat(x.quarter) AS quarters
    FROM participation x
    WHERE x.attended {events}
    GROUP BY x.person_id)
"""
_ACTIVITIES_SQL = _SELECTED + """
SELECT x.event_id, x.sex, count(DISTINCT x.person_id), sum(x.hours), count(*)
FROM participation x
WHERE x.attended AND x.event_id IN selected
GROUP BY 1, 2
"""

# The flat sheet: each (activity, individual) attended, with the registration's institution.
_ROWS_SQL = """
SELECT x.event_id, x.person_id, x.sex, x.country, coalesce(i.sector, ''), coalesce(i.name, '')
FROM participation x
LEFT JOIN institutions i ON i.id = x.institution_id
WHERE x.attended AND x.event_id IN (SELECT e.id FROM events e WHERE {where})
"""

# A selection of at least this share of all events is read in one pass over the attended rows;
# a smaller one through the index of attended rows by event (then sorted by person, being few).
_WHOLE_PASS_SHARE = 0.125

# Hours: each live session of the selected events with both times.
_SESSIONS_SQL = """
SELECT s.id, s.starts, s.ends FROM sessions s JOIN events e ON e.id = s.event_id
WHERE {where} AND s.deleted_at IS NULL AND s.starts IS NOT NULL AND s.ends IS NOT NULL
"""

# A time of day as the participation table reads it ("9:00", "09:00"; nothing else).
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def _duration(starts: str, ends: str) -> float:
    """Hours between two H:MM or HH:MM times of one day (0 when the end is not after the start, or
    a time is written otherwise): the rule of ``presence.SESSION_HOURS``, so hours delivered and
    participant hours agree."""
    first, last = _TIME.fullmatch(starts), _TIME.fullmatch(ends)
    if first is None or last is None:
        return 0.0
    minutes = (int(last[1]) * 60 + int(last[2])) - (int(first[1]) * 60 + int(first[2]))
    return max(0, minutes) / 60


def portfolio(store: Store, filters: Filters | None = None, language: str | None = None) -> Portfolio:
    """Compute every figure of the portfolio of the events the filters select (see the module doc).

    ``language`` only names countries and sectors in the groups; the figures do not depend on it.
    The flat rows (``Portfolio.rows``) are read when first asked for, from the same store.
    """
    filters = filters or Filters()
    where, params, project, funders = _resolve(store, filters)
    activities: dict[str, Activity] = {}
    for row in store.rows(f"SELECT e.* FROM events e WHERE {where} ORDER BY coalesce(e.start_date, ''), e.code",
                          params):
        activities[row["id"]] = Activity(row["id"], row["code"], row["title"], row["start_date"], row["end_date"],
                                         row["country"], row["kind"], row["modality"])
    if not funders and activities:
        funders = _common_funders(store, list(activities))
    all_events = store.scalar("SELECT count(*) FROM events")
    if len(activities) == all_events:
        events = ""
    elif len(activities) >= _WHOLE_PASS_SHARE * all_events:
        events = "AND +x.event_id IN selected"  # "+": one pass in the table's order, no index
    else:
        events = "AND x.event_id IN selected"  # through the index of attended rows by event
    participations = SexCounts()
    participant_hours = 0.0
    twice = False  # someone attended one activity with two registrations
    for event_id, sex, count, hours_attended, registrations in store.execute(
            _ACTIVITIES_SQL.format(where=where), params):
        activities[event_id].by_sex.add(sex, count)
        participations.add(sex, count)
        participant_hours += hours_attended or 0.0
        twice = twice or registrations != count
    activities_attended = "count(DISTINCT x.event_id)" if twice else "count(*)"
    individuals_rows = store.execute(_INDIVIDUALS_SQL.format(where=where, events=events,
                                                             count=activities_attended), params).fetchall()
    sexes, countries, events_attended, institution_ids, quarters_attended = (
        list(zip(*individuals_rows, strict=True)) or [()] * 5)
    tallies = {"country": Counter(zip(countries, sexes, strict=True)),
               "institution": Counter(zip(institution_ids, sexes, strict=True))}
    events_per_person = Counter(events_attended)
    periods = Counter(zip(quarters_attended, sexes, strict=True))  # (quarters attended, sex) -> individuals
    individuals = SexCounts()
    for (_, sex), individuals_count in tallies["country"].items():
        individuals.add(sex, individuals_count)
    institutions = {row[0]: (row[1] or "", row[2] or "") for row in store.execute(
        "SELECT id, name, sector FROM institutions").fetchall()}
    by_name: Counter[tuple[str, str]] = Counter()
    by_sector: Counter[tuple[str, str]] = Counter()
    for (institution_id, sex), individuals_count in tallies["institution"].items():
        name, sector = institutions.get(institution_id, ("", ""))
        by_name[name, sex] += individuals_count
        by_sector[sector, sex] += individuals_count
    countries = _groups(tallies["country"], lambda code: country_name(code, language) if code else "")
    sectors = _groups(by_sector, lambda code: sector_label(code, language) if code else "")
    named = _groups(by_name, lambda name: name)
    years, quarters = _periods(activities, periods)
    hours = sum(_duration(starts, ends)
                for _, starts, ends in store.execute(_SESSIONS_SQL.format(where=where), params).fetchall())
    return Portfolio(
        filters=filters, project=project, funders=funders, activities=list(activities.values()),
        participations_by_sex=participations, individuals_by_sex=individuals,
        events_per_person=dict(sorted(events_per_person.items())),
        by_country=_largest_first(countries), by_sector=_largest_first(sectors),
        by_institution=_largest_first(named), by_year=years, by_quarter=quarters,
        hours=round(hours, 2), participant_hours=round(participant_hours, 2),
        read_rows=lambda: _participation_rows(store, where, params, activities))


def _participation_rows(store: Store, where: str, params: list[Any],
                        activities: dict[str, Activity]) -> list[Participation]:
    """The flat, pivot-ready rows: one per (activity, individual), in date, code and person order."""
    rows = []
    seen: set[tuple[str, str]] = set()
    for event_id, person_id, sex, country, sector, institution in store.execute(
            _ROWS_SQL.format(where=where), params).fetchall():
        if (event_id, person_id) in seen:  # two registrations of one person (before a merge joined them)
            continue
        seen.add((event_id, person_id))
        activity = activities[event_id]
        rows.append(Participation(activity.code, activity.start_date or "", person_id, sex, country, sector,
                                  institution))
    rows.sort(key=lambda r: (r.date, r.event_code, r.person_id))
    return rows


def _common_funders(store: Store, event_ids: list[str]) -> list[str]:
    """The funders every selected activity names (in the order the first names them), in one query."""
    named: dict[str, list[str]] = {event_id: [] for event_id in event_ids}
    for event_id, org_id in store.execute(
            "SELECT l.event_id, l.organisation_id FROM event_organisations l "
            "JOIN organisations o ON o.id = l.organisation_id AND o.deleted_at IS NULL "
            "WHERE l.role = ? AND l.deleted_at IS NULL ORDER BY l.event_id, l.position, o.folded_name",
            [AttributionRole.FUNDER.value]).fetchall():
        if event_id in named:
            named[event_id].append(org_id)
    lists = [named[event_id] for event_id in event_ids]
    common = set(lists[0]).intersection(*map(set, lists[1:]))
    return [org_id for org_id in lists[0] if org_id in common]


def _periods(activities: dict[str, Activity],
             periods: Counter[tuple[str, str]]) -> tuple[list[Group], list[Group]]:
    """Activities and individuals (by sex) per year and per quarter of the activities' start dates.

    ``periods`` counts individuals by the quarters they attended (a comma-separated list, '' for an
    activity without a start date) and sex.
    """
    years: dict[str, Group] = {}
    quarters: dict[str, Group] = {}
    for activity in activities.values():
        if not activity.start_date:
            continue
        year = activity.start_date[:4]
        quarter = f"{year}-Q{(int(activity.start_date[5:7]) - 1) // 3 + 1}"
        for key, table in ((year, years), (quarter, quarters)):
            table.setdefault(key, Group(key, key)).activities += 1
    tally: Counter[tuple[str, str]] = Counter()  # (year or quarter, sex) -> individuals
    for (attended, sex), count in periods.items():
        seen = set((attended or "").split(","))
        seen.discard("")
        for key in seen | {quarter[:4] for quarter in seen}:
            tally[key, sex] += count
    for (key, sex), count in tally.items():
        (years if len(key) == 4 else quarters)[key].by_sex.add(sex, count)
    return [years[k] for k in sorted(years)], [quarters[k] for k in sorted(quarters)]


def _groups(tally: Counter[tuple[str, str]], label: Callable[[str], str]) -> dict[str, Group]:
    """Groups by key from a (key, sex) -> count tally, each labelled once."""
    groups: dict[str, Group] = {}
    for (key, sex), count in tally.items():
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, label(key))
        group.by_sex.add(sex, count)
    return groups


def _largest_first(groups: dict[str, Group]) -> list[Group]:
    return sorted(groups.values(), key=lambda g: (-g.individuals, g.key == "", g.label.casefold()))


# --------------------------------------------------------------------------- JSON
def portfolio_json(store: Store, result: Portfolio, language: str = "en", *,
                   noun: str = "participants") -> dict[str, Any]:
    """The documented JSON of ``attendance portfolio --json`` (README), with a few extra keys."""
    return {
        "activities": [{"code": a.code, "title": a.title, "start_date": a.start_date, "end_date": a.end_date,
                        "country": a.country, "attended": a.attended, "attended_by_sex": a.by_sex.as_dict()}
                       for a in result.activities],
        "participations": result.participations,
        "participations_by_sex": result.participations_by_sex.as_dict(),
        "individuals": result.individuals,
        "individuals_by_sex": result.individuals_by_sex.as_dict(),
        "women_percent_of_stated": None if result.individuals_by_sex.women_percent is None
        else round(result.individuals_by_sex.women_percent, 1),
        "repeat_individuals": result.repeat_individuals,
        "events_per_person": {str(k): v for k, v in result.events_per_person.items()},
        "by_country": [{"country": g.key, "name": g.label, "individuals": g.individuals,
                        "by_sex": g.by_sex.as_dict()} for g in result.by_country],
        "by_sector": [{"sector": g.key, "label": g.label, "individuals": g.individuals,
                       "by_sex": g.by_sex.as_dict()} for g in result.by_sector],
        "by_institution": [{"institution": g.key, "individuals": g.individuals, "by_sex": g.by_sex.as_dict()}
                           for g in result.by_institution],
        "by_year": [{"year": int(g.key), "activities": g.activities, "individuals": g.individuals,
                     "by_sex": g.by_sex.as_dict()} for g in result.by_year],
        "by_quarter": [{"quarter": g.key, "activities": g.activities, "individuals": g.individuals,
                        "by_sex": g.by_sex.as_dict()} for g in result.by_quarter],
        "hours": result.hours,
        "participant_hours": result.participant_hours,
        "sentence": sentence(store, result, language, noun=noun),
    }


# --------------------------------------------------------------------------- the sentence
@dataclass(frozen=True)
class SentenceFacts:
    """What the portfolio sentence says, decided once (names already in the sentence's language)."""

    first: str | None  # first day covered (the filter's, else the first activity's)
    last: str | None
    activities: int
    project: str | None
    funders: tuple[str, ...]
    individuals: int
    women: int
    women_percent: float | None
    countries: tuple[str, ...]


def facts(store: Store, result: Portfolio, language: str = "en") -> SentenceFacts:
    """The sentence's facts, with the funders named in ``language``."""
    names = tuple(organisations.organisation_name(organisations.get_organisation(store, org_id), language)
                  for org_id in result.funders)
    starts = [a.start_date for a in result.activities if a.start_date]
    ends = [a.end_date or a.start_date for a in result.activities if a.end_date or a.start_date]
    return SentenceFacts(
        first=result.filters.date_from or (min(starts) if starts else None),
        last=result.filters.date_to or (max(ends) if ends else None),
        activities=len(result.activities), project=result.project.title if result.project else None,
        funders=names, individuals=result.individuals, women=result.individuals_by_sex.female,
        women_percent=result.individuals_by_sex.women_percent,
        countries=tuple(g.key for g in result.by_country if g.key))


def sentence(store: Store, result: Portfolio, language: str = "en", *, noun: str = "participants") -> str:
    """The ready-to-paste sentence of a portfolio ("Between January and December 2022, 12 activities...")."""
    return sentence_from_facts(facts(store, result, language), language, noun=noun)


def _month(day: str, language: str, *, with_year: bool) -> str:
    return format_date(dt.date.fromisoformat(day), "LLLL y" if with_year else "LLLL", locale=language)


def _period(first: str | None, last: str | None, language: str) -> str:
    """"Between January and December 2022" in the language ("" when no date is known)."""
    if not first or not last:
        return ""
    same_year, same_month = first[:4] == last[:4], first[:7] == last[:7]
    words = {"en": ("In {month}", "Between {first} and {last}"), "es": ("En {month}", "Entre {first} y {last}"),
             "fr": ("En {month}", "Entre {first} et {last}"), "pt": ("Em {month}", "Entre {first} e {last}")}[language]
    if language in ("es", "pt"):  # "enero de 2022"
        def month(day: str, with_year: bool) -> str:
            name = _month(day, language, with_year=False)
            return f"{name} de {day[:4]}" if with_year else name
    else:
        def month(day: str, with_year: bool) -> str:
            return _month(day, language, with_year=with_year)
    if same_month:
        return words[0].format(month=month(first, True))
    return words[1].format(first=month(first, not same_year), last=month(last, True))


def _article(name: str, language: str) -> str:
    """A funder's name as it follows "by" ("the Government of Canada", "el Gobierno de Canadá")."""
    masculine = {"en": ("Government", "European", "United"), "es": ("Gobierno", "Banco", "Fondo", "Programa"),
                 "fr": ("Gouvernement", "Fonds", "Programme", "Bureau"), "pt": ("Governo", "Banco", "Fundo")}
    feminine = {"es": ("Unión", "Organización", "Agencia", "Oficina", "Comisión"),
                "fr": ("Union", "Organisation", "Agence", "Commission"),
                "pt": ("União", "Organização", "Agência", "Comissão")}
    first = name.split(" ", 1)[0]
    if language == "en":
        return f"the {name}" if first in masculine["en"] else name
    if language == "es":
        return f"el {name}" if first in masculine["es"] else f"la {name}" if first in feminine["es"] else name
    if language == "fr":
        if first in masculine["fr"] + feminine["fr"]:
            return f"l'{name}" if first[0] in "AEIOUÉ" else (f"le {name}" if first in masculine["fr"]
                                                             else f"la {name}")
        return name
    if first in masculine["pt"]:
        return f"pelo {name}"
    return f"pela {name}" if first in feminine["pt"] else f"por {name}"


def _places(codes: tuple[str, ...], language: str) -> str:
    """"from Jamaica and the Bahamas" / "de 14 Estados": the countries with their articles."""
    if not codes:
        return ""
    ordered = sorted(codes, key=lambda code: country_name(code, language).casefold())
    if len(ordered) > MAX_NAMED_COUNTRIES:
        return {"en": f"from {len(ordered)} States", "es": f"de {len(ordered)} Estados",
                "fr": f"de {len(ordered)} États", "pt": f"de {len(ordered)} Estados"}[language]
    place = _PLACE.get(language, _place_pt)
    names = join_list([place(code) for code in ordered], language)
    return {"en": f"from {names}", "es": f"de {names}"}.get(language, names)  # fr/pt places carry their "de"


def sentence_from_facts(said: SentenceFacts, language: str = "en", *, noun: str = "participants") -> str:
    """The ready-to-paste portfolio sentence in en/es/fr/pt."""
    language = language if language in ("en", "es", "fr", "pt") else "en"
    if said.individuals == 0:
        return tr("No participant attended the selected activities.", language)
    one, many = NOUNS.get(noun, NOUNS["participants"])[language]
    people = f"{said.individuals} {one if said.individuals == 1 else many}"
    n = said.activities
    women = said.women
    share = percent(said.women_percent, language)
    period = _period(said.first, said.last, language)
    funders = join_list([_article(name, language) for name in said.funders], language)
    places = _places(said.countries, language)
    if language == "en":
        text = f"{n} {'activity' if n == 1 else 'activities'}"
        text += f" of the project «{said.project}»" if said.project else ""
        text += f", funded by {funders}," if funders else ""
        text += f" reached {people}, "
        text += (f"including {women} {'woman' if women == 1 else 'women'} ({share})" if women
                 else "none of them women")
    elif language == "es":
        text = f"{n} {'actividad' if n == 1 else 'actividades'}"
        text += f" del proyecto «{said.project}»" if said.project else ""
        text += f", {'financiada' if n == 1 else 'financiadas'} por {funders}," if funders else ""
        text += f" {'llegó' if n == 1 else 'llegaron'} a {people}, "
        text += (f"{'incluida' if women == 1 else 'incluidas'} {women} {'mujer' if women == 1 else 'mujeres'} "
                 f"({share})" if women else "ninguna de ellas mujer")
    elif language == "fr":
        text = f"{n} {'activité' if n == 1 else 'activités'}"
        text += f" du projet «\u00a0{said.project}\u00a0»" if said.project else ""
        text += f", {'financée' if n == 1 else 'financées'} par {funders}," if funders else ""
        text += f" {'a touché' if n == 1 else 'ont touché'} {people}, "
        text += f"dont {women} {'femme' if women == 1 else 'femmes'} ({share})" if women else "dont aucune femme"
    else:
        text = f"{n} {'atividade' if n == 1 else 'atividades'}"
        text += f" do projeto «{said.project}»" if said.project else ""
        text += f", {'financiada' if n == 1 else 'financiadas'} {funders}," if funders else ""
        text += f" {'alcançou' if n == 1 else 'alcançaram'} {people}, "
        text += (f"incluindo {women} {'mulher' if women == 1 else 'mulheres'} ({share})" if women
                 else "nenhuma delas mulher")
    if places:
        text += f", {places}"
    text = f"{period}, {text}" if period else text[0].upper() + text[1:]
    return text + "."
