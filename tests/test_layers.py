"""The core never imports Qt: the CLI, reports and sync run where no display exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "attendance").glob("*.py")
              if p.stem not in ("__main__",))


def test_core_modules_do_not_import_pyside() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module('attendance.' + name if name != '__init__' else 'attendance')\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(CORE) >= 8
