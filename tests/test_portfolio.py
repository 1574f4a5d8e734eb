"""Portfolio reports across events (issue 13), checked against an independent count.

The fixture: 21 events over 2022-2023 in 3 projects funded by 2 funders, 40 people of whom many
attend several events, one person recorded twice and merged, a cancelled registration that had
checked in, an undone check-in, and a speaker. The independent count below reads the raw rows
with ``SELECT *`` and applies the counting rules in plain Python (no SQL joins, no view).
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from attendance import organisations, services
from attendance.cli import main as cli
from attendance.documents import portfolio as documents
from attendance.domain import InvalidValue, NotFound
from attendance.reports import portfolio as reports
from attendance.store import Store
from attendance.sync import merge

COUNTRIES = ("JM", "TT", "BB", "PE", "BS")
SECTORS = ("police", "customs", "forensics", "ministry")
PROJECTS = (("CFR", "Caribbean Firearms Roadmap"), ("SFC", "Strengthening forensic capacities"),
            ("WID", "Women in disarmament"))


@pytest.fixture()
def fixture(store: Store) -> Store:
    """The portfolio fixture (see the module docstring); deterministic."""
    rng = random.Random(13)
    for code, title in PROJECTS:
        organisations.create_project(store, title, code=code)
    people = []
    for n in range(40):
        country = COUNTRIES[n % len(COUNTRIES)]
        sex = ("female", "male", "male", "female", "not_stated", "male", "other", "female")[n % 8]
        person = services.create_person(store, given_names=f"Given{n}", family_names=f"Family{n}", sex=sex,
                                        country=country)
        people.append((person.id, f"{SECTORS[n % 4].title()} Agency {country}", SECTORS[n % 4], country))
    for number in range(21):
        year = 2022 + number // 11
        month = 1 + (number * 5) % 12
        start = f"{year}-{month:02d}-{3 + number % 20:02d}"
        event = services.create_event(store, title=f"Activity {number}", code=f"EV{number:02d}",
                                      kind=("course", "webinar", "workshop")[number % 3],
                                      modality=("in_person", "virtual")[number % 2],
                                      session_dates=[start, start[:8] + f"{4 + number % 20:02d}"],
                                      country=COUNTRIES[number % 3])
        funders = [["Government of Canada"], ["European Union"], ["Government of Canada", "European Union"]][
            number % 3]
        organisations.set_event_attribution(store, event.id, organiser=["UNLIREC"], funders=funders,
                                            partners=["CARICOM IMPACS"] if number % 4 == 0 else [],
                                            project=PROJECTS[number % 3][0])
        sessions = services.sessions(store, event.id)
        if number % 2 == 0:  # hours are known for some events only
            for session in sessions:
                services.update_session(store, session.id, starts="09:00", ends="12:30")
        for person_id, institution, sector, country in rng.sample(people, 12):
            registration = services.register(store, event.id, person_id=person_id, institution=institution,
                                             institution_sector=sector, institution_country=country)
            for session in sessions:
                if rng.random() < 0.7:
                    services.record_checkin(store, registration.id, session.id, event_id=event.id)
    first = services.event_by_code(store, "EV00")
    day_one = services.sessions(store, first.id)[0]
    # a speaker who checks in: not a participant
    speaker = services.register(store, first.id, given_names="Sam", family_names="Speaker", sex="male",
                                country="JM", role="speaker")
    services.record_checkin(store, speaker.id, day_one.id, event_id=first.id)
    # a cancelled registration that had checked in
    cancelled = services.register(store, first.id, given_names="Cara", family_names="Cancelled", sex="female",
                                  country="JM")
    services.record_checkin(store, cancelled.id, day_one.id, event_id=first.id)
    services.cancel_registration(store, cancelled.id)
    # an undone check-in: Una's only one
    undone = services.register(store, first.id, given_names="Una", family_names="Undone", sex="female",
                               country="BB")
    services.undo_checkin(store, services.record_checkin(store, undone.id, day_one.id, event_id=first.id))
    # one official recorded twice (two events each), then merged: one individual, four participations
    original = services.create_person(store, given_names="Dana", family_names="Double", sex="female", country="TT")
    double = services.create_person(store, given_names="Dana", family_names="Doble", country="TT")
    for code, person_id in (("EV01", original.id), ("EV05", original.id), ("EV07", double.id),
                            ("EV13", double.id)):
        event = services.event_by_code(store, code)
        registration = services.register(store, event.id, person_id=person_id)
        services.record_checkin(store, registration.id, services.sessions(store, event.id)[1].id, event_id=event.id)
    merge.merge_people(store, original.id, double.id)
    return store


# --------------------------------------------------------------------------- the independent count
def independent(store: Store, *, project: str | None = None, funder: str | None = None,
                date_from: str | None = None, date_to: str | None = None, kind: str | None = None) -> dict:
    """Every figure of the JSON, from raw rows and the rules in plain Python."""
    rows = {t: store.rows(f"SELECT * FROM {t}") for t in ("events", "sessions", "registrations", "checkins",
                                                          "people", "institutions", "event_organisations",
                                                          "organisations", "projects")}
    project_id = next((p["id"] for p in rows["projects"] if p["code"] == project), None)
    funder_id = next((o["id"] for o in rows["organisations"] if o["name_en"] == funder), None)
    events = {}
    for e in rows["events"]:
        start = e["start_date"]
        if e["deleted_at"] or (project and e["project_id"] != project_id) or (kind and e["kind"] != kind):
            continue
        if (date_from and start < date_from) or (date_to and start > date_to):
            continue
        if funder and not any(link["event_id"] == e["id"] and link["organisation_id"] == funder_id
                              and link["role"] == "funder" and not link["deleted_at"]
                              for link in rows["event_organisations"]):
            continue
        events[e["id"]] = e
    live_sessions = {s["id"]: s for s in rows["sessions"] if not s["deleted_at"]}
    undone = {c["undoes"] for c in rows["checkins"] if c["undoes"] and not c["deleted_at"]}
    present: set[tuple[str, str]] = set()
    for c in rows["checkins"]:
        if c["undoes"] is None and not c["deleted_at"] and c["id"] not in undone and c["session_id"] in live_sessions:
            present.add((c["registration_id"], c["session_id"]))
    attended_registrations = {registration for registration, _ in present}
    people = {p["id"]: p for p in rows["people"]}
    institutions = {i["id"]: i for i in rows["institutions"]}
    participations: dict[tuple[str, str], dict] = {}
    for r in rows["registrations"]:
        if (r["event_id"] not in events or r["deleted_at"] or r["status"] != "registered"
                or r["role"] != "participant" or r["id"] not in attended_registrations):
            continue
        person = people[r["person_id"]]
        person = people[person["merged_into"]] if person["merged_into"] else person
        if person["deleted_at"]:
            continue
        participations[(r["event_id"], person["id"])] = r
    individuals = {person_id for _, person_id in participations}

    def by_sex(ids) -> dict:
        counts = Counter(people[i]["sex"] for i in ids)
        return {sex: counts.get(sex, 0) for sex in ("female", "male", "other", "not_stated")}

    per_person = Counter(person_id for _, person_id in participations)
    sex_of_participations = Counter(people[p]["sex"] for _, p in participations)
    women = by_sex(individuals)
    stated = women["female"] + women["male"] + women["other"]
    latest = {}
    for (event_id, person_id), r in participations.items():
        key = (events[event_id]["start_date"], events[event_id]["code"])
        if person_id not in latest or key > latest[person_id][0]:
            latest[person_id] = (key, institutions.get(r["institution_id"]) or {"sector": ""})
    countries = Counter(people[p]["country"] for p in individuals)
    sectors = Counter(latest[p][1]["sector"] for p in individuals)
    years: dict[int, set] = {}
    for event_id, person_id in participations:
        years.setdefault(int(events[event_id]["start_date"][:4]), set()).add(person_id)
    hours = participant_hours = 0.0
    for s in live_sessions.values():
        if s["event_id"] in events and s["starts"] and s["ends"]:
            length = 3.5  # the fixture's 09:00-12:30
            hours += length
            participant_hours += length * sum(
                1 for registration, session in present if session == s["id"] and any(
                    r["id"] == registration for r in participations.values()))
    return {
        "activities": sorted(e["code"] for e in events.values()),
        "attended": {events[e]["code"]: sum(1 for (ev, _) in participations if ev == e) for e in events},
        "participations": len(participations),
        "participations_by_sex": {sex: sex_of_participations.get(sex, 0)
                                  for sex in ("female", "male", "other", "not_stated")},
        "individuals": len(individuals), "individuals_by_sex": women,
        "women_percent_of_stated": round(100 * women["female"] / stated, 1) if stated else None,
        "repeat_individuals": sum(1 for n in per_person.values() if n >= 2),
        "events_per_person": {str(k): v for k, v in sorted(Counter(per_person.values()).items())},
        "by_country": dict(countries), "by_sector": dict(sectors),
        "by_year": {year: len(ids) for year, ids in years.items()},
        "by_year_activities": dict(Counter(int(e["start_date"][:4]) for e in events.values())),
        "hours": hours, "participant_hours": participant_hours,
        "women_of_participations": sex_of_participations.get("female", 0),
    }


def check_against(data: dict, expected: dict) -> None:
    """Assert that a portfolio's JSON says what the independent count says."""
    assert sorted(a["code"] for a in data["activities"]) == expected["activities"]
    assert {a["code"]: a["attended"] for a in data["activities"]} == expected["attended"]
    for key in ("participations", "participations_by_sex", "individuals", "individuals_by_sex",
                "women_percent_of_stated", "repeat_individuals", "events_per_person", "hours",
                "participant_hours"):
        assert data[key] == expected[key], key
    assert {row["country"]: row["individuals"] for row in data["by_country"]} == expected["by_country"]
    assert {row["sector"]: row["individuals"] for row in data["by_sector"]} == expected["by_sector"]
    assert {row["year"]: row["individuals"] for row in data["by_year"]} == expected["by_year"]
    assert {row["year"]: row["activities"] for row in data["by_year"]} == expected["by_year_activities"]
    assert sum(row["by_sex"]["female"] for row in data["by_country"]) == expected["individuals_by_sex"]["female"]


