-- The record's JSONL export line, stored once when it is appended: its RFC 8785 canonical JSON with the
-- hash member, exactly as an export writes it (without the newline). The service computes it anyway to
-- hash the record, and an export then streams this one column instead of decoding fourteen and
-- serialising them again (docs/benchmark.md, "Audit export benchmark"). It is not part of the hash:
-- GET /api/audit/verify checks that it equals the canonical JSON of the row's columns.
-- NULL on rows appended before this migration (rows are never updated): exports format those from their
-- columns, byte for byte the same. Adding a nullable column without a default rewrites no row.
ALTER TABLE audit_record ADD COLUMN line VARCHAR;
