-- Page sessions kept server-side, so signing out, disabling a user or changing a password ends them
-- at once; id_hash is the SHA-256 of the random id in the session cookie (the cookie alone is useless).
CREATE TABLE irp_session (
    id_hash    CHAR(64)     NOT NULL PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    expires_at TIMESTAMP    NOT NULL
);
CREATE INDEX irp_session_username ON irp_session (username);
CREATE INDEX irp_session_expires ON irp_session (expires_at);

-- A disabled user can neither sign in nor use HTTP Basic; an admin enables them again.
ALTER TABLE irp_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;

-- An API token may expire; NULL means it lasts until revoked.
ALTER TABLE irp_api_token ADD COLUMN expires_at TIMESTAMP;
