-- A notice about a human step may offer actions where the channel can show them (Slack buttons):
-- claim the step (its task id) and open it in the inbox (its page). Null on every other row.
alter table notify_outbox add column action_task_id varchar(64);
alter table notify_outbox add column action_url varchar(2000);
