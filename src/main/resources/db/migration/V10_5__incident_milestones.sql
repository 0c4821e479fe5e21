-- When a responder first acted on the incident (claimed or completed a step) and when its
-- containment steps were first all done: the starts of MTTA and time to contain, set once.
alter table incident add column first_action_at timestamp with time zone;
alter table incident add column contained_at timestamp with time zone;
