-- A bulk write's ordinary check-ins take the door's direct path too (issue 13, measured on issue
-- 18's benchmark). Migration 0015 sent every check-in of a deferred write (a sync import, written
-- in pieces of at most 2,000 changes) to the set-wise recomputation at the end of its piece, so a
-- registration whose check-ins came in three pieces was computed three times: 70,000
-- recomputations for 20,000 registrations, 11 s of a 100,000-change import. With this trigger:
-- 20,000, 1.2 s, and the import's CPU went from 25.3 s to 21.0 s (1.82x to 1.44x the bare
-- executemany of benchmarks/bench_sync.py, whose goal is 1.6x).
--
-- The direct path adds at most one presence row and counts the registration's sessions again,
-- whatever the deferral; a registration that is itself new or changed in the piece is still noted
-- and computed whole before the commit (attendance.presence.deferred), which replaces whatever
-- the direct path wrote for it. Undo rows, provisional and deleted check-ins are noted as before.
DROP TRIGGER checkins_attendance_insert;

CREATE TRIGGER checkins_attendance_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO presence (event_id, session_id, sex, registration_id, counted)
    SELECT r.event_id, s.id, coalesce(p.sex, 'not_stated'), r.id,
        r.deleted_at IS NULL AND r.status = 'registered' AND r.role = 'participant' AND p.deleted_at IS NULL
    FROM registrations r
    LEFT JOIN people p ON p.id = r.person_id
    JOIN sessions s ON s.id = NEW.session_id AND s.event_id = r.event_id AND s.deleted_at IS NULL
    WHERE r.id = NEW.registration_id AND NEW.undoes IS NULL AND NEW.deleted_at IS NULL
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
        AND sessions != (SELECT count(*) FROM presence x WHERE x.registration_id = NEW.registration_id);
    INSERT INTO attendance_stale (registration_id)
    SELECT DISTINCT registration_id FROM (
        SELECT coalesce(c.registration_id, (SELECT r.id FROM registrations r WHERE r.event_id = c.event_id
            AND r.badge_token = c.badge_token AND r.deleted_at IS NULL LIMIT 1)) AS registration_id
        FROM checkins c WHERE c.id IN (NEW.id, NEW.undoes))
    WHERE registration_id IS NOT NULL
        AND (NEW.registration_id IS NULL OR NEW.undoes IS NOT NULL OR NEW.deleted_at IS NOT NULL)
        AND registration_id NOT IN (SELECT registration_id FROM attendance_stale);
END;
