"""The hub: the organisation's sync server (``pip install "workshop-attendance[hub]"``).

An ASGI application (:mod:`attendance.hub.app`, Starlette under uvicorn) over PostgreSQL
(:mod:`attendance.hub.service`, psycopg 3 with a connection pool). Every hub process is stateless:
the change log, the merged rows and the enrolled devices are all in the database, so several
processes serve one organisation. Changes are validated and merged with the same core code as a
bundle import on a laptop. Only ``attendance/cli/hub.py`` imports this package, lazily.
"""
