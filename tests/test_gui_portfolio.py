"""The Portfolio page (issue 13 item 5): what is on screen equals the independent count of test_portfolio."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from test_portfolio import fixture, independent  # noqa: F401  (the 21-event fixture and its count)

from attendance import i18n
from attendance.gui.main_window import MainWindow
from attendance.gui.portfolio_page import ANY_DATE, PortfolioPage
from attendance.gui.settings import file_settings
from attendance.reports import portfolio as reports
from attendance.reports.summary import sector_label


@pytest.fixture()
def page(qtbot, fixture, tmp_path):  # noqa: F811  (the imported fixture)
    window = MainWindow(fixture, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    shown = window.page(PortfolioPage)
    window.tabs.setCurrentWidget(shown)
    _wait(qtbot, shown)
    return shown


def _wait(qtbot, page: PortfolioPage) -> None:
    qtbot.waitUntil(lambda: not page.busy() and page.result is not None, timeout=20000)


def _number(label) -> int:
    return int(re.search(r"\d+", label.text()).group())


def _cells(view, columns: int) -> list[list]:
    model = view.model()
    return [[model.data(model.index(row, column)) for column in range(columns)] for row in range(model.rowCount())]


def check_screen(page: PortfolioPage, expected: dict) -> None:
    """Every figure and table row shown equals the independent count."""
    assert _number(page.figures["activities"]) == len(expected["activities"])
    assert _number(page.figures["participations"]) == expected["participations"]
    people = expected["individuals_by_sex"]
    assert re.findall(r"\d+", page.figures["individuals"].text()) == [
        str(expected["individuals"]), str(people["female"]), str(people["male"]), str(people["other"]),
        str(people["not_stated"])]
    assert page.figures["women"].text().startswith(f"<b>{round(expected['women_percent_of_stated'])}%</b>")
    assert _number(page.figures["repeat"]) == expected["repeat_individuals"]
    activities = _cells(page.views["activities"], 7)
    assert sorted(row[0] for row in activities) == expected["activities"]
    assert {row[0]: row[5] for row in activities} == expected["attended"]
    countries = {row[0]: row[5] for row in _cells(page.views["country"], 7)}
    assert countries == {i18n.country_name(code, "en"): n for code, n in expected["by_country"].items()}
    sectors = {row[0]: row[5] for row in _cells(page.views["sector"], 7)}
    assert sectors == {sector_label(code, "en") if code else "(not stated)": n
                       for code, n in expected["by_sector"].items()}
    years = _cells(page.views["year"], 8)
    assert {int(row[0]): row[6] for row in years} == expected["by_year"]
    assert {int(row[0]): row[1] for row in years} == expected["by_year_activities"]
    assert sum(row[5] for row in _cells(page.views["institution"], 7)) == expected["individuals"]
    # the charts draw the same groups
    assert [group.individuals for group in page.year_chart.groups] == [row[6] for row in years]
    assert {label: counts.total for label, counts in page.country_chart.rows} == countries


def test_the_figures_on_screen_are_the_independent_count(page, fixture):  # noqa: F811
    check_screen(page, independent(fixture))


def test_filters_change_the_figures(qtbot, page, fixture):  # noqa: F811
    everything = independent(fixture)
    page.project_picker.setCurrentIndex(page.project_picker.findData("SFC"))
    page.funder_picker.setCurrentIndex(page.funder_picker.findData("European Union"))
    page.apply_button.click()
    _wait(qtbot, page)
    narrowed = independent(fixture, project="SFC", funder="European Union")
    assert narrowed["individuals"] < everything["individuals"]
    check_screen(page, narrowed)

    page.clear_button.click()
    page.date_from.setDate(QDate(2023, 1, 1))
    page.kind_picker.setCurrentIndex(page.kind_picker.findData("webinar"))
    page.apply_button.click()
    _wait(qtbot, page)
    check_screen(page, independent(fixture, date_from="2023-01-01", kind="webinar"))

    page.clear_button.click()
    _wait(qtbot, page)
    assert page.date_from.date() == ANY_DATE and page.date_from.text() == "any"
    check_screen(page, everything)


def test_a_bad_country_is_a_message_not_a_traceback(qtbot, page):
    page.country_picker.setEditText("Atlantis")
    page.apply_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20000)
    assert page.result is None
    assert "Atlantis" in page.status.text() and "Traceback" not in page.status.text()
    assert not page.copy_button.isEnabled() and not page.export_buttons["xlsx"].isEnabled()


def test_copy_puts_the_exact_sentence_on_the_clipboard(qtbot, page, fixture):  # noqa: F811
    page.project_picker.setCurrentIndex(page.project_picker.findData("CFR"))
    page.language_picker.setCurrentIndex(page.language_picker.findData("es"))
    page.apply_button.click()
    _wait(qtbot, page)
    expected = reports.sentence(fixture, reports.portfolio(fixture, reports.Filters(project="CFR"), "es"), "es")
    assert expected.startswith("Entre ") and "«Caribbean Firearms Roadmap»" in expected
    assert page.shown_sentence == expected
    # Qt's plain text shows the no-break spaces ("37 %") as spaces; the words are the same
    assert page.sentence.toPlainText() == expected.replace("\u00a0", " ").replace("\u202f", " ")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected


def test_the_excel_export_writes_a_workbook_that_opens(qtbot, page, fixture, tmp_path):  # noqa: F811
    expected = independent(fixture)
    target = tmp_path / "portfolio.xlsx"
    job = page.export("xlsx", str(target))
    with qtbot.waitSignal(job.signals.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not page.busy())
    assert str(target) in page.message.text() and page.open_folder_button.isEnabled()
    workbook = load_workbook(target, read_only=True)
    flat = list(workbook.worksheets[-1].iter_rows(values_only=True))
    assert len(flat) - 1 == expected["participations"]
    assert len({row[2] for row in flat[1:]}) == expected["individuals"]


def test_the_csv_and_pdf_exports_write_their_files(qtbot, page, tmp_path):
    for kind in ("csv", "pdf"):
        target = tmp_path / f"portfolio.{kind}"
        job = page.export(kind, str(target))
        with qtbot.waitSignal(job.signals.finished, timeout=30000):
            pass
        qtbot.waitUntil(lambda: not page.busy())
        assert target.stat().st_size > 0
    assert (tmp_path / "portfolio.pdf").read_bytes().startswith(b"%PDF")


def test_the_default_report_language_and_noun_are_those_of_the_settings(qtbot, fixture, tmp_path):  # noqa: F811
    # As on the Reports page: the Portfolio page spoke the window's language and said "participants"
    # whatever the default report language and noun in Settings were.
    from attendance import settings

    settings.save(fixture, {settings.REPORT_LANGUAGE: "fr", settings.REPORT_NOUN: "officials"})
    window = MainWindow(fixture, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    shown = window.page(PortfolioPage)
    window.tabs.setCurrentWidget(shown)
    _wait(qtbot, shown)
    assert (shown.language(), shown.noun()) == ("fr", "officials")
    assert shown.shown_sentence == reports.sentence(fixture, reports.portfolio(fixture, language="fr"), "fr",
                                                    noun="officials")