SELECTIONS = [
    {}, {"project": "CFR"}, {"funder": "Government of Canada"}, {"funder": "European Union", "project": "SFC"},
    {"date_from": "2022-01-01", "date_to": "2022-12-31"}, {"kind": "webinar", "funder": "European Union"},
]


@pytest.mark.parametrize("selection", SELECTIONS)
def test_every_figure_equals_the_independent_count(fixture: Store, selection: dict) -> None:
    data = reports.portfolio_json(fixture, reports.portfolio(fixture, reports.Filters(**selection)))
    check_against(data, independent(fixture, **selection))


def test_the_fixture_has_what_the_issue_asks_for(fixture: Store) -> None:
    everything = reports.portfolio(fixture)
    assert len(everything.activities) == 21 and everything.repeat_individuals > 10
    dana = [p for p in fixture.rows("SELECT id FROM people WHERE given_names = 'Dana' AND deleted_at IS NULL")]
    assert len(dana) == 1
    assert sum(1 for row in everything.rows if row.person_id == dana[0]["id"]) == 4  # merged: 1 person, 4 events
    names = {p["id"]: p["given_names"] for p in fixture.rows("SELECT id, given_names FROM people")}
    counted = {names[row.person_id] for row in everything.rows}
    assert not {"Sam", "Cara", "Una"} & counted  # speaker, cancelled, undone
    assert sum(everything.events_per_person.values()) == everything.individuals


