-- Issue 7: versioned terms (data access agreements) per committee. A committee publishes versions;
-- its current one is what applicants accept unless a dataset names another; an acceptance records
-- the exact version. Committees can be retired, and every change to a committee or its datasets
-- is kept with who made it and when.
CREATE TABLE terms_version (
    id            VARCHAR(36)  NOT NULL,
    dac_id        VARCHAR(36)  NOT NULL,
    version       VARCHAR(40)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    url           VARCHAR(500) NOT NULL,
    published_at  BIGINT       NOT NULL,
    published_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_terms_version UNIQUE (dac_id, version),
    CONSTRAINT fk_terms_version_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);
ALTER TABLE dac ADD COLUMN terms_version_id VARCHAR(36) NULL;
ALTER TABLE dac ADD COLUMN retired_at BIGINT NULL;
ALTER TABLE dac ADD COLUMN retired_by VARCHAR(255) NULL;
ALTER TABLE dataset ADD COLUMN terms_version_id VARCHAR(36) NULL;
ALTER TABLE dataset ADD CONSTRAINT fk_dataset_terms_version FOREIGN KEY (terms_version_id) REFERENCES terms_version (id);
ALTER TABLE terms_visa ADD COLUMN terms_version_id VARCHAR(36) NULL;

-- a committee's terms URL of issue 10 becomes its version 1
INSERT INTO terms_version (id, dac_id, version, title, url, published_at, published_by)
SELECT CONCAT('terms-', id), id, '1', 'Data access agreement', terms_url, 0, 'migration'
FROM dac WHERE terms_url IS NOT NULL;
UPDATE dac SET terms_version_id = CONCAT('terms-', id) WHERE terms_url IS NOT NULL;
UPDATE terms_visa SET terms_version_id = (SELECT v.id FROM terms_version v
    WHERE v.dac_id = terms_visa.dac_id AND v.url = terms_visa.terms_url);
ALTER TABLE dac DROP COLUMN terms_url;
ALTER TABLE dac ADD CONSTRAINT fk_dac_terms_version FOREIGN KEY (terms_version_id) REFERENCES terms_version (id);

CREATE TABLE catalogue_change (
    id          VARCHAR(36)   NOT NULL,
    dac_id      VARCHAR(36)   NOT NULL,
    dataset_id  VARCHAR(36)   NULL,
    change_type VARCHAR(40)   NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    changed_at  BIGINT        NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_catalogue_change_dac ON catalogue_change (dac_id, changed_at);
