"""Who attended, kept ready for the reports: the ``presence`` and ``participation`` tables.

Migration 0015 derives them from check-ins, registrations, people, sessions and events, and its
triggers keep them up to date in the same transaction as every write, whoever writes (the door,
the forms, sync, imports, merges, erasure): each trigger names the registrations a change touches
in ``attendance_stale``, and one trigger recomputes those. They are never synced nor logged.

A bulk writer wraps its transaction in :func:`deferred`: the triggers then only note the
registrations touched, and :func:`recompute_stale` computes them once, set-wise, before the commit
(the statements of the migration's trigger, over every noted registration instead of one). An
ordinary check-in of a known registration is the exception (migration 0016): as at the door, it
adds its presence row and counts the registration's sessions at once, so a registration whose
check-ins arrive in several pieces of a sync import is not computed whole once per piece.

This module also states the rule a third way, straight from the ``effective_checkins`` view over
the whole database, so that :func:`differences` can prove the tables agree with the check-ins
(File › Check database, ``attendance check``) and :func:`rebuild` can put them right if they ever
do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from attendance.i18n import ntr
from attendance.store import Store

# The hours of a session with an "HH:MM" (or "H:MM") start and end time, as the trigger counts them.
_VALID_TIME = ("({t} GLOB '[0-9]:[0-5][0-9]' OR {t} GLOB '[01][0-9]:[0-5][0-9]' OR {t} GLOB '2[0-3]:[0-5][0-9]')")
_MINUTES = ("(CAST(substr({t}, 1, instr({t}, ':') - 1) AS INTEGER) * 60 "
            "+ CAST(substr({t}, instr({t}, ':') + 1) AS INTEGER))")
SESSION_HOURS = (f"CASE WHEN {_VALID_TIME.format(t='s.starts')} AND {_VALID_TIME.format(t='s.ends')} "
                 f"THEN max(0, {_MINUTES.format(t='s.ends')} - {_MINUTES.format(t='s.starts')}) / 60.0 ELSE 0 END")

# Every (registration, live session) with an effective check-in, straight from the view.
_PRESENCE = """
SELECT r.event_id AS event_id, s.id AS session_id, coalesce(p.sex, 'not_stated') AS sex, r.id AS registration_id,
    r.deleted_at IS NULL AND r.status = 'registered' AND r.role = 'participant' AND p.deleted_at IS NULL AS counted
FROM (SELECT DISTINCT registration_id, session_id FROM effective_checkins WHERE registration_id IS NOT NULL) v
JOIN registrations r ON r.id = v.registration_id
LEFT JOIN people p ON p.id = r.person_id
JOIN sessions s ON s.id = v.session_id AND s.event_id = r.event_id AND s.deleted_at IS NULL
"""

# The presence rows of the noted registrations: the migration's trigger, for all of them at once.
_STALE_PRESENCE = """
SELECT r.event_id, s.id, coalesce(p.sex, 'not_stated'), r.id,
    r.deleted_at IS NULL AND r.status = 'registered' AND r.role = 'participant' AND p.deleted_at IS NULL
FROM attendance_stale t
JOIN registrations r ON r.id = t.registration_id
LEFT JOIN people p ON p.id = r.person_id
JOIN sessions s ON s.event_id = r.event_id AND s.deleted_at IS NULL
WHERE EXISTS (
    SELECT 1 FROM effective_checkins v
    WHERE v.id IN (SELECT c.id FROM checkins c WHERE c.registration_id = r.id AND c.session_id = s.id
                   UNION ALL
                   SELECT c.id FROM checkins c WHERE c.event_id = r.event_id AND c.badge_token = r.badge_token
                       AND c.registration_id IS NULL AND c.session_id = s.id)
        AND v.registration_id = r.id)
"""

# Every registration with what the reports filter on; {presence} is a table or subquery of presence rows.
_PARTICIPATION = """
SELECT r.role = 'participant' AND r.deleted_at IS NULL AND r.status = 'registered'
        AND coalesce((p.deleted_at IS NULL OR p.merged_into IS NOT NULL) AND k.deleted_at IS NULL, 0)
        AND coalesce(a.sessions, 0) > 0,
    coalesce(k.id, r.person_id), coalesce(substr(e.start_date, 1, 4), ''),
    coalesce(substr(e.start_date, 1, 4) || '-Q' || ((CAST(substr(e.start_date, 6, 2) AS INTEGER) + 2) / 3), ''),
    r.event_id, r.id, coalesce(e.start_date, '') || ' ' || coalesce(e.code, ''),
    coalesce(k.sex, p.sex, 'not_stated'), coalesce(k.country, p.country, ''), r.institution_id, r.role,
    r.deleted_at IS NULL AND r.status = 'registered', coalesce(p.deleted_at IS NULL, 0),
    coalesce((p.deleted_at IS NULL OR p.merged_into IS NOT NULL) AND k.deleted_at IS NULL, 0),
    coalesce(a.sessions, 0), coalesce(a.hours, 0)
