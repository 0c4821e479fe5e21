-- How the record's canonical JSON writes processInstanceKey and jobKey (issue 18): 2 = as strings of
-- their decimal digits, as Camunda's REST API writes keys (Zeebe keys exceed 2^53, which an RFC 8785
-- verifier or a JavaScript reader cannot hold as a number). NULL on every row appended before this
-- migration, and on rows an older replica appends during a rolling update: those wrote the keys as
-- JSON numbers, and are verified exactly as they were hashed. Adding a nullable column without a
-- default rewrites no row (and so never meets the append-only trigger of V20_2).
ALTER TABLE audit_record ADD COLUMN key_format SMALLINT;
