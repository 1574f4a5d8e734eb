-- Organisations (organiser, partners, funders) and projects as named entities (issues 11 and 13).
-- Synced tables like those of 0001: an id, the synced fields, then the bookkeeping columns.

-- An organisation is named in each language the app speaks ("Government of Canada", "Gobierno de
-- Canadá", "Gouvernement du Canada", "Governo do Canadá"); a missing name falls back to name_en.
-- The logo is a base64 PNG (downscaled when set) so that it travels with sync like any field.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_es TEXT,
    name_fr TEXT,
    name_pt TEXT,
    acronym TEXT,
    kind TEXT NOT NULL DEFAULT 'other',
    country TEXT,
    logo TEXT,
    folded_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX organisations_folded ON organisations (folded_name);

CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX projects_code ON projects (code);

-- Who organised, partnered or funded an event, in the order they are named. One row per
-- (event, organisation, role): its id is derived from the three, so laptops converge.
CREATE TABLE event_organisations (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX event_organisations_event ON event_organisations (event_id, role, position);
CREATE INDEX event_organisations_organisation ON event_organisations (organisation_id, role);

ALTER TABLE events ADD COLUMN project_id TEXT REFERENCES projects (id);
CREATE INDEX events_project ON events (project_id);

-- The free-text columns events.organiser/partners/funders/project become legacy (no longer written
-- or read). Their contents are turned into entities by a data step in Python
-- (organisations.entities_from_text), through the change log with ids derived from the names.
INSERT OR REPLACE INTO meta (key, value) VALUES ('pending_step:entities_from_text', '0005');
