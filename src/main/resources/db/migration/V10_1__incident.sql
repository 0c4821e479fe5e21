-- Incident intake (package io.irplaybook.incident). Valid on H2 and PostgreSQL.
-- Long JSON columns are varchar(1048576): the largest varchar H2 allows by default, and the request
-- body is limited to 1 MiB anyway.

-- Incident numbers come from a sequence so several service replicas never hand out the same id.
create sequence incident_number_seq start with 1 increment by 1;

create table incident (
  id                   varchar(32)   not null primary key,
  title                varchar(200)  not null,
  scenario             varchar(100)  not null,
  severity             varchar(16)   not null,
  org_name             varchar(200)  not null,
  org_employees        integer       not null,
  org_industry         varchar(100),
  org_jurisdictions    varchar(2000) not null,
  personal_data        boolean       not null,
  locale               varchar(8)    not null,
  tier_override        varchar(8),
  tier_override_reason varchar(2000),
  assets_json          varchar(1048576) not null,
  tier                 varchar(8),
  playbook             varchar(100),
  tier_rule            varchar(500),
  status               varchar(16)   not null,
  process_instance_key bigint,
  declared_at          timestamp with time zone not null,
  declared_by          varchar(200)  not null,
  ended_at             timestamp with time zone,
  end_reason           varchar(2000),
  start_error          varchar(2000),
  start_variables      varchar(1048576) not null
);
create index incident_status_idx on incident (status, declared_at);

-- One row per Idempotency-Key and caller: the hash of the request and, once known, the answer given.
create table incident_idempotency (
  owner           varchar(200)  not null,
  idem_key        varchar(200)  not null,
  request_hash    varchar(64)   not null,
  incident_id     varchar(32),
  response_status integer,
  response_body   varchar(1048576),
  created_at      timestamp with time zone not null,
  primary key (owner, idem_key)
);
