-- An institution is its name in its country (issue 15): "Ministerio de Relaciones Exteriores" of
-- Paraguay and of Uruguay are two rows. Lookups go by folded name (or acronym) within a country.
CREATE INDEX institutions_folded_country ON institutions (folded_name, country);

-- Rows made before this held people of several countries under one institution. They are split by
-- a data step in Python (services.split_institutions_by_country), run as soon as the store is open:
-- it writes through the change log, with ids derived from the institution and the country, so the
-- split syncs and every laptop that runs it on the same rows ends with the same rows.
INSERT OR REPLACE INTO meta (key, value) VALUES ('pending_step:split_institutions_by_country', '0006');
