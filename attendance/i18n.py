"""The core's translations (PDFs, CSV headers, CLI messages) and language-aware formatting.

The GUI translates its own strings with Qt Linguist; everything the core prints or writes goes
through :func:`tr` / :func:`ntr` / :func:`ptr` here, keyed by the English text. The translations are
gettext catalogs, ``resources/i18n/<lang>/LC_MESSAGES/attendance.po`` (edited with Poedit or any PO
editor), extracted and compiled to ``.mo`` by ``tools/update_translations.py`` with Babel.
Long dates and lists ("Honduras, Panamá y El Salvador") come from CLDR via Babel; country names are
the UN's (UNTERM) in English, Spanish and French, CLDR's in Portuguese.
"""

from __future__ import annotations

import datetime as dt
import gettext
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from babel import Locale
from babel.dates import format_date, match_skeleton
from babel.lists import format_list

from attendance import assets

# The one list of languages: the CLI's --lang, the window's language menu, the documents' language
# and tools/update_translations.py (which makes a new language's .po and .ts files) all read it.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português (Brasil)"}

_current_language = "en"


def set_language(language: str) -> None:
    """Choose the language of core output for this process (one of :data:`LANGUAGES`, else English)."""
    global _current_language
    _current_language = language if language in LANGUAGES else "en"


