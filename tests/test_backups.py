"""Automatic verified backups: made only when data changed, at most every N minutes, thinned as Anki does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from attendance import backups, services
from attendance.store import Store, StoreError


def _backup_at(made: dt.datetime) -> tuple[dt.datetime, Path]:
    return made, Path(made.strftime(backups.NAME_FORMAT))


def test_thinning_keeps_today_and_yesterday_then_one_a_day_a_week_a_month():
    # The scenario of Anki's own thinning test (rslib/src/collection/backup.rs, thinning_manual).
    today = dt.date(2022, 2, 22)
    limits = backups.Limits(daily=3, weekly=2, monthly=1)
    cases = [
        (dt.datetime(2022, 2, 22), False), (dt.datetime(2022, 2, 22, 0, 0, 1), False),
        (dt.datetime(2022, 2, 21), False),  # grace: today and yesterday
        (dt.datetime(2022, 2, 20, 6), True), (dt.datetime(2022, 2, 20, 18), False),  # dailies
        (dt.datetime(2022, 2, 10), False), (dt.datetime(2022, 2, 9), False),
        (dt.datetime(2022, 2, 7), True),  # a Monday of a week already kept
        (dt.datetime(2022, 2, 6, 1), True), (dt.datetime(2022, 2, 6, 2), False),  # weeklies
        (dt.datetime(2022, 1, 6), False),
        (dt.datetime(2022, 1, 5), True), (dt.datetime(2021, 12, 24), False),  # the monthly
        (dt.datetime(2021, 12, 1), True), (dt.datetime(2021, 11, 1), True),  # beyond every limit
    ]
    doomed = backups.obsolete([_backup_at(made) for made, _ in cases], today, limits)
    assert sorted(doomed) == sorted(_backup_at(made)[1] for made, gone in cases if gone)


def test_a_year_of_daily_backups_thins_to_the_default_limits():
    today = dt.date(2022, 1, 1)
    year = [_backup_at(dt.datetime.combine(today - dt.timedelta(days=n), dt.time(12))) for n in range(1, 366)]
    kept = {path for _, path in year} - set(backups.obsolete(year, today))
    assert len(kept) == 1 + 12 + 10 + 9  # yesterday, then 12 dailies, 10 weeklies, 9 monthlies


class Clock:
    """A fake local clock the test moves forward."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 7, 9, 0)

    def advance(self, **delta: int) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def test_automatic_backups_only_when_changed_and_not_too_often(store, event):
    clock = Clock()
    first = backups.auto_backup(store.path, now=clock.now)
    assert first is not None and first.parent == backups.backups_folder(store.path)
    assert backups.auto_backup(store.path, now=clock.advance(minutes=40)) is None  # nothing changed
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    second = backups.auto_backup(store.path, now=clock.advance(minutes=5))
    assert second is not None and second != first
    services.register(store, event.id, given_names="Ben", family_names="Cole")
    assert backups.auto_backup(store.path, now=clock.advance(minutes=29)) is None  # changed, but too soon
    third = backups.auto_backup(store.path, now=clock.advance(minutes=1))
    listed = backups.list_backups(store.path)
    assert [b.path for b in listed] == [third, second, first]
    assert [b.registrations for b in listed] == [2, 1, 0]
    assert listed[0].made_at == clock.now and listed[0].events == 1 and listed[0].checkins == 0


def test_old_backups_are_thinned_as_new_ones_are_made(store, event):
    clock = Clock()
    for day in range(40):
        services.register(store, event.id, given_names=f"P{day}", family_names="Daily")
        assert backups.auto_backup(store.path, now=clock.advance(days=1)) is not None
    made = [b.made_at.date() for b in backups.list_backups(store.path)]
    assert len(made) < 40 and made[0] == clock.now.date() and made[1] == clock.now.date() - dt.timedelta(days=1)
    assert len(made) == len(set(made))


def test_a_copy_that_fails_verification_is_not_kept(store, monkeypatch, tmp_path):
    real = backups._fingerprint
    calls = []

    def differs(conn):
        calls.append(1)
        value = real(conn)
        return (value[0] + len(calls) % 2, value[1])  # the copy never matches the source

    monkeypatch.setattr(backups, "_fingerprint", differs)
    with pytest.raises(StoreError, match="could not be verified"):
        backups.make_backup(store, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists() and not list(tmp_path.glob("*.partial"))


def test_restore_into_an_open_database_keeps_what_it_replaced(store, event):
    clock = Clock()
    services.register(store, event.id, given_names="Kept", family_names="Before")
    made = backups.auto_backup(store.path, now=clock.now)
    services.register(store, event.id, given_names="Lost", family_names="After")
    kept = backups.restore_into(store, made)
    assert store.scalar("SELECT count(*) FROM registrations") == 1
    assert Store(kept).scalar("SELECT count(*) FROM registrations") == 2
    services.register(store, event.id, given_names="New", family_names="Again")  # the store still works
    assert store.scalar("SELECT count(*) FROM registrations") == 2


def test_restore_refuses_what_is_not_a_backup(store, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        backups.restore_into(store, junk)
