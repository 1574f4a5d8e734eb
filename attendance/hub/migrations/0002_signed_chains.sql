-- Signed changes on the hub: every pushed change is checked against its author device's signed
-- hash chain (attendance.sync.signing, the bundle reader's own functions) before it is written.

-- The chain hash of each change (sha256 of its public bundle line) as its device's chain holds it;
-- NULL for a change older than this migration.
ALTER TABLE hub_changes ADD COLUMN chain_hash BYTEA;

-- The signed chain segments the hub accepted with pushes (as a laptop keeps them in
-- device_chain_segments); a pull serves the ones covering its page, so laptops verify it.
CREATE TABLE hub_chain_segments (
    device_id TEXT NOT NULL,
    public_key BYTEA NOT NULL,
    first_seq BIGINT NOT NULL,
    count INTEGER NOT NULL,
    base BYTEA NOT NULL,
    hashes BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, first_seq, count)
);
