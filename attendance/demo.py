"""A realistic demo: three events of a regional disarmament centre, ~150 people, some check-ins.

Used by ``attendance demo`` and offered by the window on an empty database, so a new user sees
what the app does before typing anything. The same seed always gives the same people.
"""

from __future__ import annotations

import datetime as dt
import random

from attendance import organisations, services
from attendance.domain import fold
from attendance.store import Store

_SPANISH_WOMEN = ["María José", "Ana Lucía", "Carmen", "Gabriela", "Lucía", "Verónica", "Sofía", "Paola",
                  "Daniela", "Rosa Elena", "Mariela", "Ximena", "Patricia", "Andrea", "Yolanda"]
_SPANISH_MEN = ["José Luis", "Juan Carlos", "Carlos Andrés", "Luis Fernando", "Miguel Ángel", "Jorge",
                "Ricardo", "Óscar", "Raúl", "Andrés", "Héctor", "Fernando", "Sebastián", "Iván", "Álvaro"]
_SPANISH_FAMILY = ["Núñez", "García", "Pérez Rodríguez", "Martínez", "González Ávila", "Hernández",
                   "López", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Castillo",
                   "Muñoz", "Ibáñez", "Peña", "Quiñones", "Cáceres", "Ordóñez", "Zúñiga"]
_ENGLISH_WOMEN = ["Keisha", "Shanice", "Tamara", "Natalie", "Andrea", "Kimberly", "Simone", "Alicia",
                  "Charmaine", "Deborah", "Nadia", "Latoya"]
_ENGLISH_MEN = ["Andre", "Marlon", "Dwayne", "Kevin", "Jermaine", "Ryan", "Shane", "Damion", "Trevor",
                "Nigel", "Curtis", "Rohan"]
_ENGLISH_FAMILY = ["Campbell", "Williams", "Thompson", "Brown", "Joseph", "Charles", "Baptiste", "Persaud",
                   "Ramdial", "Mohammed", "Gittens", "Greaves", "St. Hill", "Clarke", "Liburd", "Pinas"]
_FRENCH_WOMEN = ["Marie-Claude", "Nadège", "Roseline", "Fabienne", "Guerline", "Mirlande"]
_FRENCH_MEN = ["Jean-Baptiste", "Pierre-Louis", "Wilner", "Frantz", "Jocelyn", "Ronald"]
_FRENCH_FAMILY = ["Étienne", "Desrosiers", "Lafontaine", "Joseph", "Saint-Fleur", "Dorvil", "Bélizaire"]

# (name, acronym, sector, country)
_INSTITUTIONS = {
    "es": [
        ("Policía Nacional del Perú", "PNP", "police", "PE"),
        ("Dirección de Criminalística", "DIRCRI", "forensics", "PE"),
        ("Ministerio de Seguridad Pública", "MSP", "ministry", "CR"),
        ("Fiscalía General de la Nación", "FGN", "justice", "CO"),
        ("Instituto Nacional de Ciencias Forenses", "INACIF", "forensics", "GT"),
        ("Dirección Nacional de Aduanas", "DNA", "customs", "PY"),
        ("Ejército de Chile", "", "defence", "CL"),
        ("Ministerio de Relaciones Exteriores", "MRE", "ministry", "SV"),
        ("Policía Nacional de Colombia", "PONAL", "police", "CO"),
        ("Universidad de Costa Rica", "UCR", "academia", "CR"),
    ],
    "en": [
        ("Royal Bahamas Police Force", "RBPF", "police", "BS"),
        ("Barbados Forensic Sciences Centre", "BFSC", "forensics", "BB"),
        ("Ministry of National Security", "MNS", "ministry", "JM"),
        ("Jamaica Constabulary Force", "JCF", "police", "JM"),
        ("Royal Grenada Police Force", "RGPF", "police", "GD"),
        ("Trinidad and Tobago Forensic Science Centre", "TTFSC", "forensics", "TT"),
        ("Royal St. Christopher and Nevis Police Force", "RSCNPF", "police", "KN"),
        ("Korps Politie Suriname", "KPS", "police", "SR"),
        ("Customs and Excise Division", "", "customs", "TT"),
        ("Office of the Director of Public Prosecutions", "ODPP", "justice", "BB"),
        ("Caribbean Community Implementation Agency for Crime and Security", "CARICOM IMPACS",
         "international", "TT"),
    ],
    "fr": [
        ("Police nationale d'Haïti", "PNH", "police", "HT"),
        ("Ministère de la Justice et de la Sécurité publique", "MJSP", "ministry", "HT"),
        ("Administration générale des douanes", "AGD", "customs", "HT"),
        ("Commission nationale de désarmement", "CNDDR", "civil_society", "HT"),
    ],
}

_SESSION_HOURS = ("09:00", "17:00")


def _people_pool(language: str) -> tuple[list[str], list[str], list[str]]:
    if language == "es":
        return _SPANISH_WOMEN, _SPANISH_MEN, _SPANISH_FAMILY
    if language == "fr":
        return _FRENCH_WOMEN, _FRENCH_MEN, _FRENCH_FAMILY
    return _ENGLISH_WOMEN, _ENGLISH_MEN, _ENGLISH_FAMILY


