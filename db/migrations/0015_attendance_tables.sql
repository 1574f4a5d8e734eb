-- Who attended, kept ready for the reports (issue 13): two tables derived from check-ins,
-- registrations, people, sessions and events, kept up to date by triggers in the same transaction
-- as every write (the door, the forms, sync, imports, merges, erasure), never synced and never
-- logged. Reading them, a per-event summary and a portfolio over 600,000 check-ins no longer walk
-- every check-in through the effective_checkins view and join each to its registration and
-- person: that cost 10-20 times a bare count per event and seconds per portfolio
-- (benchmarks/bench_reports.py, bench_portfolio.py). attendance/presence.py checks them
-- against a fresh computation and rebuilds them (File > Check database, `attendance check`).

-- One row per (registration, live session) with an effective check-in, by the rule of the
-- effective_checkins view (a provisional check-in counts for the registration of its badge).
-- `counted`: a participant of the event's summary (role participant, status registered, live
-- registration, live person). Ordered for the summary's "present at each session, by sex".
CREATE TABLE presence (
    event_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    sex TEXT NOT NULL,
    registration_id TEXT NOT NULL,
    counted INTEGER NOT NULL,
    PRIMARY KEY (event_id, session_id, sex, registration_id)
) WITHOUT ROWID;
CREATE INDEX presence_registration ON presence (registration_id);

-- One row per registration: the person it counts as (the kept one of a merged duplicate, whose sex
-- and country), what the summary and the portfolio filter on, and the live sessions attended.
-- `attended`: a participant the portfolio counts (role participant, status registered, live or
-- merged into a live person, at least one live session). Rows are ordered by person, then latest
-- activity first, so that one pass over a selection counts individuals, their periods and their
-- latest activity without sorting (the first row of each person is the max()). `attended` is not
-- part of the key: a registration's first check-in then rewrites its row in place, not its key in
-- every index (the door's commit stays small).
CREATE TABLE participation (
    attended INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    event_order TEXT NOT NULL,  -- start date and code: the later of two activities sorts last
    event_id TEXT NOT NULL,
    registration_id TEXT NOT NULL,
    year TEXT NOT NULL,  -- of the event's start date ('' when it has none)
    quarter TEXT NOT NULL,  -- '2022-Q3'
    sex TEXT NOT NULL,
    country TEXT NOT NULL,
    institution_id TEXT,
    role TEXT NOT NULL,
    registered INTEGER NOT NULL,  -- live registration with status registered
    person_live INTEGER NOT NULL,  -- the registration's own person is live (the summary's rule)
    counts_as_kept INTEGER NOT NULL,  -- live, or merged into a live person (the portfolio's rule)
    sessions INTEGER NOT NULL,  -- live sessions with an effective check-in
    hours REAL NOT NULL,  -- hours of those sessions that have a start and an end time
    PRIMARY KEY (person_id, event_order DESC, event_id, registration_id)
) WITHOUT ROWID;
CREATE INDEX participation_registration ON participation (registration_id);
-- The summary of one event (every role, registered or not yet arrived) reads only this index.
CREATE INDEX participation_event ON participation (event_id, registered, person_live, role, sex, institution_id,
    country, sessions);
-- The portfolio's attended participants of each activity, by sex, and their hours (`attended` too,
-- though always 1 here: the query names it, and without it the index would not cover the query).
CREATE INDEX participation_attended ON participation (event_id, sex, person_id, hours, attended) WHERE attended;
CREATE INDEX people_merged ON people (merged_into) WHERE merged_into IS NOT NULL;

