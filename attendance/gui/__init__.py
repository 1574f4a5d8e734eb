"""The Qt window: widgets, models and dialogs over the core services; no business rules live here.

The pure-Python libraries the window uses are imported here, before any PySide6 import: once
PySide6 is loaded, its import hook reads the source of every module imported after it (to look
for ``__feature__`` switches, PYSIDE-2029), which added about a second to the window's start.
"""

import fpdf  # noqa: F401  (PDFs made by the pages: badges, reports)

import attendance.services  # noqa: F401  (sqlite-utils, Babel)
