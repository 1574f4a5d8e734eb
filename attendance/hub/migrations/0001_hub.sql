-- The hub's own schema (PostgreSQL): the organisation's change log, the rows merged from it,
-- the enrolled devices and their one-time enrolment codes. Laptops keep their SQLite schema.

-- One row: this hub's id, named in the pages it serves (a laptop's cursor belongs to one hub).
CREATE TABLE hub_identity (
    hub_id TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One-time enrolment codes made by `attendance hub enrol`; only their sha256 is kept.
CREATE TABLE hub_enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    device_id TEXT
);

-- Enrolled laptops: the sha256 of their bearer token; a revoked device is refused, its changes stay.
CREATE TABLE hub_devices (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    public_key TEXT,
    enrolled_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);

-- The change log, as laptops log it (fields kept as the exact JSON text). seq is the cursor of
-- the pull; pushes take one advisory lock, so seq order is commit order and no reader skips a row.
CREATE TABLE hub_changes (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    author TEXT,
    based_on TEXT,
    received_from TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX hub_changes_row ON hub_changes (entity, entity_id);

-- Every synced row's state, merged from its changes by the same rules as a laptop's import.
CREATE TABLE hub_rows (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    state JSONB NOT NULL,
    PRIMARY KEY (entity, entity_id)
);
