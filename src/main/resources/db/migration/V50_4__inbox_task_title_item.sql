-- What a multi-instance step is about (the value at its title-item header, e.g. a credential class or
-- a device name), kept apart from the title so that the title's words can be shown in the reader's
-- language while the item stays as the process named it.
alter table inbox_task add column title_item varchar(500);