def test_a_late_registration_of_a_merged_person_counts_once_per_activity(fixture: Store) -> None:
    # A laptop that never saw the merge sends Dana's duplicate record registered for EV01, where the
    # kept record already attended: two live registrations of one individual in one activity.
    dana = fixture.scalar("SELECT id FROM people WHERE given_names = 'Dana' AND merged_into IS NOT NULL")
    event = services.event_by_code(fixture, "EV01")
    late = fixture.insert("registrations", {"event_id": event.id, "person_id": dana, "badge_token": "LATE1",
                                             "registered_at": fixture.stamp()})
    services.record_checkin(fixture, late, services.sessions(fixture, event.id)[0].id, event_id=event.id)
    for selection in ({}, {"project": "SFC"}):
        data = reports.portfolio_json(fixture, reports.portfolio(fixture, reports.Filters(**selection)))
        check_against(data, independent(fixture, **selection))
    everything = reports.portfolio(fixture)
    kept = fixture.scalar("SELECT merged_into FROM people WHERE id = ?", [dana])
    assert sum(1 for row in everything.rows if row.person_id == kept) == 4  # still 1 person, 4 activities


def test_the_sentence_in_every_language(fixture: Store) -> None:
    result = reports.portfolio(fixture, reports.Filters(project="CFR", funder="Government of Canada",
                                                        date_from="2022-01-01", date_to="2022-12-31"))
    expected = independent(fixture, project="CFR", funder="Government of Canada", date_from="2022-01-01",
                           date_to="2022-12-31")
    n, people, women = len(expected["activities"]), expected["individuals"], expected["individuals_by_sex"]["female"]
    assert (n, people, women) == (4, 25, 8)
    said = {language: reports.sentence(fixture, result, language, noun="officials")
            for language in ("en", "es", "fr", "pt")}
    assert said == {
        "en": "Between January and December 2022, 4 activities of the project «Caribbean Firearms Roadmap», "
              "funded by the Government of Canada, reached 25 officials, including 8 women (36%), from the "
              "Bahamas, Barbados, Jamaica, Peru, and Trinidad and Tobago.",
        "es": "Entre enero y diciembre de 2022, 4 actividades del proyecto «Caribbean Firearms Roadmap», "
              "financiadas por el Gobierno de Canadá, llegaron a 25 funcionarios, incluidas 8 mujeres (36\xa0%), "
              "de las Bahamas, Barbados, Jamaica, el Perú y Trinidad y Tabago.",
        "fr": "Entre janvier et décembre 2022, 4 activités du projet «\xa0Caribbean Firearms Roadmap\xa0», "
              "financées par le Gouvernement du Canada, ont touché 25 fonctionnaires, dont 8 femmes (36\xa0%), "
              "des Bahamas, de la Barbade, de la Jamaïque, du Pérou et de la Trinité-et-Tobago.",
        "pt": "Entre janeiro e dezembro de 2022, 4 atividades do projeto «Caribbean Firearms Roadmap», "
              "financiadas pelo Governo do Canadá, alcançaram 25 funcionários, incluindo 8 mulheres (36%), "
              "das Bahamas, de Barbados, da Jamaica, do Peru e de Trinidad e Tobago.",
    }


