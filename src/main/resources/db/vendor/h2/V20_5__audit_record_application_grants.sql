-- H2 counterpart of db/vendor/postgresql/V20_5 (same version on both): H2 runs embedded with one
-- user, so there is no application role whose grants to narrow.
COMMENT ON COLUMN audit_record.hash IS 'SHA-256 of prev_hash and the record''s canonical JSON';
