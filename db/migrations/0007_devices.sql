-- Device identity and signed sync (issue 18): the laptops this one knows by their key, and the
-- signed pieces of each device's hash chain that let this laptop check and relay its changes.
-- This laptop's own private key is NOT here (a database copy or backup must not carry it): it is
-- a file beside the database (attendance.sync.devices).

-- A device known by its key's fingerprint. A device trusted by fingerprint before any bundle of
-- it arrived has no device_id / public_key yet. trust: 'trusted', 'coordinator' (may also send
-- privileged changes; for the events in device_coordinator_events, or every event when it has
-- none), 'revoked' (nothing new accepted; its earlier changes stay), 'pending' (seen, not trusted).
CREATE TABLE known_devices (
    fingerprint TEXT PRIMARY KEY,
    device_id TEXT,
    public_key BLOB,
    -- its X25519 key for sealed badge keys (attendance.sync.sealing), once known
    box_key BLOB,
    trust TEXT NOT NULL CHECK (trust IN ('trusted', 'coordinator', 'revoked', 'pending')),
    added_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX known_devices_device ON known_devices (device_id);

CREATE TABLE device_coordinator_events (
    fingerprint TEXT NOT NULL REFERENCES known_devices (fingerprint) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    PRIMARY KEY (fingerprint, event_id)
);

-- A signed segment of a device's hash chain: the sha256 of each of its changes number first_seq
-- .. first_seq + count - 1 (``hashes``, 32 bytes each), the chain value before them (``base``) and
-- the device's signature of the chain value after them. This laptop's own chain is kept the same
-- way (extended at each export); other devices' segments are kept as received, to relay them.
CREATE TABLE device_chain_segments (
    device_id TEXT NOT NULL,
    public_key BLOB NOT NULL,
    first_seq INTEGER NOT NULL,
    count INTEGER NOT NULL,
    base BLOB NOT NULL,
    hashes BLOB NOT NULL,
    signature BLOB NOT NULL,
    PRIMARY KEY (device_id, first_seq, count)
);

-- Privileged changes (an existing event's badge key, an event deleted, a person erased or merged)
-- that came from a device not trusted as coordinator for that event: kept out of the change log
-- until someone here accepts (then merged as if just imported) or rejects (deleted) them.
CREATE TABLE held_changes (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    author TEXT,
    based_on TEXT,
    reason TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    held_at TEXT NOT NULL
);