-- Registrations whose derived rows must be computed again. Every trigger below only names them
-- here; the one trigger on this table recomputes them (SQLite triggers have no variables, and
-- this keeps the rule in one place). While a bulk writer (a sync import, a list import) holds the
-- row of attendance_deferred, they wait here and are recomputed all at once, set-wise, before its
-- transaction commits (attendance.presence.deferred): a registration is then computed once, not
-- once per check-in. No statement in these triggers relies on OR IGNORE: the conflict rule of
-- the statement that fires a trigger (sync's upsert) overrides the trigger's own.
CREATE TABLE attendance_stale (registration_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE attendance_deferred (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE TRIGGER attendance_recompute AFTER INSERT ON attendance_stale
WHEN NOT EXISTS (SELECT 1 FROM attendance_deferred) BEGIN
    DELETE FROM presence WHERE registration_id = NEW.registration_id;
    DELETE FROM participation WHERE registration_id = NEW.registration_id;
    INSERT INTO presence (event_id, session_id, sex, registration_id, counted)
    SELECT r.event_id, s.id, coalesce(p.sex, 'not_stated'), r.id,
        r.deleted_at IS NULL AND r.status = 'registered' AND r.role = 'participant' AND p.deleted_at IS NULL
    FROM registrations r
    LEFT JOIN people p ON p.id = r.person_id
    JOIN sessions s ON s.event_id = r.event_id AND s.deleted_at IS NULL
    WHERE r.id = NEW.registration_id AND EXISTS (
        SELECT 1 FROM effective_checkins v
        WHERE v.id IN (SELECT c.id FROM checkins c WHERE c.registration_id = r.id AND c.session_id = s.id
                       UNION ALL
                       SELECT c.id FROM checkins c WHERE c.event_id = r.event_id AND c.badge_token = r.badge_token
                           AND c.registration_id IS NULL AND c.session_id = s.id)
            AND v.registration_id = r.id);
    INSERT INTO participation (attended, person_id, year, quarter, event_id, registration_id, event_order, sex,
        country, institution_id, role, registered, person_live, counts_as_kept, sessions, hours)
    SELECT r.role = 'participant' AND r.deleted_at IS NULL AND r.status = 'registered'
            AND coalesce((p.deleted_at IS NULL OR p.merged_into IS NOT NULL) AND k.deleted_at IS NULL, 0)
            AND EXISTS (SELECT 1 FROM presence x WHERE x.registration_id = r.id),
        coalesce(k.id, r.person_id), coalesce(substr(e.start_date, 1, 4), ''),
        coalesce(substr(e.start_date, 1, 4) || '-Q' || ((CAST(substr(e.start_date, 6, 2) AS INTEGER) + 2) / 3), ''),
        r.event_id, r.id, coalesce(e.start_date, '') || ' ' || coalesce(e.code, ''),
        coalesce(k.sex, p.sex, 'not_stated'), coalesce(k.country, p.country, ''), r.institution_id, r.role,
        r.deleted_at IS NULL AND r.status = 'registered', coalesce(p.deleted_at IS NULL, 0),
        coalesce((p.deleted_at IS NULL OR p.merged_into IS NOT NULL) AND k.deleted_at IS NULL, 0),
        (SELECT count(*) FROM presence x WHERE x.registration_id = r.id),
        -- hours of an "HH:MM" (or "H:MM") start and end of one day; other texts count none
        coalesce((SELECT sum(max(0, (CAST(substr(s.ends, 1, instr(s.ends, ':') - 1) AS INTEGER) * 60
                                     + CAST(substr(s.ends, instr(s.ends, ':') + 1) AS INTEGER))
                                    - (CAST(substr(s.starts, 1, instr(s.starts, ':') - 1) AS INTEGER) * 60
                                       + CAST(substr(s.starts, instr(s.starts, ':') + 1) AS INTEGER))) / 60.0)
                  FROM presence x JOIN sessions s ON s.id = x.session_id
                  WHERE x.registration_id = r.id
                      AND (s.starts GLOB '[0-9]:[0-5][0-9]' OR s.starts GLOB '[01][0-9]:[0-5][0-9]'
                           OR s.starts GLOB '2[0-3]:[0-5][0-9]')
                      AND (s.ends GLOB '[0-9]:[0-5][0-9]' OR s.ends GLOB '[01][0-9]:[0-5][0-9]'
                           OR s.ends GLOB '2[0-3]:[0-5][0-9]')), 0)
    FROM registrations r
    LEFT JOIN people p ON p.id = r.person_id
    LEFT JOIN people k ON k.id = coalesce(p.merged_into, p.id)
    LEFT JOIN events e ON e.id = r.event_id
    WHERE r.id = NEW.registration_id;
    DELETE FROM attendance_stale WHERE registration_id = NEW.registration_id;
END;

-- A check-in row touches the registration it counts for, and an undo row the one of the
-- check-in it undoes; before and after a change, both are recomputed.
--
-- The door's case is done directly, because it must stay quick: an ordinary check-in of a known
-- registration (not an undo row, not undone by an undo row that arrived first) adds at most one
-- presence row, and then the registration's sessions, hours and `attended` are counted again.
-- Every other check-in (an undo row, a provisional check-in, a deleted row, any row of a deferred
-- bulk write) names its registration for the full recomputation.
CREATE TRIGGER checkins_attendance_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO presence (event_id, session_id, sex, registration_id, counted)
    SELECT r.event_id, s.id, coalesce(p.sex, 'not_stated'), r.id,
        r.deleted_at IS NULL AND r.status = 'registered' AND r.role = 'participant' AND p.deleted_at IS NULL
    FROM registrations r
    LEFT JOIN people p ON p.id = r.person_id
    JOIN sessions s ON s.id = NEW.session_id AND s.event_id = r.event_id AND s.deleted_at IS NULL
    WHERE r.id = NEW.registration_id AND NEW.undoes IS NULL AND NEW.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM attendance_deferred)
        AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = NEW.id AND u.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM presence x WHERE x.registration_id = r.id AND x.session_id = s.id);
    UPDATE participation SET
        sessions = (SELECT count(*) FROM presence x WHERE x.registration_id = NEW.registration_id),
        hours = coalesce((SELECT sum(max(0, (CAST(substr(s.ends, 1, instr(s.ends, ':') - 1) AS INTEGER) * 60
                                     + CAST(substr(s.ends, instr(s.ends, ':') + 1) AS INTEGER))
                                    - (CAST(substr(s.starts, 1, instr(s.starts, ':') - 1) AS INTEGER) * 60
                                       + CAST(substr(s.starts, instr(s.starts, ':') + 1) AS INTEGER))) / 60.0)
                          FROM presence x JOIN sessions s ON s.id = x.session_id
                          WHERE x.registration_id = NEW.registration_id
                              AND (s.starts GLOB '[0-9]:[0-5][0-9]' OR s.starts GLOB '[01][0-9]:[0-5][0-9]'
                                   OR s.starts GLOB '2[0-3]:[0-5][0-9]')
                              AND (s.ends GLOB '[0-9]:[0-5][0-9]' OR s.ends GLOB '[01][0-9]:[0-5][0-9]'
                                   OR s.ends GLOB '2[0-3]:[0-5][0-9]')), 0),
        attended = role = 'participant' AND registered AND counts_as_kept
            AND (SELECT count(*) FROM presence x WHERE x.registration_id = NEW.registration_id) > 0
    WHERE registration_id = NEW.registration_id AND NEW.undoes IS NULL AND NEW.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM attendance_deferred)
        AND sessions != (SELECT count(*) FROM presence x WHERE x.registration_id = NEW.registration_id);
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT coalesce(c.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = c.event_id
            AND r.badge_token = c.badge_token AND r.deleted_at IS NULL LIMIT 1)) AS registration_id
        FROM checkins c WHERE c.id IN (NEW.id, NEW.undoes))
    WHERE registration_id IS NOT NULL
        AND (NEW.registration_id IS NULL OR NEW.undoes IS NOT NULL OR NEW.deleted_at IS NOT NULL
             OR EXISTS (SELECT 1 FROM attendance_deferred))
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER checkins_attendance_update AFTER UPDATE ON checkins BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT coalesce(OLD.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = OLD.event_id
            AND r.badge_token = OLD.badge_token AND r.deleted_at IS NULL LIMIT 1)) AS registration_id
        UNION
        SELECT coalesce(c.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = c.event_id
            AND r.badge_token = c.badge_token AND r.deleted_at IS NULL LIMIT 1))
        FROM checkins c WHERE c.id IN (NEW.id, OLD.undoes, NEW.undoes))
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER checkins_attendance_delete AFTER DELETE ON checkins BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT coalesce(OLD.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = OLD.event_id
            AND r.badge_token = OLD.badge_token AND r.deleted_at IS NULL LIMIT 1)) AS registration_id
        UNION
        SELECT coalesce(c.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = c.event_id
            AND r.badge_token = c.badge_token AND r.deleted_at IS NULL LIMIT 1))
        FROM checkins c WHERE c.id = OLD.undoes)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

