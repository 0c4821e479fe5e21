-- A completion recorded in the inbox that the engine has not yet confirmed. The inbox commits the
-- completion first and then completes the Camunda user task; the poll sends it again until the
-- engine has it, so a crash between the two loses no acknowledged completion (docs/inbox.md).
alter table inbox_task add column completion_pending boolean default false not null;