def _register_people(store: Store, rng: random.Random, event_id: str, count: int, languages: list[str],
                     used: set[tuple[str, str]]) -> list[str]:
    """Register ``count`` new people (about 40 % women) and return their registration ids."""
    registrations = []
    while len(registrations) < count:
        language = rng.choice(languages)
        women, men, family = _people_pool(language)
        roll = rng.random()
        sex = "female" if roll < 0.38 else "male" if roll < 0.96 else rng.choice(["not_stated", "other"])
        given = rng.choice(women if sex == "female" else men if sex == "male" else women + men)
        family_name = rng.choice(family)
        if language == "es" and rng.random() < 0.5:
            family_name = f"{family_name} {rng.choice(family)}"
        if (given, family_name) in used:
            continue
        used.add((given, family_name))
        name, acronym, sector, country = rng.choice(_INSTITUTIONS[language])
        institution = services.find_or_create_institution(store, name, acronym=acronym or None, sector=sector,
                                                          country=country)
        user = "".join(c for c in fold(f"{given[0]}{family_name.split()[0]}") if c.isalnum())
        email = f"{user}{rng.randint(1, 99)}@example.org"
        registration = services.register(
            store, event_id, given_names=given, family_names=family_name, sex=sex, email=email,
            phone=f"+{rng.randint(1, 599)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
            country=country, position=rng.choice(["Inspector", "Analyst", "Director", "Officer", "Advisor",
                                                  "Sergeant", "Legal adviser", "Technician"]),
            institution=institution.name if institution else None, source="import")
        registrations.append(registration.id)
    return registrations


def _check_in_some(store: Store, rng: random.Random, event_id: str, registrations: list[str],
                   share: float) -> int:
    """Check in about ``share`` of the registrations to each past session; returns how many."""
    today = dt.date.today().isoformat()
    made = 0
    for session in services.sessions(store, event_id):
        if session.date > today:
            continue
        for registration_id in registrations:
            if rng.random() < share:
                at = f"{session.date}T{8 + rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:00.000Z"
                services.record_checkin(store, registration_id, session.id, event_id=event_id,
                                        method="scan", at=at)
                made += 1
    return made


def create_demo(store: Store, *, seed: int = 2026) -> dict[str, int]:
    """Create the three demo events with people and check-ins, in one transaction; returns counts."""
    rng = random.Random(seed)
    today = dt.date.today()
    used: set[tuple[str, str]] = set()
    with store.transaction():
        course_start = today - dt.timedelta(days=2)
        course = services.create_event(
            store, title="Serial Number Restoration Course for Forensic Examiners", kind="course",
            modality="in_person", start_date=course_start.isoformat(),
            end_date=(course_start + dt.timedelta(days=3)).isoformat(), venue="Hotel Costa del Sol",
            city="Lima", country="PE", language="es")
        organisations.set_event_attribution(store, course.id, organiser=["UNLIREC"],
                                            partners=["Policía Nacional del Perú"], funders=["European Union"],
                                            project="Strengthening forensic capacities")
        for session in services.sessions(store, course.id):
            services.update_session(store, session.id, starts=_SESSION_HOURS[0], ends=_SESSION_HOURS[1])
        course_people = _register_people(store, rng, course.id, 48, ["es"], used)
        checkins = _check_in_some(store, rng, course.id, course_people, 0.85)

        webinar_day = today - dt.timedelta(days=9)
        webinar = services.create_event(
            store, title="Regional Webinar on Firearms Marking and Record-Keeping", kind="webinar",
            modality="virtual", start_date=webinar_day.isoformat(), city="Kingston", country="JM",
            language="en")
        organisations.set_event_attribution(store, webinar.id, organiser=["UNLIREC"], partners=["CARICOM IMPACS"],
                                            funders=["Government of Canada", "European Union"],
                                            project="Strengthening forensic capacities")
        webinar_people = _register_people(store, rng, webinar.id, 62, ["en"], used)
        checkins += _check_in_some(store, rng, webinar.id, webinar_people, 0.9)

        workshop_start = today + dt.timedelta(days=12)
        workshop = services.create_event(
            store, title="Virtual Workshop on Arms Transfer Controls", kind="workshop", modality="virtual",
            start_date=workshop_start.isoformat(), end_date=(workshop_start + dt.timedelta(days=2)).isoformat(),
            language="en")
        organisations.set_event_attribution(store, workshop.id, organiser=["UNLIREC"],
                                            partners=["Arms Trade Treaty Secretariat"],
                                            funders=["Government of Canada"])
        workshop_people = _register_people(store, rng, workshop.id, 40, ["es", "en", "fr"], used)
        # A few familiar faces come back: people are shared across events.
        for registration_id in rng.sample(course_people, 5):
            person_id = services.get_registration(store, registration_id).person_id
            services.register(store, workshop.id, person_id=person_id, source="import")
        people = len(course_people) + len(webinar_people) + len(workshop_people)
    return {"events": 3, "people": people, "checkins": checkins}
