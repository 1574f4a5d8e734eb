-- Faster reports over many check-ins (issue 13). The old index on `undoes` also held every ordinary
-- check-in under NULL, and ANALYZE counts each NULL as a distinct key, so the planner took
-- `undoes IS NULL` (in the effective_checkins view) for a one-row lookup and walked every check-in
-- of the database through it, once per event or session asked for: per-event summaries and
-- portfolios grew with the square of the data. Holding only the undo rows, it answers the view's
-- "is this check-in undone?" and can no longer be mistaken for a filter.
DROP INDEX checkins_undoes;
CREATE INDEX checkins_undoes ON checkins (undoes, deleted_at) WHERE undoes IS NOT NULL;
-- The check-ins that can count (not an undo row, not deleted) of each event, with everything the
-- effective_checkins view reads, so that counting an event's attendance never opens the table.
CREATE INDEX checkins_live ON checkins (event_id, registration_id, session_id, id, badge_token, undoes, deleted_at)
    WHERE undoes IS NULL AND deleted_at IS NULL;
