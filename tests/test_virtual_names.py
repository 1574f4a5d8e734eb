"""Names as people type them in meetings: cleaned, then fitted to registrations with a reason."""

from __future__ import annotations

import pytest

from attendance.intake.matching import KnownPerson
from attendance.intake.meeting_names import MeetingNameIndex, TypedName, clean_typed_name


@pytest.mark.parametrize(("typed", "expected"), [
    ("CARMEN ZUNIGA", TypedName("CARMEN ZUNIGA")),
    ("Sebastian Nancupil (Invitado)", TypedName("Sebastian Nancupil")),
    ("Ana Souza (Convidada)", TypedName("Ana Souza")),
    ("Keisha Thompson (Guest)", TypedName("Keisha Thompson")),
    ("Luis Ordóñez - Ministerio de Seguridad", TypedName("Luis Ordóñez", "", "Ministerio de Seguridad")),
    ("Pérez, Ana", TypedName("Ana Pérez")),
    ("Ana Pérez <Ana.Perez@Policia.example>", TypedName("Ana Pérez", "ana.perez@policia.example")),
    ("Iván Zúñiga (MINDEF)", TypedName("Iván Zúñiga", "", "MINDEF")),
    ("Jean-Baptiste Étienne | Douanes", TypedName("Jean-Baptiste Étienne", "", "Douanes")),
    ("📱 Marlon 2", TypedName("Marlon")),
])
def test_meeting_names_are_taken_apart(typed, expected):
    assert clean_typed_name(typed) == expected


def _person(person_id, given, family, institution=""):
    return KnownPerson(person_id, given, family, institution, "", "", "", 1)


@pytest.fixture()
def index():
    return MeetingNameIndex([
        _person("carmen", "Carmen Elena", "Zúñiga Montaño"),
        _person("nadege", "Nadège", "De la Cruz Pierre"),
        _person("jm", "Jean-Marc", "Baptiste"),
        _person("ana-police", "Ana", "Ruiz", "Policía Nacional"),
        _person("ana-customs", "Ana", "Ruiz", "Dirección de Aduanas"),
    ])


@pytest.mark.parametrize(("typed", "fits"), [
    ("CARMEN ZUNIGA", [("carmen", "short name")]),
    ("Carmen Elena Zúñiga Montaño", [("carmen", "same name")]),
    ("Zuniga Montano, Carmen Elena", [("carmen", "same name")]),
    ("Carmen Montaño", [("carmen", "part of the name")]),
    ("C. Zúñiga", [("carmen", "initials")]),
    ("Nadege Cruz", [("nadege", "short name")]),  # "De la" is a particle, not the first family name
    ("J. Baptiste", [("jm", "initials")]),
    ("Carmen", []),  # a given name alone is nobody in particular
    ("Zúñiga Baptiste", []),  # words of two people
    ("Ana Ruiz - Aduanas", [("ana-customs", "institution")]),
])
def test_typed_names_fit_registrations_with_a_reason(index, typed, fits):
    assert [(fit.person_id, fit.reason) for fit in index.fits(clean_typed_name(typed))] == fits


def test_homonyms_without_an_institution_go_to_review(index):
    fits = index.fits(clean_typed_name("ANA RUIZ"))
    assert sorted(fit.person_id for fit in fits) == ["ana-customs", "ana-police"]
    assert {fit.reason for fit in fits} == {"homonym"}
