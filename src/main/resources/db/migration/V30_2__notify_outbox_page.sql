-- A row for a PagerDuty channel may be a page event rather than a notice: its Events API v2 action
-- (trigger, acknowledge, resolve) and dedup_key. Null on every other row.
alter table notify_outbox add column page_action varchar(16);
alter table notify_outbox add column page_key varchar(255);
