-- The tamper-evident audit trail (io.irplaybook.audit). Rows are only ever inserted: the application
-- has no UPDATE or DELETE for this table, and on PostgreSQL a trigger refuses both (V20_2).
-- details holds the RFC 8785 canonical JSON of the details object, exactly as it was hashed.
CREATE TABLE audit_record (
    seq                  BIGINT        NOT NULL PRIMARY KEY,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                VARCHAR(255)  NOT NULL,
    source_ip            VARCHAR(64),
    action               VARCHAR(128)  NOT NULL,
    object_type          VARCHAR(128),
    object_id            VARCHAR(255),
    result               VARCHAR(32)   NOT NULL,
    incident_id          VARCHAR(128),
    process_instance_key BIGINT,
    job_key              BIGINT,
    details              VARCHAR(100000) NOT NULL,
    prev_hash            CHAR(64)      NOT NULL,
    hash                 CHAR(64)      NOT NULL
);

CREATE INDEX audit_record_incident ON audit_record (incident_id, seq);
CREATE INDEX audit_record_time ON audit_record (recorded_at);

-- One row that every append locks (SELECT ... FOR UPDATE) until its transaction ends, so appends
-- from every replica are serialised and the chain stays a single line. It is never updated.
CREATE TABLE audit_chain_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO audit_chain_lock (id) VALUES (1);
