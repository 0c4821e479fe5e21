-- Pages raised for overdue steps (io.irplaybook.paging), one row per step: a step is paged once,
-- and resolved once when it is no longer open.
create table paging_page (
  step_id bigint primary key,
  incident_id varchar(100) not null,
  dedup_key varchar(255) not null,
  triggered_at timestamp with time zone not null,
  resolved_at timestamp with time zone
);

create index ix_paging_page_open on paging_page (resolved_at);
