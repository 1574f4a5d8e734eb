-- The hub this laptop syncs with (at most one), the token it was given at enrolment, and how far
-- each direction has gone: the last local change (rowid) the hub acknowledged, and the hub's cursor.
CREATE TABLE hub_link (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    token TEXT NOT NULL,
    pushed_rowid INTEGER NOT NULL DEFAULT 0,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    enrolled_at TEXT NOT NULL,
    last_synced_at TEXT
);

-- Changes that came from the hub: the hub has them, so they are never pushed back.
CREATE TABLE hub_received (change_id TEXT PRIMARY KEY) WITHOUT ROWID;
