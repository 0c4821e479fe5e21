-- A user's linked Slack member id (io.irplaybook.slack): a Slack button press or slash command acts
-- as the user whose row holds the presser's id. One Slack member maps to at most one user; null when
-- the user has linked none.
alter table irp_user add column slack_user_id varchar(32);
create unique index ux_irp_user_slack_user on irp_user (slack_user_id);