-- A registration, and those sharing its badge in its event (a provisional check-in counts for
-- the first live one of them).
CREATE TRIGGER registrations_attendance_insert AFTER INSERT ON registrations BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT r.id AS registration_id FROM registrations r WHERE r.event_id = NEW.event_id AND r.badge_token = NEW.badge_token)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER registrations_attendance_update AFTER UPDATE ON registrations BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT NEW.id AS registration_id UNION SELECT OLD.id
        UNION SELECT r.id FROM registrations r
        WHERE (r.event_id = OLD.event_id AND r.badge_token = OLD.badge_token)
            OR (r.event_id = NEW.event_id AND r.badge_token = NEW.badge_token))
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER registrations_attendance_delete AFTER DELETE ON registrations BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT OLD.id AS registration_id
        UNION SELECT r.id FROM registrations r WHERE r.event_id = OLD.event_id AND r.badge_token = OLD.badge_token)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

-- A person's sex, country, merge or deletion: their registrations and those of people merged into them.
CREATE TRIGGER people_attendance_insert AFTER INSERT ON people BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT r.id AS registration_id FROM registrations r WHERE r.person_id = NEW.id
            OR r.person_id IN (SELECT m.id FROM people m WHERE m.merged_into = NEW.id))
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER people_attendance_update AFTER UPDATE OF sex, country, merged_into, deleted_at ON people BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT r.id AS registration_id FROM registrations r WHERE r.person_id = NEW.id
            OR r.person_id IN (SELECT m.id FROM people m WHERE m.merged_into = NEW.id))
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER people_attendance_delete AFTER DELETE ON people BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT r.id AS registration_id FROM registrations r WHERE r.person_id = OLD.id
            OR r.person_id IN (SELECT m.id FROM people m WHERE m.merged_into = OLD.id))
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

