-- When a registration's badge was last printed (UTC ISO-8601), for "print those not yet printed".
-- A synced column written through store.update, so a badge printed on one laptop counts as printed on all.
ALTER TABLE registrations ADD COLUMN badge_printed_at TEXT;