def test_sentences_of_one_activity_one_woman_and_none(fixture: Store) -> None:
    nobody = reports.portfolio(fixture, reports.Filters(date_from="2030-01-01"))
    assert reports.sentence(fixture, nobody, "es") == "Ningún participante asistió a las actividades seleccionadas."
    facts = reports.SentenceFacts(first="2023-03-01", last="2023-03-02", activities=1, project=None,
                                  funders=("European Union",), individuals=1, women=1, women_percent=100.0,
                                  countries=("JM",))
    assert reports.sentence_from_facts(facts, "en") == (
        "In March 2023, 1 activity, funded by the European Union, reached 1 participant, including 1 woman "
        "(100%), from Jamaica.")
    french = reports.SentenceFacts(**{**facts.__dict__, "funders": ("Union européenne",)})
    assert reports.sentence_from_facts(french, "fr") == (
        "En mars 2023, 1 activité, financée par l'Union européenne, a touché 1 participant, dont 1 femme "
        "(100\xa0%), de la Jamaïque.")


def test_bad_filters_say_why(fixture: Store) -> None:
    with pytest.raises(NotFound, match="No project"):
        reports.portfolio(fixture, reports.Filters(project="NOPE"))
    with pytest.raises(NotFound, match="No organisation"):
        reports.portfolio(fixture, reports.Filters(funder="Nobody"))
    with pytest.raises(InvalidValue):
        reports.portfolio(fixture, reports.Filters(kind="party"))
    with pytest.raises(InvalidValue):
        reports.portfolio(fixture, reports.Filters(date_from="yesterday"))


