"""Country names as the UN writes them (UNTERM's short names in en/es/fr, CLDR's in pt), in sentences and
pickers, and every spelling people type still recognised."""

from __future__ import annotations

import json

import pytest
from babel import Locale

from attendance import assets, i18n, services
from attendance.domain import Event, InvalidValue
from attendance.reports import summary as reports
from attendance.store import Store


@pytest.mark.parametrize(("language", "code", "name"), [
    ("es", "KN", "Saint Kitts y Nevis"), ("es", "SR", "Suriname"), ("es", "TT", "Trinidad y Tabago"),
    ("es", "VC", "San Vicente y las Granadinas"), ("es", "BO", "Bolivia (Estado Plurinacional de)"),
    ("es", "VE", "Venezuela (República Bolivariana de)"), ("en", "BO", "Bolivia (Plurinational State of)"),
    ("en", "VE", "Venezuela (Bolivarian Republic of)"), ("fr", "KN", "Saint-Kitts-et-Nevis"),
    ("fr", "TT", "Trinité-et-Tobago"), ("en", "BS", "Bahamas"), ("es", "BS", "Bahamas"),
    ("fr", "SR", "Suriname"), ("en", "CI", "Côte d'Ivoire"), ("en", "TR", "Türkiye"),
    ("es", "PR", "Puerto Rico"), ("fr", "AW", "Aruba"),
])
def test_un_short_names(language: str, code: str, name: str) -> None:
    assert i18n.country_name(code, language) == name
    assert i18n.country_names(language)[code] == name


def test_portuguese_and_codes_the_un_lists_lack_come_from_cldr() -> None:
    assert i18n.country_name("KN", "pt") == Locale.parse("pt").territories["KN"] == "São Cristóvão e Névis"
    assert i18n.country_name("TW", "en") == Locale.parse("en").territories["TW"]
    assert i18n.country_name("XK", "es") == Locale.parse("es").territories["XK"]
    assert i18n.country_name("QQ", "en") == "QQ"  # unknown: shown as stored


def test_the_data_file_names_its_source_and_has_every_language() -> None:
    data = json.loads(assets.country_names_file().read_text(encoding="utf-8"))
    assert "datasets/country-codes" in data["source"] and "UNTERM" in data["about"]
    countries = data["countries"]
    # 193 Member States, 2 observer States, and the Cook Islands and Niue, which UNTERM lists too
    assert sum(entry["source"] == "UNTERM" for entry in countries.values()) == 197
    for code, entry in countries.items():
        assert len(code) == 2 and all(entry[language].strip() for language in ("en", "es", "fr")), code
        assert not any("(the)" in entry[language] or "*" in entry[language] for language in ("en", "es", "fr"))
    assert countries["BS"]["articles"] == {"en": "the", "es": "las", "fr": "les"}


def test_pickers_sort_as_a_reader_does() -> None:
    names = list(i18n.country_names("fr").values())
    assert names.index("Égypte") < names.index("Espagne") < names.index("Estonie")
    spanish = list(i18n.country_names("es").values())
    assert spanish.index("Saint Kitts y Nevis") < spanish.index("Samoa") < spanish.index("San Marino")


@pytest.mark.parametrize(("typed", "code"), [
    ("Saint Kitts y Nevis", "KN"), ("San Cristóbal y Nieves", "KN"), ("St. Kitts & Nevis", "KN"),
    ("Trinidad y Tabago", "TT"), ("Trinidad y Tobago", "TT"), ("Bolivia (Estado Plurinacional de)", "BO"),
    ("Bolivia", "BO"), ("Venezuela (Bolivarian Republic of)", "VE"), ("Venezuela", "VE"),
    ("Surinam", "SR"), ("Suriname", "SR"), ("Trinité-et-Tobago", "TT"), ("São Cristóvão e Névis", "KN"),
    ("Saint-Vincent-et-les Grenadines", "VC"), ("Côte d'Ivoire", "CI"), ("Turquía", "TR"),
])
def test_typed_names_still_map_to_codes(typed: str, code: str) -> None:
    assert services.country_code(typed) == code


def test_an_unknown_country_is_still_refused() -> None:
    with pytest.raises(InvalidValue, match="Atlantis"):
        services.country_code("Atlantis")


def test_sentences_name_countries_as_the_un_does(store: Store, event: Event) -> None:
    for given, country in (("Ana", "KN"), ("Ben", "SR"), ("Cleo", "VC")):
        registration = services.register(store, event.id, given_names=given, family_names="Test", sex="female",
                                         country=country, institution=f"Police {country}")
        services.record_checkin(store, registration.id, services.sessions(store, event.id)[0].id,
                                event_id=event.id)
    summary = reports.summarise(store, event.id)
    assert reports.sentence(summary, "es") == (
        "Participaron 3 participantes (3 mujeres) de Saint Kitts y Nevis, San Vicente y las Granadinas y Suriname.")
    assert "du Suriname" in reports.sentence(summary, "fr")
    assert "Saint-Kitts-et-Nevis" in reports.sentence(summary, "fr")


def test_the_country_picker_offers_un_names_and_still_takes_cldr_ones(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    from attendance.gui.widgets import picked_country, setup_country_picker

    combo = QComboBox()
    qtbot.addWidget(combo)
    setup_country_picker(combo, "es")
    names = [combo.itemText(index) for index in range(combo.count())]
    assert {"Saint Kitts y Nevis", "Suriname", "Trinidad y Tabago", "Bolivia (Estado Plurinacional de)"} <= set(names)
    assert "San Cristóbal y Nieves" not in names and "Surinam" not in names
    combo.setCurrentText("Trinidad y Tabago")
    assert picked_country(combo) == "TT"
    combo.setCurrentText("San Cristóbal y Nieves")  # CLDR's spelling: resolved by the core
    assert services.country_code(picked_country(combo)) == "KN"
