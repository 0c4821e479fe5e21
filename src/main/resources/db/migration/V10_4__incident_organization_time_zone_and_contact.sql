-- Optional facts about the organisation that its communications need: the time zone its notices
-- show dates in (IANA id; null = Asia/Tokyo for ja, UTC otherwise), the contact point customers and
-- regulators are given, and the Japanese corporate number (法人番号, 13 digits) of a PPC report.
alter table incident add column org_time_zone varchar(64);
alter table incident add column org_contact varchar(500);
alter table incident add column org_corporate_number varchar(13);
