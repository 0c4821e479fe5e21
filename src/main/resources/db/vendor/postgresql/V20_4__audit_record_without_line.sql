-- PostgreSQL only (location db/vendor/postgresql): the rows that have no stored export line (appended
-- before V20_3, or by a replica still running older code during an upgrade). A JSONL export asks for
-- them first, to format just those from their columns and COPY the lines of all the others; with this
-- partial index that question costs nothing once every new row carries its line.
CREATE INDEX audit_record_without_line ON audit_record (seq) WHERE line IS NULL;
