"""The README's two commands stay true: CI runs exactly its test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _code_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```\n(.*?)```", text, flags=re.S)]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Run the tests", 1)[1]
    test_command = _code_blocks(section)[0]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines


def test_readme_start_command_installs_and_starts_the_app() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = _code_blocks(readme.split("## Start the app", 1)[1])[0]
    assert "pip install -e ." in start and start.endswith(".venv/bin/attendance")
