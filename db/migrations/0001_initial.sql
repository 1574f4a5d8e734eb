-- The whole data model of ARCHITECTURE §4.
-- Every synced row: UUID text key, created_at / updated_at (UTC ISO-8601 with milliseconds),
-- the device_id that last wrote it, and deleted_at as a tombstone (rows are never DELETEd).

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'workshop',
    modality TEXT NOT NULL DEFAULT 'in_person',
    start_date TEXT,
    end_date TEXT,
    venue TEXT,
    city TEXT,
    country TEXT,
    organiser TEXT,
    partners TEXT,
    funders TEXT,
    project TEXT,
    description TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    badge_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX events_code ON events (code);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id),
    date TEXT NOT NULL,
    starts TEXT,
    ends TEXT,
    label TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX sessions_event ON sessions (event_id, position);

CREATE TABLE institutions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT,
    sector TEXT NOT NULL DEFAULT 'other',
    country TEXT,
    folded_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX institutions_folded ON institutions (folded_name);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    given_names TEXT NOT NULL DEFAULT '',
    family_names TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT 'not_stated',
    email TEXT,
    phone TEXT,
    country TEXT,
    position TEXT,
    institution_id TEXT REFERENCES institutions (id),
    notes TEXT,
    consent_at TEXT,
    consent_text_version TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX people_email ON people (email);
CREATE INDEX people_institution ON people (institution_id);

CREATE TABLE registrations (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    institution_id TEXT REFERENCES institutions (id),
    position TEXT,
    role TEXT NOT NULL DEFAULT 'participant',
    status TEXT NOT NULL DEFAULT 'registered',
    badge_token TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'walk_in',
    registered_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX registrations_event ON registrations (event_id);
CREATE INDEX registrations_person ON registrations (person_id);
CREATE INDEX registrations_token ON registrations (event_id, badge_token);

-- Append-only: an undo is a new row whose `undoes` names the check-in it cancels.
-- registration_id is NULL for a provisional check-in of a badge registered at another desk;
-- badge_token then says whose it is, to be joined when that desk's bundle arrives.
CREATE TABLE checkins (
    id TEXT PRIMARY KEY,
    registration_id TEXT REFERENCES registrations (id),
    event_id TEXT NOT NULL REFERENCES events (id),
    badge_token TEXT,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    at TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'scan',
    undoes TEXT REFERENCES checkins (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX checkins_registration ON checkins (registration_id, session_id);
CREATE INDEX checkins_session ON checkins (session_id);
CREATE INDEX checkins_token ON checkins (event_id, badge_token);

-- The audit log and the sync log at once: one row for every write of any row above.
CREATE TABLE changes (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    author TEXT,
    based_on TEXT
);
CREATE INDEX changes_entity ON changes (entity, entity_id, at);
CREATE INDEX changes_at ON changes (at);

-- Accent- and case-insensitive prefix search over people (nunez finds Núñez).
CREATE VIRTUAL TABLE people_search USING fts5 (
    person_id UNINDEXED,
    names,
    details,
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_search (rowid, person_id, names, details)
    SELECT NEW.rowid, NEW.id, NEW.given_names || ' ' || NEW.family_names,
        coalesce(NEW.email, '') || ' ' || coalesce(i.name, '') || ' ' || coalesce(i.acronym, '')
    FROM (SELECT 1) LEFT JOIN institutions i ON i.id = NEW.institution_id
    WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER people_search_update AFTER UPDATE ON people BEGIN
    DELETE FROM people_search WHERE rowid = OLD.rowid;
    INSERT INTO people_search (rowid, person_id, names, details)
    SELECT NEW.rowid, NEW.id, NEW.given_names || ' ' || NEW.family_names,
        coalesce(NEW.email, '') || ' ' || coalesce(i.name, '') || ' ' || coalesce(i.acronym, '')
    FROM (SELECT 1) LEFT JOIN institutions i ON i.id = NEW.institution_id
    WHERE NEW.deleted_at IS NULL;
END;

CREATE INDEX checkins_undoes ON checkins (undoes);

-- "Attended" in one place: check-ins that are not undo rows, not deleted, and not undone.
-- A provisional check-in (badge registered at another desk: registration_id NULL, badge_token
-- set) joins its registration here as soon as that registration arrives by sync.
CREATE VIEW effective_checkins AS
SELECT c.id, c.event_id, c.session_id, c.at, c.method, c.device_id, c.badge_token,
    coalesce(c.registration_id, (
        SELECT r.id FROM registrations r
        WHERE r.event_id = c.event_id AND r.badge_token = c.badge_token AND r.deleted_at IS NULL
        LIMIT 1)) AS registration_id
FROM checkins c
WHERE c.undoes IS NULL
    AND c.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id AND u.deleted_at IS NULL);
