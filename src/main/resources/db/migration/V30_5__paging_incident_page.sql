-- Pages raised for a whole incident (io.irplaybook.paging), not for one step: today the severity
-- raised to critical, keyed <incident id>/severity. One row per key: an incident is paged once for
-- it, and the page is resolved once when the incident is closed or cancelled.
create table paging_incident_page (
  dedup_key varchar(255) primary key,
  incident_id varchar(100) not null,
  reason varchar(32) not null,
  triggered_at timestamp with time zone not null,
  resolved_at timestamp with time zone
);

create index ix_paging_incident_page_open on paging_incident_page (resolved_at);
