"""Run the command line with ``python -m attendance``."""

from attendance.cli import main

raise SystemExit(main())
