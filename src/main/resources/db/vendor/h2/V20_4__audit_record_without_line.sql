-- H2 counterpart of db/vendor/postgresql/V20_4 (the version numbers stay the same on both). H2 has no
-- partial indexes and no COPY: its exports read every row through JDBC and use the line where there is
-- one, so it needs no index; this records what the column is.
COMMENT ON COLUMN audit_record.line IS 'JSONL export line (canonical JSON with hash); NULL on rows from before V20_3';
