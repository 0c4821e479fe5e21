-- When the current attempt to start the process began (the change to STARTING). A STARTING incident
-- whose attempt is older than irp.incident.stuck-start-after was left by a crash between
-- CreateProcessInstance and the commit, and an operator may retry it (POST /api/incidents/{id}/retry-start).
-- Rows from before this column read NULL, which counts as "long ago".
alter table incident add column start_attempt_at timestamp with time zone;
