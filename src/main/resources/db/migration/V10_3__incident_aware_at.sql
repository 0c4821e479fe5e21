-- When the organisation became aware (every regulator clock counts from it) and the earliest date the
-- exposure may have begun. Both are declared at intake and corrected by the playbook (incident.record),
-- so that pages and reports read the clock's anchor from the incident, not from the engine.
-- Rows from before this column: the declaration time was the anchor the engine used.
alter table incident add column aware_at timestamp with time zone;
alter table incident add column exposure_start date;
update incident set aware_at = declared_at where aware_at is null;
