-- Issue 10 (and the base of issue 7): a dataset's data-use conditions in the Data Use Ontology:
-- one permission (its CURIE), the diseases of a disease-specific permission, and the modifiers
-- with their parameter ('' when a modifier takes none). Who described them last, and when.
ALTER TABLE dataset ADD COLUMN use_permission VARCHAR(20) NULL;
ALTER TABLE dataset ADD COLUMN use_described_by VARCHAR(255) NULL;
ALTER TABLE dataset ADD COLUMN use_described_at BIGINT NULL;
CREATE TABLE dataset_use_disease (
    dataset_id  VARCHAR(36)  NOT NULL,
    disease_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (dataset_id, disease_id),
    CONSTRAINT fk_dataset_use_disease_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
);
CREATE TABLE dataset_use_modifier (
    dataset_id  VARCHAR(36)  NOT NULL,
    modifier    VARCHAR(20)  NOT NULL,
    parameter   VARCHAR(100) NOT NULL,
    PRIMARY KEY (dataset_id, modifier),
    CONSTRAINT fk_dataset_use_modifier_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
);
