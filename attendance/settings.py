"""The document settings (organisation, logos, signatory, certificate rule, report defaults, CSV delimiter).

One typed registry, :data:`SETTINGS`, over the device's ``meta`` table: each setting has a key,
a kind, a default, a validation and a translated label and help. The Settings dialog and
``attendance settings show|set|unset`` both go through :func:`save` (every value checked first,
then all written in one transaction), and the documents read typed values with :func:`value`;
the raw ``meta`` keys stay an implementation detail of this module. (The window's own state —
geometry, last event, language — is Qt's, in ``gui/settings.py``.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from attendance.domain import InvalidValue
from attendance.i18n import LANGUAGES, N_, tr
from attendance.store import Store

# The meta keys (kept as they were when documents read them directly, so existing databases keep theirs).
ORGANISATION_NAME = "organisation_name"
ORGANISER_LOGO = "organiser_logo"
PARTNER_LOGOS = "partner_logos"  # a JSON list of paths
SIGNATURE_IMAGE = "signature_image"
SIGNATORY_NAME = "signatory_name"
SIGNATORY_TITLE = "signatory_title"
CERTIFICATE_THRESHOLD = "certificate_threshold"  # percent, an integer from 1 to 100
CERTIFICATE_RULE = "certificate_rule"
REPORT_LANGUAGE = "report_language"
REPORT_NOUN = "report_noun"
CSV_DELIMITER = "csv_delimiter"

DEFAULT_CERTIFICATE_THRESHOLD = 75
ALL_SESSIONS, ANY_BLOCK = "all_sessions", "any_block"
# The nouns of reports.summary.NOUNS (the kernel cannot import a feature room; a test keeps them equal).
REPORT_NOUNS = ("participants", "officials", "representatives")

Value = str | int | list[str]


class Kind(StrEnum):
    """How a setting's value is typed, checked and shown."""

    TEXT = "text"  # free text, one line
    IMAGE = "image"  # the path of a readable image
    IMAGES = "images"  # a list of such paths
    PERCENT = "percent"  # an integer from 1 to 100
    CHOICE = "choice"  # one of ``choices``


@dataclass(frozen=True)
class Setting:
    """One document setting: its key, kind, default and the English label and help shown translated."""

    key: str
    kind: Kind
    label: str
    help: str
    default: Value = ""
    # CHOICE: (value, English label) pairs; "" is the "not set" choice when the default is "".
    choices: tuple[tuple[str, str], ...] = ()

    def title(self, language: str | None = None) -> str:
        """The label in the language."""
        return tr(self.label, language)

    def explanation(self, language: str | None = None) -> str:
        """The help text in the language."""
        return tr(self.help, language)

    def choice_label(self, choice: str, language: str | None = None) -> str:
        """How a choice reads in the language ("semicolon (;)", "Español")."""
        label = dict(self.choices).get(choice, choice)
        return label if choice in LANGUAGES and self.key == REPORT_LANGUAGE else tr(label, language)


SETTINGS: tuple[Setting, ...] = (
    Setting(ORGANISATION_NAME, Kind.TEXT, N_("Organisation name"),
            N_("The organisation that runs the events, as documents name it.")),
    Setting(ORGANISER_LOGO, Kind.IMAGE, N_("Organisation logo"),
            N_("An image (PNG or JPEG) shown at the top of documents and badges.")),
    Setting(PARTNER_LOGOS, Kind.IMAGES, N_("Partner and funder logos"),
            N_("Images shown next to the organisation's logo, in this order."), default=[]),
    Setting(SIGNATORY_NAME, Kind.TEXT, N_("Signatory name"), N_("The person who signs the certificates.")),
    Setting(SIGNATORY_TITLE, Kind.TEXT, N_("Signatory title"),
            N_("The signatory's position, printed under the name.")),
    Setting(SIGNATURE_IMAGE, Kind.IMAGE, N_("Signature image"),
            N_("A scanned signature printed above the signatory's name on certificates.")),
    Setting(CERTIFICATE_THRESHOLD, Kind.PERCENT, N_("Certificate threshold (%)"),
            N_("The share of sessions a participant must attend to receive a certificate (1 to 100)."),
            default=DEFAULT_CERTIFICATE_THRESHOLD),
    Setting(CERTIFICATE_RULE, Kind.CHOICE, N_("Certificate rule"),
            N_("Count the threshold over all the sessions, or over any one block of consecutive days."),
            default=ALL_SESSIONS,
            choices=((ALL_SESSIONS, N_("of all sessions")), (ANY_BLOCK, N_("of any one block")))),
    Setting(REPORT_LANGUAGE, Kind.CHOICE, N_("Report language"),
            N_("The language of documents and lists when none is chosen for them."),
            choices=(("", N_("the language of the window or command")), *LANGUAGES.items())),
    Setting(REPORT_NOUN, Kind.CHOICE, N_("Report noun"),
            N_("What the ready-to-paste sentences call the people who took part."), default="participants",
            choices=(("participants", N_("participants")), ("officials", N_("officials")),
                     ("representatives", N_("representatives")))),
    Setting(CSV_DELIMITER, Kind.CHOICE, N_("CSV delimiter"),
            N_("The separator of CSV lists. By language: a semicolon for Spanish, French and Portuguese "
               "(as Excel expects there), a comma for English."),
            choices=(("", N_("by language")), (",", N_("comma (,)")), (";", N_("semicolon (;)")),
                     ("\t", N_("tab")))),
)
BY_KEY: dict[str, Setting] = {setting.key: setting for setting in SETTINGS}
# What may be typed for a delimiter on the command line, where a tab is awkward.
_DELIMITER_WORDS = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t"}


