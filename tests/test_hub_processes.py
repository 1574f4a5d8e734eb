"""Several hub processes on one database, and a hub killed mid-push: the hub keeps no state of its own,
and an acknowledged change is committed in PostgreSQL before the answer."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

from hub_support import HubProcess, enrolment_code
from test_hub import assert_same_as_hub
from test_sync_property import canonical_dump

from attendance import services
from attendance.hub import service
from attendance.store import Store
from attendance.sync import hub_client


def enrolled(folder: Path, name: str, url: str, database_url: str) -> Store:
    store = Store(folder / f"{name}.db")
    hub_client.enrol(store, url, enrolment_code(database_url, name))
    return store


def use_hub(store: Store, url: str) -> None:
    """Point a laptop at another process of the same hub (as a load balancer would)."""
    with store.transaction():
        store.execute("UPDATE hub_link SET url = ?", [url])


def test_two_hub_processes_on_one_database_converge(tmp_path: Path, hub_database: str) -> None:
    hubs = [HubProcess(hub_database).start(), HubProcess(hub_database).start()]
    try:
        rng = random.Random(14)
        laptops = [enrolled(tmp_path, f"desk{n}", hubs[n % 2].url, hub_database) for n in range(4)]
        event = services.create_event(laptops[0], title="Regional Course", code="RC26", start_date="2026-12-07",
                                      end_date="2026-12-08")
        hub_client.sync_with_hub(laptops[0])
        for store in laptops[1:]:
            hub_client.sync_with_hub(store)
        for round_number in range(3):
            for number, store in enumerate(laptops):
                for n in range(15):
                    services.register(store, event.id, given_names=f"P{round_number}-{number}-{n}",
                                      family_names="Test", sex=rng.choice(["female", "male"]))
            # Everyone pushes at once, each to either process: the advisory lock orders the commits.
            for store in laptops:
                use_hub(store, rng.choice(hubs).url)
            errors: list[BaseException] = []

            def sync(path: Path, errors: list[BaseException] = errors) -> None:
                try:
                    with Store(path) as own:
                        hub_client.sync_with_hub(own)
                except BaseException as error:  # reported below
                    errors.append(error)
            threads = [threading.Thread(target=sync, args=(store.path,)) for store in laptops]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            assert errors == []
        for store in laptops:
            use_hub(store, rng.choice(hubs).url)
            hub_client.sync_with_hub(store)
        for store in laptops:
            hub_client.sync_with_hub(store)
        dumps = [canonical_dump(store) for store in laptops]
        assert all(dump == dumps[0] for dump in dumps[1:])
        assert len(dumps[0]["people"]) == 4 * 3 * 15
        assert_same_as_hub(laptops[0], hub_database)
    finally:
        for process in hubs:
            process.stop()


def test_killing_the_hub_mid_push_loses_nothing_acknowledged_and_doubles_nothing(
        tmp_path: Path, hub_database: str, monkeypatch) -> None:
    hub = HubProcess(hub_database).start()
    store = enrolled(tmp_path, "desk", hub.url, hub_database)
    for batch in range(12):  # 12,000 changes, in 12 local transactions
        store.insert_many("people", [{"given_names": f"Person {batch}-{n}", "family_names": "Test", "sex": "female"}
                                     for n in range(1000)])
    total = store.scalar("SELECT count(*) FROM changes")
    monkeypatch.setattr(hub_client, "PUSH_PAGE", -(-total // 20))  # 20 pushes
    rng = random.Random(1414)
    stop, running = threading.Event(), threading.Event()
    running.set()

    def killer() -> None:
        """SIGKILL the hub at a random moment after each (re)start, six times."""
        for _ in range(6):
            while not running.wait(timeout=0.05):
                if stop.is_set():
                    return
            time.sleep(rng.uniform(0.01, 0.3))
            if stop.is_set():
                return
            running.clear()
            hub.kill()

    thread = threading.Thread(target=killer)
    thread.start()
    kills = attempts = 0
    try:
        while attempts < 200:
            attempts += 1
            if not running.is_set():
                kills += 1
                hub.start()
                running.set()
            try:
                hub_client.sync_with_hub(store)
                break
            except hub_client.HubSyncError:
                pass
            finally:
                acknowledged = {row[0] for row in store.execute(
                    "SELECT id FROM changes WHERE rowid <= (SELECT pushed_rowid FROM hub_link)")}
                with service.connect(hub_database) as conn:
                    held = {row[0] for row in conn.execute("SELECT id FROM hub_changes")}
                assert acknowledged <= held  # every acknowledged change survived the kill
    finally:
        stop.set()
        thread.join()
        if not hub.alive():
            hub.start()
    try:
        assert kills >= 2 and hub_client.hub_status(store).waiting == 0
        with service.connect(hub_database) as conn:
            logged = conn.execute("SELECT count(*), count(DISTINCT id) FROM hub_changes").fetchone()
        assert logged == (total, total)  # nothing doubled, nothing missing
        assert_same_as_hub(store, hub_database)
    finally:
        hub.stop()
