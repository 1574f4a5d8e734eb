-- The copies of the database's data this laptop wrote to files: sync bundles and backups, with when
-- and where, and the last change row it held (the order of copies and changes, whatever the clocks
-- say). Device-local (never synced): erasing a person lists the copies made before the erasure
-- that still hold them, since no erasure can reach into a file already written.
CREATE TABLE copies_made (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('bundle', 'backup')),
    path TEXT NOT NULL,
    made_at TEXT NOT NULL,
    last_change INTEGER NOT NULL
);
