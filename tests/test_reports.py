"""The summary and the sentence: figures equal an independent count, sentences exact in en/es/fr.

``build_report_event`` makes a small course whose attendance is written out by hand below
(PEOPLE), with check-ins that must not count (undone, on a deleted session, cancelled
registration, a speaker, an unmatched badge from another desk). ``expected_figures`` counts the
same data with plain Python, without reports.py, so every test compares two independent routes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field

from attendance import services
from attendance.domain import Event
from attendance.reports import summary as reports
from attendance.store import Store


@dataclass(frozen=True)
class Spec:
    """One person of the fixture and where their check-ins really count."""

    given: str
    family: str
    sex: str
    country: str
    institution: str
    sector: str
    sessions: tuple[int, ...]  # positions of the sessions attended (effective check-ins)
    role: str = "participant"
    cancelled: bool = False
    undone: tuple[int, ...] = ()  # checked in, then the check-in was undone
    on_deleted_session: bool = False  # checked in only for a session removed afterwards


PEOPLE: tuple[Spec, ...] = (
    Spec("Ana María", "Núñez", "female", "JM", "Jamaica Constabulary Force", "police", (0, 1, 2, 3)),
    Spec("Kevin", "Baptiste", "male", "BB", "Barbados Forensic Sciences Centre", "forensics", (0, 1, 2)),
    Spec("Chloé", "Lefèvre", "female", "BS", "Royal Bahamas Police Force", "police", (0,)),
    Spec("José", "Pérez", "male", "TT", "Trinidad and Tobago Police Service", "police", (1, 2, 3), undone=(0,)),
    Spec("Renée", "Ødegård", "other", "JM", "Ministry of National Security", "ministry", (0, 1)),
    Spec("Sam", "Doe", "not_stated", "BB", "Barbados Forensic Sciences Centre", "forensics", (2,)),
    Spec("Grace", "O'Neil", "female", "BS", "Royal Bahamas Police Force", "police", ()),
    Spec("Marc", "Dupont", "male", "JM", "Jamaica Constabulary Force", "police", (), undone=(0,)),
    Spec("Dora", "Jiménez", "female", "GD", "Royal Grenada Police Force", "police", (), on_deleted_session=True),
    Spec("Lucía", "Ramírez", "female", "JM", "UNLIREC", "international", (0, 1), role="speaker"),
    Spec("Pedro", "Castillo", "male", "TT", "Trinidad and Tobago Police Service", "police", (0,), cancelled=True),
)


@dataclass
class ReportFixture:
    """The event built from PEOPLE, with the registration id of each spec."""

    store: Store
    event: Event
    registrations: dict[str, Spec] = field(default_factory=dict)


def build_report_event(store: Store, event: Event, people: tuple[Spec, ...] = PEOPLE) -> ReportFixture:
    """Register PEOPLE for the 4-day course and write their check-ins through the services."""
    live = services.sessions(store, event.id)
    extra = services.add_session(store, event.id, "2026-12-11", label="Extra day")
    fixture = ReportFixture(store, event)
    for spec in people:
        registration = services.register(
            store, event.id, given_names=spec.given, family_names=spec.family, sex=spec.sex, country=spec.country,
            institution=spec.institution, institution_sector=spec.sector, role=spec.role,
            email=f"{spec.family.lower().replace(chr(39), '')}@example.org", phone="+1 876 555 0100")
        fixture.registrations[registration.id] = spec
        for position in spec.sessions:
            services.record_checkin(store, registration.id, live[position].id, event_id=event.id)
        for position in spec.undone:
            checkin = services.record_checkin(store, registration.id, live[position].id, event_id=event.id)
            services.undo_checkin(store, checkin)
        if spec.on_deleted_session:
            services.record_checkin(store, registration.id, extra.id, event_id=event.id)
        if spec.cancelled:
            services.cancel_registration(store, registration.id)
    # a badge scanned at another desk, whose registration has not arrived by sync yet
    services.record_checkin(store, None, live[0].id, event_id=event.id, badge_token="ZZZZ9999")
    services.remove_session(store, extra.id)
    return fixture


def expected_figures(people: tuple[Spec, ...] = PEOPLE, sessions: int = 4) -> dict:
    """The report's figures counted with plain Python from the specs (no SQL, no reports.py)."""
    participants = [p for p in people if p.role == "participant" and not p.cancelled]
    attended = [p for p in participants if p.sessions]
    by_sex = {sex: sum(1 for p in attended if p.sex == sex) for sex in ("female", "male", "other", "not_stated")}
    per_session = []
    for position in range(sessions):
        present = [p for p in participants if position in p.sessions]
        per_session.append({"attended": len(present),
                            "by_sex": {sex: sum(1 for p in present if p.sex == sex) for sex in by_sex}})
    by_country: dict[str, int] = {}
    for p in attended:
        by_country[p.country] = by_country.get(p.country, 0) + 1
    return {"registered": len(participants), "attended": len(attended), "by_sex": by_sex,
            "sessions": per_session, "by_country": by_country}


