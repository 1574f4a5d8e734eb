-- How a device came to be trusted: NULL by this laptop's user (a compared fingerprint, a first
-- bundle confirmed), 'hub' for a device enrolled with the hub this laptop is enrolled with (the hub
-- is the trust anchor for the devices enrolled there; see attendance.sync.hub_client).
ALTER TABLE known_devices ADD COLUMN via TEXT;
