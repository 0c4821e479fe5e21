-- Transactional outbox of the notify feature (io.irplaybook.notify). A row is written in the same
-- transaction as the change that causes it; the dispatcher delivers it later. Rows hold the channel's
-- name, never its URL or secret, so nothing secret reaches the database or an export.
create table notify_outbox (
  id varchar(64) primary key,                 -- also the Standard Webhooks webhook-id, same on every attempt
  channel varchar(100) not null,
  idempotency_key varchar(400) not null,
  subject varchar(2000),
  body_text varchar(1000000) not null,
  body_html varchar(1000000),
  locale varchar(16) not null,
  incident_id varchar(100),
  status varchar(16) not null,                -- PENDING, SENDING, DELIVERED, DEAD
  attempts integer not null,
  next_attempt_at timestamp with time zone not null,
  claimed_until timestamp with time zone,     -- a SENDING row whose claim ran out is due again (crash)
  last_error varchar(2000),
  created_at timestamp with time zone not null,
  delivered_at timestamp with time zone,
  constraint uq_notify_outbox_idempotency unique (idempotency_key)
);

create index ix_notify_outbox_due on notify_outbox (status, next_attempt_at);

-- A channel whose endpoint answered 410 Gone is disabled until an operator retries one of its rows.
create table notify_channel_state (
  channel varchar(100) primary key,
  disabled_at timestamp with time zone,
  disabled_reason varchar(2000)
);
