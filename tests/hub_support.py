"""A real PostgreSQL server and real hub processes for the hub's tests (and its benchmark).

``PostgresServer`` runs Debian's PostgreSQL binaries in a temporary folder on a free loopback port
(as the ``postgres`` user when run as root: initdb refuses root), ``HubProcess`` runs
``attendance hub serve`` against one of its databases. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import psycopg

from attendance.hub import service


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_bindir() -> Path:
    """Where initdb and pg_ctl are: ``pg_config --bindir``, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which("pg_config")
    if found:
        folder = Path(subprocess.run([found, "--bindir"], capture_output=True, text=True, check=True).stdout.strip())
        if (folder / "initdb").exists():
            return folder
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not candidates:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    return Path(candidates[-1]).parent


class PostgresServer:
    """A throwaway PostgreSQL cluster: ``start()``, ``new_database()``, ``stop()``."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="hub-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.bindir = postgres_bindir()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresServer:
        """initdb and start the server (about a second); returns itself."""
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=200 "
                   "-c shared_buffers=128MB")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.folder / "log"),
                  "-o", options, "start")
        return self

    def url(self, database: str = "postgres") -> str:
        """The connection URL of one database of this server."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh database with the hub's schema; returns its URL."""
        name = f"hub_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        url = self.url(name)
        with service.connect(url) as conn:
            service.migrate(conn)
        return url

    def stop(self) -> None:
        """Stop the server (fast mode) and remove its folder."""
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class HubProcess:
    """``attendance hub serve`` in a child process on a free loopback port."""

    def __init__(self, database_url: str, *, workers: int = 1) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> HubProcess:
        """Start it and wait until it answers ``/v1/status``."""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "attendance", "hub", "serve", "--database", self.database_url,
             "--port", str(self.port), "--workers", str(self.workers)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub exited: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(self.url + "/v1/status", timeout=2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the hub did not answer within 30 s")

    def kill(self) -> None:
        """SIGKILL the hub (its whole process group: uvicorn's workers too) and wait for it."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        if self.process:
            self.process.wait(timeout=30)

    def alive(self) -> bool:
        """Whether the process still runs."""
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Stop it gracefully (SIGTERM), or kill it after 10 s."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process and self.process.stderr:
            self.process.stderr.close()


def enrolment_code(database_url: str, name: str = "laptop") -> str:
    """A fresh one-time code, as ``attendance hub enrol`` makes it."""
    with service.connect(database_url) as conn:
        return service.create_enrolment(conn, name)
