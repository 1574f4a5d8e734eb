"""The sync property test with the hub in the mix: 2-5 laptops edit at random and sync in a random order,
some through the hub (a real server on a real PostgreSQL), some by bundles; after a full exchange every
laptop holds the same rows and change log, and the hub's merged rows and log are the same too."""

from __future__ import annotations

from hub_support import enrolment_code
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule, run_state_machine_as_test
from test_hub import assert_same_as_hub
from test_sync_property import Laptops

from attendance.hub import service
from attendance.sync import hub_client


class LaptopsWithHub(Laptops):
    """The laptops of the bundle property test, each also enrolled with one hub."""

    hub_url = ""
    database_url = ""

    @initialize(count=st.integers(2, 5))
    def set_up(self, count: int) -> None:
        with service.connect(self.database_url) as conn:  # each example starts with an empty hub
            conn.execute("TRUNCATE hub_changes, hub_rows, hub_devices, hub_enrolment_codes, hub_chain_segments "
                         "RESTART IDENTITY")
        super().set_up(count)
        for number, store in enumerate(self.stores):
            hub_client.enrol(store, self.hub_url, enrolment_code(self.database_url, f"laptop {number}"))

    @rule(data=st.data())
    def sync_with_hub(self, data: st.DataObject) -> None:
        hub_client.sync_with_hub(self.laptop(data))

    def full_exchange(self) -> None:
        """Everyone syncs with the hub twice (the second round brings what others sent after), and the
        hub's rows are checked against a laptop's."""
        for _ in range(2):
            for store in self.stores:
                hub_client.sync_with_hub(store)
        assert_same_as_hub(self.stores[0], self.database_url)


def test_laptops_converge_through_the_hub_and_bundles(hub, hub_database: str) -> None:
    LaptopsWithHub.hub_url, LaptopsWithHub.database_url = hub.url, hub_database
    run_state_machine_as_test(LaptopsWithHub, settings=settings(
        max_examples=6, stateful_step_count=20, deadline=None, derandomize=True, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]))