FROM registrations r
LEFT JOIN people p ON p.id = r.person_id
LEFT JOIN people k ON k.id = coalesce(p.merged_into, p.id)
LEFT JOIN events e ON e.id = r.event_id
LEFT JOIN (SELECT x.registration_id, count(*) AS sessions, sum({hours}) AS hours
           FROM {presence} x JOIN sessions s ON s.id = x.session_id GROUP BY x.registration_id) a
    ON a.registration_id = r.id
{where}
"""

_COLUMNS = {
    "presence": "event_id, session_id, sex, registration_id, counted",
    "participation": "attended, person_id, year, quarter, event_id, registration_id, event_order, sex, "
                     "country, institution_id, role, registered, person_live, counts_as_kept, sessions, hours",
}


def _expected(table: str, presence: str = "presence") -> str:
    """The rows ``table`` should hold (participation's computed from the rows of ``presence``)."""
    if table == "presence":
        return _PRESENCE
    return _PARTICIPATION.format(presence=presence, hours=SESSION_HOURS, where="")


def differences(store: Store) -> dict[str, int]:
    """For each derived table, how many registrations' rows disagree with a fresh computation
    ({} when all agree)."""
    found = {}
    for table, columns in _COLUMNS.items():
        # Rows on either side that the other lacks; the expected participation is computed from the
        # expected presence, so that a wrong presence row is not hidden by its own table.
        expected = _expected(table, presence=f"({_PRESENCE})")
        # (the table's side first: the compound takes its column names from it)
        count = store.scalar(f"SELECT count(DISTINCT registration_id) FROM ("
                             f"SELECT * FROM (SELECT {columns} FROM {table} EXCEPT {expected}) "
                             f"UNION ALL SELECT * FROM ({expected} EXCEPT SELECT {columns} FROM {table}))")
        if count:
            found[table] = count
    return found


def rebuild(store: Store) -> None:
    """Compute both tables again from the check-ins, in one transaction."""
    with store.transaction():
        for table in _COLUMNS:
            store.execute(f"DELETE FROM {table}")
        store.execute("DELETE FROM attendance_stale")
        store.execute(f"INSERT INTO presence ({_COLUMNS['presence']}) {_PRESENCE}")
        store.execute(f"INSERT INTO participation ({_COLUMNS['participation']}) {_expected('participation')}")


@contextmanager
def deferred(store: Store) -> Iterator[None]:
    """One transaction (or savepoint) in which the attendance tables are recomputed once, at its end.

    For bulk writers: an import of 100,000 check-ins would otherwise recompute a registration after
    each of its check-ins. An error inside rolls everything back, the deferral with it.
    """
    with store.transaction():
        store.execute("INSERT OR IGNORE INTO attendance_deferred (id) VALUES (1)")
        yield
        store.execute("DELETE FROM attendance_deferred")
        recompute_stale(store)


def recompute_stale(store: Store) -> None:
    """Recompute the rows of every registration noted in ``attendance_stale``, set-wise."""
    stale = "(SELECT registration_id FROM attendance_stale)"
    with store.transaction():
        store.execute(f"DELETE FROM presence WHERE registration_id IN {stale}")
        store.execute(f"DELETE FROM participation WHERE registration_id IN {stale}")
        store.execute(f"INSERT INTO presence ({_COLUMNS['presence']}) {_STALE_PRESENCE}")
        store.execute(f"INSERT INTO participation ({_COLUMNS['participation']}) " + _PARTICIPATION.format(
            presence=f"(SELECT * FROM presence WHERE registration_id IN {stale})", hours=SESSION_HOURS,
            where=f"WHERE r.id IN {stale}"))
        store.execute("DELETE FROM attendance_stale")


def mend(store: Store) -> int:
    """Rebuild the tables if they disagree with the check-ins; returns how many registrations' rows
    disagreed (0: none)."""
    wrong = max(differences(store).values(), default=0)
    if wrong:
        rebuild(store)
    return wrong


def mended_message(count: int) -> str:
    """What :func:`mend` did, said to the user."""
    return ntr("The attendance figures of {n} registration disagreed with its check-ins; they were computed again.",
               "The attendance figures of {n} registrations disagreed with their check-ins; they were computed "
               "again.", count)
