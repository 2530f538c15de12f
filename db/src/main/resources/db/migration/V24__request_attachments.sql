-- Issue 8: files attached to a request. What was attached (name, type read from the content, size,
-- SHA-256, committee-only, scan verdict) is the event attachment-added in the request's history;
-- the bytes are kept here, and every download is logged.
CREATE TABLE attachment_content (
    attachment_id  VARCHAR(36) NOT NULL,
    application_id VARCHAR(36) NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    size_bytes     BIGINT      NOT NULL,
    content        LONGBLOB    NOT NULL,
    stored_at      BIGINT      NOT NULL,
    PRIMARY KEY (attachment_id)
);
CREATE INDEX ix_attachment_content_application ON attachment_content (application_id);

CREATE TABLE attachment_download (
    id                 VARCHAR(36)  NOT NULL,
    attachment_id      VARCHAR(36)  NOT NULL,
    application_id     VARCHAR(36)  NOT NULL,
    downloader_subject VARCHAR(255) NOT NULL,
    downloaded_at      BIGINT       NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_attachment_download_attachment ON attachment_download (attachment_id, downloaded_at);
