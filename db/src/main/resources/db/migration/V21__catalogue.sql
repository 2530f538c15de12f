-- Issue 7: what the public catalogue shows of a dataset and a committee, and retirement (a retired
-- dataset leaves the catalogue; permits for it stay readable).
ALTER TABLE dataset ADD COLUMN description VARCHAR(4000) NULL;
ALTER TABLE dataset ADD COLUMN data_type VARCHAR(200) NULL;
ALTER TABLE dataset ADD COLUMN size_text VARCHAR(200) NULL;
ALTER TABLE dataset ADD COLUMN retired_at BIGINT NULL;
ALTER TABLE dataset ADD COLUMN described_by VARCHAR(255) NULL;
ALTER TABLE dataset ADD COLUMN described_at BIGINT NULL;
CREATE TABLE dataset_keyword (
    dataset_id  VARCHAR(36)  NOT NULL,
    keyword     VARCHAR(100) NOT NULL,
    PRIMARY KEY (dataset_id, keyword),
    CONSTRAINT fk_dataset_keyword_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
);
CREATE TABLE dataset_country (
    dataset_id  VARCHAR(36) NOT NULL,
    country     VARCHAR(2)  NOT NULL,
    PRIMARY KEY (dataset_id, country),
    CONSTRAINT fk_dataset_country_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
);
ALTER TABLE dac ADD COLUMN description VARCHAR(4000) NULL;
ALTER TABLE dac ADD COLUMN contact_email VARCHAR(254) NULL;
-- A cart with datasets of several committees becomes one request per committee, linked as a group.
CREATE TABLE application_link (
    application_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    group_id        VARCHAR(36) NOT NULL
);
CREATE INDEX ix_application_link_group ON application_link (group_id);
