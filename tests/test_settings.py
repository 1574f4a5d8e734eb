"""The document settings: one typed registry, checked before anything is written, shared by the CLI and the
documents (which read the same keys)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from attendance import settings
from attendance.cli import main as cli
from attendance.documents import badge_sheets, pdf, sheets
from attendance.domain import Event, InvalidValue
from attendance.i18n import tr
from attendance.reports import summary as reports
from attendance.store import Store


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "navy").save(path)
    return path


def test_every_setting_has_a_translated_label_and_help() -> None:
    for entry in settings.SETTINGS:
        for language in ("es", "fr", "pt"):
            assert entry.title(language) != entry.label, (entry.key, language)
            assert entry.explanation(language) != entry.help, (entry.key, language)


def test_defaults_before_anything_is_set(store: Store) -> None:
    assert settings.values(store) == {
        "organisation_name": "", "organiser_logo": "", "partner_logos": [], "signatory_name": "",
        "signatory_title": "", "signature_image": "", "certificate_threshold": 75, "certificate_rule": "all_sessions",
        "report_language": "", "report_noun": "participants", "csv_delimiter": ""}


def test_documents_read_the_same_keys() -> None:
    assert (pdf.ORGANISER_LOGO, pdf.PARTNER_LOGOS) == (settings.ORGANISER_LOGO, settings.PARTNER_LOGOS)
    assert (badge_sheets.ORGANISER_LOGO_KEY, badge_sheets.PARTNER_LOGOS_KEY) == (
        settings.ORGANISER_LOGO, settings.PARTNER_LOGOS)
    assert set(settings.REPORT_NOUNS) == set(reports.NOUNS)


def test_saved_values_reach_the_documents(store: Store, event: Event, logo: Path) -> None:
    settings.save(store, {settings.ORGANISER_LOGO: str(logo), settings.PARTNER_LOGOS: [str(logo), str(logo)],
                          settings.SIGNATURE_IMAGE: str(logo), settings.CERTIFICATE_THRESHOLD: "50"})
    assert pdf.logo_paths(store, settings.ORGANISER_LOGO) == [logo.resolve()]
    assert pdf.logo_paths(store, settings.PARTNER_LOGOS) == [logo.resolve()] * 2
    assert json.loads(store.meta("partner_logos") or "") == [str(logo.resolve())] * 2
    assert sheets.certificate_threshold(store) == 50.0
    assert len(badge_sheets.event_header(store, event).partner_logos) == 2


@pytest.mark.parametrize(("key", "given", "message"), [
    ("certificate_threshold", "0", "must be a whole number from 1 to 100, not 0"),
    ("certificate_threshold", "101", "not 101"), ("certificate_threshold", "7.5", "not 7.5"),
    ("certificate_threshold", "many", "not many"),
    ("certificate_rule", "per_day", "per_day is not one of all_sessions, any_block"),
    ("report_language", "de", "de is not one of en, es, fr, pt"),
    ("report_noun", "people", "people is not one of participants, officials, representatives"),
    ("csv_delimiter", "|", "| is not one of ,, ;, tab"),
    ("no_such_key", "x", "Unknown setting no_such_key"),
])
def test_bad_values_are_refused_with_a_clear_message(store: Store, key: str, given: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message.replace("(", r"\(").replace("|", r"\|")):
        settings.save(store, {key: given})


def test_a_missing_or_unreadable_image_is_refused_and_nothing_is_written(store: Store, logo: Path,
                                                                         tmp_path: Path) -> None:
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("not a picture")
    with pytest.raises(InvalidValue, match="there is no file"):
        settings.save(store, {settings.ORGANISATION_NAME: "UNLIREC", settings.ORGANISER_LOGO: str(tmp_path / "x.png")})
    with pytest.raises(InvalidValue, match="is not an image that can be read"):
        settings.save(store, {settings.PARTNER_LOGOS: [str(logo), str(not_an_image)]})
    with pytest.raises(InvalidValue, match="there is no file"):
        settings.save(store, {settings.SIGNATURE_IMAGE: str(tmp_path)})  # a folder
    assert store.meta(settings.ORGANISATION_NAME) is None and store.meta(settings.PARTNER_LOGOS) is None


def test_typed_forms_are_normalised(store: Store, logo: Path) -> None:
    saved = settings.save(store, {"csv_delimiter": "TAB", "certificate_threshold": "80 %",
                                  "partner_logos": f"{logo};{logo}", "organisation_name": "  UN   LiREC ",
                                  "report_noun": "participants"})
    assert saved == {"csv_delimiter": "\t", "certificate_threshold": 80, "partner_logos": [str(logo.resolve())] * 2,
                     "organisation_name": "UN LiREC", "report_noun": "participants"}
    assert store.meta("report_noun") is None  # the default is not stored


def test_unset_brings_the_default_back(store: Store) -> None:
    settings.save(store, {"certificate_threshold": 60})
    settings.unset(store, "certificate_threshold")
    assert settings.value(store, "certificate_threshold") == 75 and store.meta("certificate_threshold") is None


def test_values_written_by_older_versions_still_read(store: Store, logo: Path) -> None:
    store.set_meta("partner_logos", f"{logo}\n{logo}")
    store.set_meta("certificate_threshold", "80.0")
    store.set_meta("certificate_rule", "nonsense")
    assert settings.value(store, "partner_logos") == [str(logo)] * 2
    assert settings.value(store, "certificate_threshold") == 80
    assert settings.value(store, "certificate_rule") == "all_sessions"


def _cli(store: Store, *args: str) -> int:
    return cli.main(["--db", str(store.path), *args])


def test_cli_set_show_unset(store: Store, logo: Path, capsys) -> None:
    assert _cli(store, "settings", "set", "partner_logos", str(logo), str(logo)) == 0
    assert _cli(store, "settings", "set", "signatory_name", "Ana María Núñez") == 0
    assert _cli(store, "settings", "set", "csv_delimiter", "semicolon") == 0
    assert "csv_delimiter saved: semicolon (;)" in capsys.readouterr().out
    assert _cli(store, "settings", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["partner_logos"]["value"] == [str(logo.resolve())] * 2 and shown["partner_logos"]["set"]
    assert shown["signatory_name"]["value"] == "Ana María Núñez"
    assert shown["certificate_threshold"] == {"value": 75, "default": 75, "set": False,
                                              "label": "Certificate threshold (%)",
                                              "help": tr(settings.BY_KEY["certificate_threshold"].help)}
    assert _cli(store, "settings", "unset", "csv_delimiter") == 0
    assert _cli(store, "--lang", "es", "settings", "show") == 0
    out = capsys.readouterr().out
    assert "csv_delimiter" in out and "según el idioma" in out and "Nombre del firmante" in out


def test_cli_errors_are_one_translated_line(store: Store, tmp_path: Path, capsys) -> None:
    assert _cli(store, "--lang", "es", "settings", "set", "organiser_logo", str(tmp_path / "none.png")) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: Logotipo de la organización: no existe el archivo") and "Traceback" not in err
    assert _cli(store, "--lang", "en", "settings", "set", "signatory_name", "Ana", "Núñez") == 1
    assert "takes one value" in capsys.readouterr().err
    assert _cli(store, "settings", "unset", "colour") == 1
    assert "Unknown setting colour" in capsys.readouterr().err


def test_report_defaults_follow_the_settings(store: Store, event: Event, tmp_path: Path, capsys) -> None:
    from test_reports import build_report_event

    build_report_event(store, event)
    settings.save(store, {"report_language": "es", "report_noun": "officials"})
    assert _cli(store, "report", "SNR26") == 0
    assert capsys.readouterr().out.startswith("Participaron 6 funcionarios")
    assert _cli(store, "report", "SNR26", "--lang", "en", "--noun", "participants") == 0
    assert capsys.readouterr().out.startswith("A total of 6 participants")
