-- The response phase of the task's step (its task header "phase": contain, preserve, rotate, harden,
-- detect, notify or review), for progress by phase and the containment metric. NULL on tasks created
-- before this column and on steps of processes that name no phase.
alter table inbox_task add column phase varchar(16);
