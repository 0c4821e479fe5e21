-- Alert intake (io.irplaybook.alert). One row per accepted webhook-id and source: a second delivery
-- with the same id is refused as a replay. It keeps what the alert was mapped to, never the body.
create table alert_receipt (
  source varchar(100) not null,
  webhook_id varchar(256) not null,
  received_at timestamp with time zone not null,
  fingerprint varchar(64),
  incident_id varchar(100),
  repeated boolean,
  constraint pk_alert_receipt primary key (source, webhook_id)
);

create index ix_alert_receipt_received on alert_receipt (received_at);

-- One row per alert fingerprint (source, rule, organisation, sorted assets): the incident it declared
-- and when. Intake locks the row while it decides, so 40 copies arriving at once declare once.
create table alert_fingerprint (
  fingerprint varchar(64) primary key,
  source varchar(100) not null,
  rule_name varchar(500) not null,
  incident_id varchar(100),
  declared_at timestamp with time zone,
  repeats integer not null,
  last_seen_at timestamp with time zone not null
);
