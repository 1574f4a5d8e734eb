"""The layers hold: the core never imports Qt, the kernel imports no feature room, nothing imports the hub.

Dependencies run one way (ARCHITECTURE §2): gui and cli → the feature packages (intake, documents,
reports, sync) → the kernel (the flat modules of ``attendance/``). The import rules are read from the
sources with ``ast``, so a lazy import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "attendance"
FEATURES = ("intake", "documents", "reports", "sync")
KERNEL = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in ("__main__", "__init__"))


def module_name(path: Path) -> str:
    """The dotted module name of a source file under ``attendance/``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def core_modules() -> list[str]:
    """Every module outside ``attendance/gui`` (and the hub, which has its own dependencies)."""
    return sorted(module_name(p) for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] not in ("gui", "hub") and p.stem != "__main__")


def imported_modules(path: Path) -> set[str]:
    """The absolute names every ``import`` / ``from … import`` statement of a file reaches."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_core_modules_do_not_import_pyside() -> None:
    modules = core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert {"attendance.intake.importer", "attendance.documents.sheets", "attendance.reports.summary",
            "attendance.sync.bundles", "attendance.cli.main"} <= set(modules)


def test_no_core_package_imports_the_gui() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p.relative_to(PACKAGE).parts[0] != "gui"
                 and any(name.startswith("attendance.gui") for name in imported_modules(p))
                 # the command line opens the window on demand: `attendance gui`
                 and module_name(p) != "attendance.cli.main"]
    assert offenders == []


def test_the_kernel_imports_no_feature_package() -> None:
    offenders = {name: sorted(m for m in imported_modules(PACKAGE / f"{name}.py")
                              if m.startswith(tuple(f"attendance.{room}" for room in FEATURES)))
                 for name in KERNEL}
    assert {name: found for name, found in offenders.items() if found} == {}
    assert {"store", "services", "checkin", "badges", "domain", "i18n"} <= set(KERNEL)


def test_nothing_in_the_desktop_app_imports_the_hub() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p.relative_to(PACKAGE).parts[0] != "hub"
                 and any(name.startswith("attendance.hub") for name in imported_modules(p))
                 # `attendance hub ...` is the one door into the server, loaded only by that command
                 and module_name(p) != "attendance.cli.hub"]
    assert offenders == []


def test_the_feature_rooms_exist_and_the_kernel_stays_small() -> None:
    for room in (*FEATURES, "cli"):
        assert (PACKAGE / room / "__init__.py").read_text(encoding="utf-8").startswith('"""'), room
    # 13: organisations (funders, partners, projects) and the document settings are shared by every feature
    # room; presence (the attendance tables the reports read) is kept by every room that writes
    assert len(KERNEL) <= 13, KERNEL
