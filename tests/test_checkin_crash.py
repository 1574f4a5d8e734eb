"""Killing the station mid-scan loses no confirmed check-in and leaves a sound database.

A child process checks in and prints each id after its commit; it is killed with SIGKILL at a
random moment, 20 times. ``benchmarks/crash_soak.py`` runs the same 200 times.
"""

from __future__ import annotations

import random

import crash_child  # tests/ is on sys.path (rootdir-relative test modules)
import pytest

from attendance.store import Store

ROUNDS = 20


@pytest.mark.slow
def test_every_printed_checkin_survives_sigkill(tmp_path):
    path = tmp_path / "crash.db"
    crash_child.prepare_database(path)
    rng = random.Random(20261207)
    printed, undone = [], []
    for _ in range(ROUNDS):
        checked_in, undid = crash_child.kill_round(path, rng)
        printed += checked_in
        undone += undid
        with Store(path) as store:  # opening runs quick_check; a damaged file would raise here
            assert store.integrity_check() == ["ok"]
    assert len(printed) > ROUNDS  # the kills did land while check-ins were being written
    with Store(path) as store:
        stored = {row["id"] for row in store.rows("SELECT id FROM checkins")}
        undo_targets = {row["undoes"] for row in store.rows("SELECT undoes FROM checkins WHERE undoes IS NOT NULL")}
        logged = {row["entity_id"] for row in store.rows("SELECT entity_id FROM changes WHERE entity = 'checkins'")}
    assert set(printed) <= stored
    assert set(undone) <= undo_targets
    assert stored <= logged  # every check-in row has its change-log row (same transaction)
