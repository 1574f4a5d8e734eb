"""Grammar by each language's rules (issue 11 item 5): counted nouns, the percentage sentence's noun,
the activity named, and the funders' support stated in the document's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_events import pdf_text, webinar

from attendance import organisations, services
from attendance.cli import main as cli
from attendance.documents import sheets as documents
from attendance.i18n import ntr
from attendance.reports import summary as reports
from attendance.store import Store


def flat(path: Path) -> str:
    """The PDF's text on one line, spaces collapsed."""
    return " ".join(pdf_text(path, layout=False).split())


def test_the_percentage_sentence_follows_the_noun(store: Store) -> None:
    event = webinar(store)
    summary = reports.summarise(store, event.id)
    assert reports.women_percent_sentence(summary, "en", noun="officials").startswith("50% of officials were women.")
    spanish = reports.sentences(reports.summarise(store, event.id, "es"), "es", noun="representatives")
    assert spanish["women_percent"].startswith("El 50\u00a0% de los representantes eran mujeres.")
    assert reports.women_percent_sentence(summary, "fr", noun="officials") \
        .startswith("50\u00a0% des fonctionnaires étaient des femmes.")


@pytest.mark.parametrize(("language", "activity", "ending"), [
    ("en", "the regional webinar", "participated in the regional webinar with the support of the Government of "
                                   "Germany."),
    ("es", "el seminario web regional", "en el seminario web regional con el apoyo del Gobierno de Alemania."),
    ("fr", "le webinaire régional", "ont participé au webinaire régional avec le soutien du Gouvernement de "
                                    "l'Allemagne."),
])
def test_the_sentence_names_the_activity_and_the_funders(store: Store, tmp_path: Path, language: str, activity: str,
                                                         ending: str) -> None:
    event = webinar(store)
    organisations.set_event_attribution(store, event.id, funders=["Government of Germany"])
    funders = reports.event_funders(store, event.id, language)
    said = reports.sentence(reports.summarise(store, event.id, language), language, activity=activity,
                            funders=funders)
    assert said.endswith(ending), said
    text = flat(documents.summary_report(store, event.id, tmp_path / "s.pdf", language=language, activity=activity))
    assert ending in text
    # without an activity or funders the sentence ends where it did
    assert not reports.sentence(reports.summarise(store, event.id, language), language).endswith(ending)


@pytest.mark.parametrize(("language", "ending"), [
    ("en", "with the support of the Government of Germany, the European Union, and UNODA."),
    ("es", "con el apoyo del Gobierno de Alemania, de la Unión Europea y de UNODA."),
    ("fr", "avec le soutien du Gouvernement de l'Allemagne, de l'Union européenne et de UNODA."),
    ("pt", "com o apoio do Governo da Alemanha, da União Europeia e de UNODA."),
])
def test_other_funders_take_the_article_their_name_takes(store: Store, language: str, ending: str) -> None:
    event = webinar(store)
    organisations.create_organisation(store, "UNODA", kind="un")
    organisations.set_event_attribution(store, event.id, funders=["Government of Germany", "European Union", "UNODA"])
    said = reports.sentence(reports.summarise(store, event.id, language), language,
                            funders=reports.event_funders(store, event.id, language))
    assert said.endswith(ending), said


def test_the_report_command_takes_the_activity(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    event = webinar(store)
    organisations.set_event_attribution(store, event.id, funders=["Government of Germany"])
    assert cli.main(["--db", str(store.path), "report", event.code, "--lang", "es", "--noun", "officials",
                     "--activity", "el seminario web regional"]) == 0
    out = capsys.readouterr().out
    assert "Participaron 49 funcionarios" in out
    assert "en el seminario web regional con el apoyo del Gobierno de Alemania." in out
    assert "El 50\u00a0% de los funcionarios eran mujeres." in out


@pytest.mark.parametrize(("language", "one"), [("en", "Wrote 1 change to x"), ("es", "Se escribió 1 cambio en x"),
                                               ("fr", "1 modification écrite dans x")])
def test_written_changes_are_counted_by_the_plural_rules(language: str, one: str) -> None:
    assert ntr("Wrote {n} change to {path}", "Wrote {n} changes to {path}", 1, language, path="x") == one
    assert "1" not in ntr("Wrote {n} change to {path}", "Wrote {n} changes to {path}", 2, language, path="x")[:-1]


def test_country_articles_follow_unterm(store: Store) -> None:
    # "Czechia" takes no article in English (not "the Czechia"); UNTERM's French gives "la Tchéquie";
    # El Salvador carries its own ("d'El Salvador", not "du El Salvador")
    event = webinar(store, 0)
    for n, country in enumerate(("CZ", "BS", "SV")):
        registration = services.register(store, event.id, given_names=f"P{n}", family_names="X", sex="male",
                                         country=country)
        services.record_checkin(store, registration.id, services.sessions(store, event.id)[0].id,
                                event_id=event.id)
    said = {language: reports.sentence(reports.summarise(store, event.id, language), language)
            for language in ("en", "es", "fr")}
    assert "the Bahamas, Czechia, and El Salvador" in said["en"] and "the Czechia" not in said["en"]
    assert "de las Bahamas, Chequia y El Salvador" in said["es"]
    assert "de la Tchéquie" in said["fr"] and "d'El Salvador" in said["fr"] and "du El" not in said["fr"]


def test_island_territories_take_their_article(store: Store) -> None:
    event = webinar(store, 0)
    registration = services.register(store, event.id, given_names="P", family_names="X", sex="male", country="KY")
    services.record_checkin(store, registration.id, services.sessions(store, event.id)[0].id, event_id=event.id)
    said = {language: reports.sentence(reports.summarise(store, event.id, language), language)
            for language in ("en", "es", "fr")}
    assert "from the Cayman Islands" in said["en"]
    assert "de las Islas Caimán" in said["es"]
    assert "des Îles Caïmanes" in said["fr"] and "d'Îles" not in said["fr"]
