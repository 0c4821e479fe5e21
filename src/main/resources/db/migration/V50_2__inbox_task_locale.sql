-- The organisation's locale (en/ja) from the task's process variables, so notices about the task
-- (new, and later overdue) are written in it.
alter table inbox_task add column locale varchar(8);
