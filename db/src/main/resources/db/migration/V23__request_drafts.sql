-- Issue 8: requests start as drafts. A draft is the applicant's unfinished form, saved as they type;
-- it is not a request yet (no events, invisible to committees) until it is submitted, which deletes it.
CREATE TABLE request_draft (
    id                VARCHAR(36)    NOT NULL,
    applicant_subject VARCHAR(255)   NOT NULL,
    title             VARCHAR(200)   NULL,
    content           VARCHAR(12000) NOT NULL,
    created_at        BIGINT         NOT NULL,
    updated_at        BIGINT         NOT NULL,
    copied_from       VARCHAR(36)    NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_request_draft_applicant ON request_draft (applicant_subject, updated_at);
