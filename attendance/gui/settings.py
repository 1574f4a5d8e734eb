"""The window's remembered settings (QSettings: organisation and application "Attendance").

Window geometry, the last event and the chosen language live here, per user, not in the database
(a database travels between laptops; a window size does not). Tests pass their own QSettings file
so they never touch the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from attendance.i18n import LANGUAGES

ORGANISATION = "Attendance"
APPLICATION = "Attendance"

LANGUAGE_KEY = "language"
GEOMETRY_KEY = "window/geometry"
LAST_EVENT_KEY = "window/last_event"


def user_settings() -> QSettings:
    """The user's settings store (e.g. ``~/.config/Attendance/Attendance.conf`` on Linux)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def file_settings(path: str) -> QSettings:
    """Settings kept in one INI file (tests and portable installs)."""
    return QSettings(path, QSettings.Format.IniFormat)


def chosen_language(settings: QSettings, requested: str | None = None) -> str:
    """The UI language: the one asked for, else the saved one, else the system's if we have it, else English."""
    for candidate in (requested, settings.value(LANGUAGE_KEY), QLocale.system().name()[:2]):
        if isinstance(candidate, str) and candidate in LANGUAGES:
            return candidate
    return "en"
