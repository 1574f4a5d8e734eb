"""Where the files shipped with the package live: migrations, forms, fonts, translations, icons.

Every lookup of a shipped file goes through here, so the package layout (``ui/``, ``db/`` and
``resources/`` mapped to ``attendance.ui``, ``attendance.db`` and ``attendance.resources``) is
known in one place only.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def migrations() -> list[Traversable]:
    """The SQL migration files, ordered by their number prefix."""
    folder = files("attendance.db.migrations")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)


def font(name: str = "DejaVuSans.ttf") -> Traversable:
    """A bundled font file (DejaVuSans.ttf or DejaVuSans-Bold.ttf)."""
    return files("attendance.resources.fonts") / name


def form(name: str) -> Traversable:
    """A Qt Designer form from ``ui/``, e.g. ``form("event_dialog.ui")``."""
    return files("attendance.ui") / name


def translations_folder() -> Traversable:
    """The folder holding the Qt Linguist ``.ts`` and compiled ``.qm`` files."""
    return files("attendance.resources.i18n")


def country_names_file() -> Traversable:
    """The UN short country names in en/es/fr (``resources/countries/unterm.json``, see its README)."""
    return files("attendance.resources.countries") / "unterm.json"


def icon(name: str) -> Traversable:
    """A bundled icon or sound from ``resources/icons/``."""
    return files("attendance.resources.icons") / name
