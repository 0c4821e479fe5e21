-- The variables a task's completion may set (its task header "outputs", docs/contracts.md),
-- comma-separated; NULL on tasks created before this column, which accept none until their job is
-- delivered again and the header is read.
alter table inbox_task add column declared_outputs varchar(2000);
