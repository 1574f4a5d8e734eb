"""Run the command line with ``python -m attendance``."""

from attendance.cli.main import main

raise SystemExit(main())
