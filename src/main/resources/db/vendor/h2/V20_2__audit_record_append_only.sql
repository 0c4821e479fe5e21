-- H2 counterpart of db/vendor/postgresql/V20_2 (each database reads only its own location, so the
-- version numbers stay the same on both). H2 has no SQL trigger language; the application never
-- updates or deletes audit rows, and GET /api/audit/verify finds a row changed behind its back.
COMMENT ON TABLE audit_record IS 'append-only, hash-chained audit trail (io.irplaybook.audit)';
