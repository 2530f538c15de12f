-- Issue 8: each committee's application form, in versions. A version is never changed once
-- published (a running request keeps the version it was answered with); one version is current.
CREATE TABLE committee_form (
    id           VARCHAR(36)  NOT NULL,
    dac_id       VARCHAR(36)  NOT NULL,
    version      INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    definition   TEXT         NOT NULL,
    published_at BIGINT       NOT NULL,
    published_by VARCHAR(255) NOT NULL,
    is_current   BOOLEAN      NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_committee_form_version ON committee_form (dac_id, version);