# --------------------------------------------------------------------------- CLI and exports
def test_command_line_json_and_files_agree_with_the_independent_count(fixture: Store, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(fixture.path)]
    selection = ["--project", "SFC", "--funder", "European Union"]
    expected = independent(fixture, project="SFC", funder="European Union")
    assert cli.main([*db, "portfolio", *selection, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    check_against(data, expected)
    assert set(data) >= {"activities", "participations", "participations_by_sex", "individuals",
                         "individuals_by_sex", "women_percent_of_stated", "repeat_individuals", "by_country",
                         "by_sector", "by_year", "sentence"}
    assert set(data["by_year"][0]["by_sex"]) == {"female", "male", "other", "not_stated"}

    xlsx, pdf, flat = tmp_path / "p.xlsx", tmp_path / "p.pdf", tmp_path / "p.csv"
    for target in (xlsx, pdf, flat):
        assert cli.main([*db, "portfolio", *selection, "-o", str(target)]) == 0
    book = load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Individuals"] == expected["individuals"]
    assert summary["Participations"] == expected["participations"]
    assert summary["Repeat individuals (2 or more activities)"] == expected["repeat_individuals"]
    assert summary["Individuals: female"] == expected["individuals_by_sex"]["female"]
    participations = list(book["Participations"].iter_rows(min_row=2, values_only=True))
    assert len(participations) == expected["participations"]
    assert len({row[2] for row in participations}) == expected["individuals"]
    assert all(cell.data_type == "s" for row in book["Participations"].iter_rows() for cell in row
               if cell.value is not None)
    by_country = {row[0]: row[1] for row in book["By country"].iter_rows(min_row=2, values_only=True)}
    assert sum(by_country.values()) == expected["individuals"]

    with flat.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Event", "Date", "Person ID", "Sex", "Country", "Sector", "Institution"]
    assert len(lines) - 1 == expected["participations"]
    assert Counter(line[3] for line in lines[1:])["female"] == expected["women_of_participations"]

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert " ".join(data["sentence"].split()) in " ".join(text.split())
    for label, value in (("Individuals", expected["individuals"]), ("Participations", expected["participations"])):
        assert any(line.split()[:1] == [label] and line.split()[-1] == str(value) for line in text.splitlines())
    assert "Individuals by year and sex" in text and "Individuals by country" in text


def test_exports_neutralise_formulas(fixture: Store, tmp_path: Path) -> None:
    institution = fixture.scalar("SELECT id FROM institutions LIMIT 1")
    fixture.update("institutions", institution, {"name": "=HYPERLINK(\"http://x\")"})
    result = reports.portfolio(fixture)
    documents.write_csv(result, tmp_path / "p.csv")
    assert "'=HYPERLINK" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    documents.write_xlsx(fixture, result, tmp_path / "p.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx")["Participations"]
    cells = [cell for row in sheet.iter_rows() for cell in row if str(cell.value).startswith("=HYPERLINK")]
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_spanish_csv_uses_semicolons_and_words(fixture: Store, tmp_path: Path) -> None:
    documents.write_csv(reports.portfolio(fixture), tmp_path / "p.csv", "es")
    first = (tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert first.count(";") == 6 and first.split(";")[3] in {"mujer", "hombre", "otro", "no indicado"}


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_pdf_table_headings_keep_their_words_whole(fixture: Store, tmp_path: Path, language: str) -> None:
    # The activities table gave each sex 13 mm: fpdf2 cut "hombr|e" and "indicad|o" in Spanish.
    target = tmp_path / "p.pdf"
    result = reports.portfolio(fixture)
    documents.write_pdf(fixture, result, target, language)
    tokens = set(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                check=True).stdout.split())
    headings = {word for _, header, _ in documents.tables(fixture, result, language) for text in header
                for word in text.split() if len(word) >= 4}
    cut = [(word[:k], word[k:]) for word in headings for k in range(1, len(word))
           if word[:k] in tokens and word[k:] in tokens and word[:k] not in headings]
    assert not cut
