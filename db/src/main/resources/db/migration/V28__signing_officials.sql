-- Issue 8: a committee may want a signing official of the applicant's institution to confirm a
-- request before it reaches the committee. The request records the ask and the answer as events
-- (signing-official-asked, -confirmed, -declined); the single-use link's token is kept here as a
-- SHA-256 only, with when it expires and who used it (once).
ALTER TABLE dac ADD COLUMN signing_official_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE signature_request (
    id             VARCHAR(36)  NOT NULL,
    application_id VARCHAR(36)  NOT NULL,
    token_sha256   CHAR(64)     NOT NULL,
    expires_at     BIGINT       NOT NULL,
    used_by        VARCHAR(255) NULL,
    used_at        BIGINT       NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_signature_request_token ON signature_request (token_sha256);
CREATE INDEX ix_signature_request_application ON signature_request (application_id);