def current_language() -> str:
    """The language chosen with :func:`set_language` (English by default)."""
    return _current_language


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of a language, read on first use (English, or a missing file: the sources' text).

    A missing translation comes back in English rather than failing: a test keeps the catalogs
    complete, and a missing translation must never stop a print at the door.
    """
    if language == "en" or language not in LANGUAGES:
        return gettext.NullTranslations()
    compiled = assets.translations_folder() / language / "LC_MESSAGES" / "attendance.mo"
    try:
        with compiled.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.NullTranslations()


def N_(text: str) -> str:
    """Mark a text translated later, at run time, with ``tr(variable)`` (a domain value, a column title).

    It returns the text unchanged; ``pybabel extract`` finds it, so the catalogs hold it.
    """
    return text


def tr(text: str, language: str | None = None, **values: object) -> str:
    """Translate ``text`` (English, the catalog's key) and fill its ``{placeholders}`` with ``values``."""
    translated = translations(language or _current_language).gettext(text)
    return translated.format(**values) if values else translated


def ptr(context: str, text: str, language: str | None = None, **values: object) -> str:
    """:func:`tr` for an English word with two meanings, told apart by ``context`` (gettext's pgettext).

    ``ptr("sex", "Other")`` and ``ptr("sector", "Other")`` can then take "Otra" and "Otro".
    """
    translated = translations(language or _current_language).pgettext(context, text)
    return translated.format(**values) if values else translated


def ntr(singular: str, plural: str, count: int, language: str | None = None, **values: object) -> str:
    """Translate a counted text with the language's plural rules; ``{n}`` is the count.

    ``ntr("{n} session", "{n} sessions", 1)`` gives "1 session"; in French and Brazilian Portuguese
    0 and 1 take the singular ("0 session"), in Spanish only 1 does, and a round million takes CLDR's
    ``many`` form ("1 000 000 de sesiones"). The rules are the catalogs' ``Plural-Forms``, written by
    Babel from CLDR.
    """
    return translations(language or _current_language).ngettext(singular, plural, count).format(
        n=count, **values)


def nptr(context: str, singular: str, plural: str, count: int, language: str | None = None,
         **values: object) -> str:
    """:func:`ntr` with a ``context``, as :func:`ptr` (gettext's npgettext)."""
    return translations(language or _current_language).npgettext(context, singular, plural, count).format(
        n=count, **values)


def country_name(code: str | None, language: str | None = None) -> str:
    """The UN short name of an ISO 3166 alpha-2 country in the language ("KN" -> "Saint Kitts y Nevis" in es).

    English, Spanish and French: UNTERM's short names (other areas: the UN's M49 names), from
    ``resources/countries/unterm.json``; Portuguese, and codes the UN lists do not have: CLDR's.
    An unknown code comes back as it is.
    """
    if not code:
        return ""
    return _territories(language or _current_language).get(code.upper(), code)


def country_names(language: str | None = None) -> dict[str, str]:
    """All countries (ISO alpha-2 code -> name in the language), sorted by name as a reader expects
    (accents and case ignored, so "Égypte" comes before "Espagne")."""
    names = {
        code: name
        for code, name in _territories(language or _current_language).items()
        if len(code) == 2 and code.isalpha() and code not in {"ZZ", "XA", "XB", "QO", "EU", "EZ", "UN"}
    }
    return dict(sorted(names.items(), key=lambda item: _sort_key(item[1])))


def cldr_country_names(language: str) -> dict[str, str]:
    """CLDR's country names (code -> name), which people also type ("San Cristóbal y Nieves", "Bolivia")."""
    return dict(Locale.parse(language).territories)


def _sort_key(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def date_locale(language: str | None = None) -> str:
    """The CLDR locale dates are written in: English dates as the United Nations writes them,
    day before month ("24 February 2022", "7–10 December 2021"), which is CLDR's British English."""
    language = language or _current_language
    return "en_GB" if language == "en" else language


def long_date(day: dt.date | str | None, language: str | None = None) -> str:
    """A date written out for the language: "24 February 2022", "24 de febrero de 2022"."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return format_date(day, format="long", locale=date_locale(language))


def date_range(start: str | None, end: str | None, language: str | None = None) -> str:
    """An event's dates as one phrase, as short as the language writes them with full month names.

    "7–10 de diciembre de 2026", "7–10 December 2026", "28 novembre – 3 décembre 2026";
    a single day is :func:`long_date`. This is CLDR's "yMMMMd" interval format (as the badges,
    the documents' headers and the command line print it), English in its day-month-year form.
    Where a locale has no "yMMMMd" interval (English, French), Babel falls back to "yMMMd" with
    abbreviated months ("7 – 10 Dec"); CLDR's rule is then to widen the month field to the
    requested width, done here. A range of days in one month takes an unspaced en dash ("7–10"),
    as the UN and the Spanish and French locales write it.
    """
    if not start:
        return ""
    if not end or end == start:
        return long_date(start, language)
    locale = Locale.parse(date_locale(language))
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    formats = locale.interval_formats
    skeleton = _RANGE_SKELETON if _RANGE_SKELETON in formats else match_skeleton(_RANGE_SKELETON, formats)
    pieces = formats[skeleton] if skeleton else {}
    field = "y" if first.year != last.year else "M" if first.month != last.month else "d"
    if field not in pieces:
        return f"{long_date(first, language)} – {long_date(last, language)}"
    text = "".join(format_date(day, _full_months(pattern), locale=locale)
                   for pattern, day in zip(pieces[field], (first, last), strict=True))
    return _DAY_RANGE.sub(r"\1–\2", text) if field == "d" else text


_DAY_RANGE = re.compile(r"(\d)\s*[–-]\s*(\d)")


def day_blocks(days: Iterable[str | dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Days grouped into blocks of consecutive days, each as (first, last), in date order.

    A course held 7–10 December and 15–18 February is two blocks; repeated days count once.
    """
    blocks: list[tuple[dt.date, dt.date]] = []
    for day in sorted({dt.date.fromisoformat(d) if isinstance(d, str) else d for d in days}):
        if blocks and (day - blocks[-1][1]).days == 1:
            blocks[-1] = (blocks[-1][0], day)
        else:
            blocks.append((day, day))
    return blocks


def blocks_range(days: Iterable[str | dt.date], language: str | None = None) -> str:
    """The dates of ``days`` as blocks joined as the language joins a list:
    "7–10 December 2021 and 15–18 February 2022", "7–10 de diciembre de 2021 y 15–18 de febrero de 2022"."""
    return join_list([date_range(first.isoformat(), last.isoformat(), language)
                      for first, last in day_blocks(days)], language)


_RANGE_SKELETON = "yMMMMd"
# An abbreviated month field (MMM, or stand-alone LLL) outside a 'quoted literal'.
_ABBREVIATED_MONTH = re.compile(r"'[^']*'|(?<![ML])(MMM|LLL)(?![ML])")


def _full_months(pattern: str) -> str:
    """A CLDR date pattern with abbreviated months made full ("MMM d" -> "MMMM d")."""
    return _ABBREVIATED_MONTH.sub(lambda m: m.group(1) + m.group(1)[0] if m.group(1) else m.group(0), pattern)


def join_list(items: list[str], language: str | None = None) -> str:
    """Join names as the language does: "A, B and C", "A, B y C", "A, B et C"."""
    return format_list(list(items), locale=language or _current_language) if items else ""


def country_article(code: str, language: str) -> str | None:
    """The article UNTERM gives the country's short name in ``language`` ("the" Bahamas, "las"
    Bahamas, "la" Barbade; "" for none, as Czechia), or None when UNTERM does not list the code."""
    entry = _un_names().get(code.upper(), {})
    if entry.get("source") != "UNTERM":
        return None
    return dict(entry.get("articles") or {}).get(language, "")


@cache
def _un_names() -> dict[str, dict[str, str]]:
    """UNTERM / M49 names by code, then language (the data file's "countries")."""
    with assets.country_names_file().open(encoding="utf-8") as handle:
        return json.load(handle)["countries"]


@cache
def _territories(language: str) -> dict[str, str]:
    names = cldr_country_names(language)
    names.update({code: entry[language] for code, entry in _un_names().items() if language in entry})
    return names


# Texts the core translates at run time, ``tr(variable)``: named here so that ``pybabel extract`` finds them
# (tests/test_core_i18n.py checks that each value of these kinds is here).
RUNTIME_TEXTS: tuple[str, ...] = (
    # event kinds, modalities ("in_person" shown as "in person"), roles and statuses (domain.py)
    N_("workshop"), N_("webinar"), N_("course"), N_("seminar"), N_("roundtable"), N_("meeting"), N_("other"),
    N_("in person"), N_("virtual"), N_("hybrid"), N_("participant"), N_("speaker"), N_("organiser"), N_("observer"),
    N_("registered"), N_("cancelled"),
    # sectors (reports/summary.py SECTOR_LABELS)
    N_("government ministry"), N_("police"), N_("armed forces / defence"), N_("customs / border"),
    N_("prosecution / judiciary"), N_("forensic science"), N_("legislature"), N_("academia"), N_("civil society"),
    N_("international organisation"), N_("private sector"), N_("media"),
    # values named in error messages (domain.py, services.py)
    N_("{what}: {value!r} is not one of {allowed}"), N_("start date"), N_("end date"), N_("session date"),
    # column titles of lists and sheets (documents/lists.py, sheets.py, layouts.py)
    N_("Sessions"), N_("Sex"), N_("Status"), N_("Email"), N_("Family names"), N_("Given names"), N_("Person ID"),
    N_("Phone"), N_("Position"), N_("Registration ID"), N_("Signature"),
    # badge layouts (documents/layouts.py)
    N_("A4, 8 badges of 95 x 68 mm (2 x 4) with cut marks"),
    N_("A4 label sheet, 8 labels of 99.1 x 67.7 mm (Avery L7165, L7993)"),
    N_("US Letter name badge labels, 8 of 3 3/8 x 2 1/3 in (Avery 5395, 8395)"),
    N_("CR80 card, 85.6 x 54 mm, one per page (card printers)"), N_("A6, 105 x 148 mm, one badge per page"),
    # import outcomes (intake/importer.py)
    N_("rejected"), N_("duplicate"), N_("skipped"),
)