def test_summary_equals_the_independent_count(store: Store, event: Event) -> None:
    build_report_event(store, event)
    expected = expected_figures()
    summary = reports.summarise(store, event.id)
    assert summary.registered == expected["registered"] == 9
    assert summary.attended == expected["attended"] == 6
    assert summary.by_sex.as_dict() == expected["by_sex"]
    assert [{"attended": s.attended, "by_sex": s.by_sex.as_dict()} for s in summary.sessions] == expected["sessions"]
    assert {row.key: row.by_sex.total for row in summary.by_country} == expected["by_country"]
    assert summary.unmatched_badges == 1
    roles = {r.role: (r.registered, r.attended) for r in summary.by_role}
    assert roles == {"participant": (9, 6), "speaker": (1, 1)}
    assert {row.key: row.by_sex.total for row in summary.by_sector} == {"police": 3, "forensics": 2, "ministry": 1}
    assert summary.by_sex.women_percent == 40.0  # 2 women of 5 who stated a sex


def test_report_json_from_the_cli_equals_the_independent_count(store: Store, event: Event) -> None:
    build_report_event(store, event)
    result = subprocess.run([sys.executable, "-m", "attendance", "--db", str(store.path), "report", "SNR26",
                             "--json"], capture_output=True, text=True, timeout=60, check=True)
    data = json.loads(result.stdout)
    expected = expected_figures()
    assert data["registered"] == expected["registered"]
    assert data["attended"] == expected["attended"]
    assert data["by_sex"] == expected["by_sex"]
    assert [{"attended": s["attended"], "by_sex": s["by_sex"]} for s in data["sessions"]] == expected["sessions"]
    assert [s["label"] for s in data["sessions"]] == ["Day 1", "Day 2", "Day 3", "Day 4"]
    assert data["sessions"][0]["date"] == "2026-12-07"
    assert data["sentence"].startswith("A total of 6 participants, including 2 women,")
    assert data["unmatched_badges"] == 1


