-- PostgreSQL only. When the schema is owned by one role and the application connects as another
-- (docs/audit.md, "Database roles"), the application needs INSERT and SELECT on audit_record and
-- nothing more. Default privileges that grant every table UPDATE and DELETE to the application role
-- would have granted them here too when V20_1 created the table: take back from every role but the
-- owner what could change or remove a record, or add a trigger to the table.
-- The owner keeps its rights (an owner's cannot be taken), which is why checkpoints
-- (irp.audit.checkpoint.*) anchor the trail outside the database.
DO $$
DECLARE
    grantee_name TEXT;
BEGIN
    FOR grantee_name IN
        SELECT DISTINCT CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE acl.grantee::regrole::text END
        FROM pg_class table_class, aclexplode(table_class.relacl) acl
        WHERE table_class.oid = 'audit_record'::regclass
          AND acl.grantee <> table_class.relowner
          AND acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER')
    LOOP
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER ON audit_record FROM ' || grantee_name;
    END LOOP;
END
$$;
