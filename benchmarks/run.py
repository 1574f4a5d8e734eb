"""Run every benchmark (or those named) in its own process and print their figures.

``python benchmarks/run.py`` runs all ``bench_*.py`` here; ``python benchmarks/run.py foundation``
runs ``bench_foundation.py`` only. Each prints medians, percentiles and the ratio to its baseline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    """Run the chosen benchmarks one after another; returns non-zero if any failed to run."""
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    failed = 0
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        failed += subprocess.run([sys.executable, str(script)], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
