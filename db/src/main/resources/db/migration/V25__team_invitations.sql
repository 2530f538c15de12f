-- Issue 8: the applicant invites team members by e-mail. The invitation itself is the event
-- team-member-invited; its single-use token is kept here as a SHA-256 only (the mail holds the
-- token), with when it expires and who used it (once).
CREATE TABLE team_invitation (
    id             VARCHAR(36)  NOT NULL,
    application_id VARCHAR(36)  NOT NULL,
    token_sha256   CHAR(64)     NOT NULL,
    expires_at     BIGINT       NOT NULL,
    used_by        VARCHAR(255) NULL,
    used_at        BIGINT       NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_team_invitation_token ON team_invitation (token_sha256);
CREATE INDEX ix_team_invitation_application ON team_invitation (application_id);