def setting(key: str) -> Setting:
    """The setting of a key; an unknown key raises InvalidValue listing the known ones."""
    found = BY_KEY.get(key.strip().lower().replace("-", "_"))
    if found is None:
        raise InvalidValue(tr("Unknown setting {key}; the settings are: {keys}", key=key,
                              keys=", ".join(BY_KEY)))
    return found


def value(store: Store, key: str) -> Value:
    """A setting's typed value: what was saved, else its default (also for a value saved by hand that
    no longer reads, so a document never fails on a setting)."""
    entry = setting(key)
    stored = store.meta(entry.key)
    if stored is None or stored == "":
        return _copy(entry.default)
    if entry.kind is Kind.IMAGES:
        return _path_list(stored)
    if entry.kind is Kind.PERCENT:
        try:
            number = float(stored)
        except ValueError:
            return entry.default
        return int(number) if number.is_integer() and 1 <= number <= 100 else entry.default
    if entry.kind is Kind.CHOICE and stored not in dict(entry.choices):
        return _copy(entry.default)
    return stored


def values(store: Store) -> dict[str, Value]:
    """Every setting's typed value, in the registry's order."""
    return {entry.key: value(store, entry.key) for entry in SETTINGS}


def validate(key: str, given: Value | None) -> Value:
    """The value to store for a setting, checked and normalised; raises InvalidValue naming the setting.

    ``given`` may be the typed value or text as typed on the command line (a number, a list of
    paths as JSON or separated by ``;``, "tab" for a tab). An empty value means "not set".
    """
    entry = setting(key)
    if given is None or given == "" or given == []:
        return _copy(entry.default)
    if entry.kind is Kind.TEXT:
        return " ".join(str(given).split())
    if entry.kind is Kind.IMAGE:
        return _image(entry, str(given))
    if entry.kind is Kind.IMAGES:
        paths = given if isinstance(given, list) else _path_list(str(given))
        return [_image(entry, str(path)) for path in paths if str(path).strip()]
    if entry.kind is Kind.PERCENT:
        return _percent(entry, given)
    return _choice(entry, str(given))


def save(store: Store, changes: Mapping[str, Value | None]) -> dict[str, Value]:
    """Check every change, then write them all in one transaction; returns the values as saved.

    A value equal to the default, or empty, removes the setting (the default then applies). Nothing
    is written when any value is refused.
    """
    checked = {setting(key).key: validate(key, given) for key, given in changes.items()}
    with store.transaction():
        for key, normalised in checked.items():
            if normalised == BY_KEY[key].default or normalised in ("", []):
                store.execute("DELETE FROM meta WHERE key = ?", [key])
            else:
                text = json.dumps(normalised, ensure_ascii=False) if isinstance(normalised, list) else str(normalised)
                store.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, text])
    return {key: value(store, key) for key in checked}


def unset(store: Store, key: str) -> None:
    """Remove a setting: its default applies again."""
    save(store, {key: None})


def shown(key: str, current: Value, language: str | None = None) -> str:
    """A value as a person reads it ("tab", "of any one block", the paths one after the other)."""
    entry = setting(key)
    if entry.kind is Kind.CHOICE:
        return entry.choice_label(str(current), language)
    if isinstance(current, list):
        return "; ".join(current)
    return str(current)


def _image(entry: Setting, text: str) -> str:
    """The absolute path of a file Pillow can read as an image, else InvalidValue saying what is wrong."""
    from PIL import Image  # imported here: only checking an image needs it

    path = Path(text.strip()).expanduser()
    if not path.is_file():
        raise InvalidValue(tr("{setting}: there is no file {path}", setting=entry.title(), path=path))
    try:
        with Image.open(path) as image:
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise InvalidValue(tr("{setting}: {path} is not an image that can be read (use PNG or JPEG)",
                              setting=entry.title(), path=path)) from None
    return str(path.resolve())


def _percent(entry: Setting, given: Value) -> int:
    text = str(given).strip().rstrip("%").strip()
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = 0.0
    if not number.is_integer() or not 1 <= number <= 100:
        raise InvalidValue(tr("{setting}: must be a whole number from 1 to 100, not {value}", setting=entry.title(),
                              value=given))
    return int(number)


def _choice(entry: Setting, text: str) -> str:
    allowed = dict(entry.choices)
    if text in allowed:
        return text
    word = text.strip().lower()
    if entry.key == CSV_DELIMITER:
        word = _DELIMITER_WORDS.get(word, word)
    if word in allowed:
        return word
    raise InvalidValue(tr("{setting}: {value} is not one of {allowed}", setting=entry.title(), value=text,
                          allowed=", ".join(_typed(choice) for choice in allowed if choice)))


def _typed(choice: str) -> str:
    """A choice as it can be typed ("tab" for a tab character)."""
    return "tab" if choice == "\t" else choice


def _path_list(text: str) -> list[str]:
    """Paths from a JSON list, or separated by ``;`` or new lines (as older versions stored them)."""
    try:
        parts = json.loads(text) if text.lstrip().startswith("[") else text.replace("\n", ";").split(";")
    except ValueError:
        parts = []
    return [str(part).strip() for part in parts if str(part).strip()] if isinstance(parts, list) else []


def _copy(default: Value) -> Value:
    return list(default) if isinstance(default, list) else default
