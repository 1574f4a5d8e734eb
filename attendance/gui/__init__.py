"""The Qt window: widgets, models and dialogs over the core services; no business rules live here.

The core's pure-Python libraries the window needs at start-up (sqlite-utils, Babel, through
:mod:`attendance.services`) are imported here, before any PySide6 import: once PySide6 is loaded,
its import hook reads the source of every module imported after it (to look for ``__feature__``
switches, PYSIDE-2029), which makes each of those imports slower.

Libraries only some actions need (fpdf2 with numpy and fontTools, openpyxl, rapidfuzz, zxing-cpp,
and the core modules that use them: badge_sheets, documents, exports, importer, matching) are
*not* imported here nor at the top of a window module: they are imported inside the function or
worker that uses them, so they cost on the first badge sheet, export or import, not at every
start. Measured (fresh interpreters, medians): importing the core before PySide6 saves ~40 ms;
fpdf costs ~0.30 s imported before PySide6 and ~0.37 s after it, so paying it at start-up "to
dodge the hook" would lose 0.3 s on every start to save ~0.07 s once, on the first PDF.
"""

import attendance.services  # noqa: F401  (sqlite-utils, Babel: needed by the first page anyway)