def test_report_text_in_spanish(store: Store, event: Event) -> None:
    build_report_event(store, event)
    result = subprocess.run([sys.executable, "-m", "attendance", "--db", str(store.path), "report", "snr26",
                             "--lang", "es"], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.splitlines()[0] == ("Participaron 6 participantes (2 mujeres) de las Bahamas, Barbados, "
                                             "Jamaica y Trinidad y Tabago.")
    assert "Asistencia por sesión" in result.stdout


def test_the_sentence_in_three_languages(store: Store, event: Event) -> None:
    build_report_event(store, event)
    summary = reports.summarise(store, event.id)
    assert reports.sentence(summary, "en") == (
        "A total of 6 participants, including 2 women, from the Bahamas, Barbados, Jamaica, and Trinidad and "
        "Tobago participated.")
    assert reports.sentence(summary, "es") == (
        "Participaron 6 participantes (2 mujeres) de las Bahamas, Barbados, Jamaica y Trinidad y Tabago.")
    assert reports.sentence(summary, "fr") == (
        "Au total, 6 participants, dont 2 femmes, des Bahamas, de la Barbade, de la Jamaïque et de la "
        "Trinité-et-Tobago ont participé.")


def test_sentence_variants_with_sectors_and_the_share_of_women(store: Store, event: Event) -> None:
    build_report_event(store, event)
    summary = reports.summarise(store, event.id)
    assert reports.sentence(summary, "en", noun="officials", with_sectors=True) == (
        "A total of 6 officials, including 2 women, from police forces, forensic laboratories, and government "
        "ministries of the Bahamas, Barbados, Jamaica, and Trinidad and Tobago participated.")
    assert reports.sentence(summary, "es", noun="representatives", with_sectors=True) == (
        "Participaron 6 representantes (2 mujeres) de cuerpos de policía, laboratorios forenses y ministerios "
        "de las Bahamas, Barbados, Jamaica y Trinidad y Tabago.")
    assert reports.women_percent_sentence(summary, "en") == (
        "40% of participants were women. Sex not stated: 1 (not included in the percentage).")
    assert reports.women_percent_sentence(summary, "es") == (
        "El 40\xa0% de los participantes eran mujeres. Sexo no indicado: 1 (no incluidos en el porcentaje).")
    assert reports.women_percent_sentence(summary, "fr").startswith("40\xa0% des participants étaient des femmes.")


def test_singular_zero_women_and_one_country(store: Store, event: Event) -> None:
    one_man = (Spec("Juan", "López", "male", "HN", "Policía Nacional", "police", (0,)),)
    build_report_event(store, event, one_man)
    summary = reports.summarise(store, event.id)
    assert reports.sentence(summary, "en") == (
        "A total of 1 participant, none of them women, from Honduras participated.")
    assert reports.sentence(summary, "es") == "Participó 1 participante (ninguna mujer) de Honduras."
    assert reports.sentence(summary, "fr") == "Au total, 1 participant, dont aucune femme, du Honduras a participé."


def test_one_woman_and_many_countries_become_a_count_of_states(store: Store, event: Event) -> None:
    countries = ("AG", "BB", "BS", "BZ", "DM", "GD", "GY", "JM", "KN", "LC")
    people = tuple(Spec(f"Person{n}", f"Family{n}", "female" if n == 0 else "male", code, f"Police {code}",
                        "police", (0,)) for n, code in enumerate(countries))
    build_report_event(store, event, people)
    summary = reports.summarise(store, event.id)
    assert reports.sentence(summary, "en") == (
        "A total of 10 participants, including 1 woman, from 10 States participated.")
    assert reports.sentence(summary, "es") == "Participaron 10 participantes (1 mujer) de 10 Estados."
    assert reports.sentence(summary, "fr") == "Au total, 10 participants, dont 1 femme, de 10 États ont participé."


def test_nobody_attended_yet(store: Store, event: Event) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez", sex="female")
    summary = reports.summarise(store, event.id)
    assert (summary.registered, summary.attended) == (1, 0)
    assert reports.sentence(summary, "es") == "Aún no ha asistido ningún participante."
    assert reports.summary_json(summary)["women_percent_of_stated"] is None


def test_certificate_threshold_rounds_up() -> None:
    assert reports.certificate_sessions_needed(4, 75) == 3
    assert reports.certificate_sessions_needed(5, 75) == 4
    assert reports.certificate_sessions_needed(1, 75) == 1
    assert reports.certificate_sessions_needed(0, 75) == 0


def test_the_sentence_in_portuguese_with_the_country_articles(store: Store, event: Event) -> None:
    build_report_event(store, event)
    summary = reports.summarise(store, event.id)
    assert reports.sentence(summary, "pt") == (
        "Um total de 6 participantes, incluindo 2 mulheres, das Bahamas, de Barbados, da Jamaica e de Trinidad e "
        "Tobago participaram.")
    assert reports.sentence(summary, "pt", noun="officials", with_sectors=True) == (
        "Um total de 6 funcionários, incluindo 2 mulheres, de forças policiais, laboratórios de perícia e "
        "ministérios das Bahamas, de Barbados, da Jamaica e de Trinidad e Tobago participaram.")
    assert reports.women_percent_sentence(summary, "pt") == (
        "40% dos participantes eram mulheres. Sexo não informado: 1 (não incluídos no percentual).")


def test_portuguese_singular_no_women_and_a_count_of_states(store: Store, event: Event) -> None:
    build_report_event(store, event, (Spec("João", "Silva", "male", "SR", "Korps Politie Suriname", "police", (0,)),))
    assert reports.sentence(reports.summarise(store, event.id), "pt") == (
        "Um total de 1 participante, sem nenhuma mulher, do Suriname participou.")


def test_portuguese_many_countries_become_a_count_of_states(store: Store, event: Event) -> None:
    countries = ("AG", "BB", "BS", "BZ", "DM", "GD", "GY", "JM", "KN", "LC")
    people = tuple(Spec(f"Person{n}", f"Family{n}", "female" if n < 3 else "male", code, f"Police {code}",
                        "police", (0,)) for n, code in enumerate(countries))
    build_report_event(store, event, people)
    assert reports.sentence(reports.summarise(store, event.id), "pt", noun="officials") == (
        "Um total de 10 funcionários, incluindo 3 mulheres, de 10 Estados participaram.")