-- A session deleted, restored or re-timed, or arriving after its check-ins: who checked in there.
CREATE TRIGGER sessions_attendance_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT coalesce(c.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = c.event_id
            AND r.badge_token = c.badge_token AND r.deleted_at IS NULL LIMIT 1)) AS registration_id
        FROM checkins c WHERE c.session_id = NEW.id)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER sessions_attendance_update AFTER UPDATE OF event_id, starts, ends, deleted_at ON sessions BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT coalesce(c.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = c.event_id
            AND r.badge_token = c.badge_token AND r.deleted_at IS NULL LIMIT 1)) AS registration_id
        FROM checkins c WHERE c.session_id = NEW.id)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER sessions_attendance_delete AFTER DELETE ON sessions BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT registration_id FROM presence WHERE event_id = OLD.event_id AND session_id = OLD.id)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

-- An event's dates or code (its period and order), or an event arriving after its registrations.
CREATE TRIGGER events_attendance_insert AFTER INSERT ON events BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT r.id AS registration_id FROM registrations r WHERE r.event_id = NEW.id)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

CREATE TRIGGER events_attendance_update AFTER UPDATE OF start_date, code ON events BEGIN
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT r.id AS registration_id FROM registrations r WHERE r.event_id = NEW.id)
    WHERE registration_id IS NOT NULL
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;

-- What already happened: every registration once.
INSERT INTO attendance_stale (registration_id) SELECT id FROM registrations;
