-- Slack channels created for incidents (io.irplaybook.slack), one row per incident: a channel is
-- created once. A row with a null channel_id records a creation Slack refused for good (error).
create table slack_incident_channel (
  incident_id varchar(100) primary key,
  channel_id varchar(32),
  channel_name varchar(80) not null,
  error varchar(200),
  created_at timestamp with time zone not null
);
