-- Sync between laptops (ARCHITECTURE §6): what this device has sent and received, the conflicts
-- kept for review, and the two synced markers on people (erased, merged into another person).

-- An erased person stays erased: the merge ignores every other change to a person with erased_at.
ALTER TABLE people ADD COLUMN erased_at TEXT;

-- A person merged by hand into another one (tombstoned, this names the person kept).
ALTER TABLE people ADD COLUMN merged_into TEXT;

-- Bundles imported here, by id: importing one again changes nothing.
CREATE TABLE sync_bundles_imported (
    bundle_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    changes_total INTEGER NOT NULL,
    changes_new INTEGER NOT NULL
);

-- Bundles written here; the last one's watermark (a changes rowid) starts the next "since last" bundle.
CREATE TABLE sync_bundles_sent (
    bundle_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    scope TEXT NOT NULL,
    event_id TEXT,
    changes_total INTEGER NOT NULL,
    watermark INTEGER NOT NULL
);

-- Two changes of the same field made without seeing each other. The deterministic winner is
-- already applied; a person picks a value (which becomes a new change) or the conflict is
-- superseded by a later change of that field.
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    local_change_id TEXT NOT NULL,
    local_value TEXT,
    local_at TEXT NOT NULL,
    local_device_id TEXT NOT NULL,
    remote_change_id TEXT NOT NULL,
    remote_value TEXT,
    remote_at TEXT NOT NULL,
    remote_device_id TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT,
    UNIQUE (field, local_change_id, remote_change_id)
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, entity, entity_id);
