-- Issue 7: the diseases that purposes and datasets name, with their is_a hierarchy, read from an
-- OBO file (MONDO by default; a demo subset ships and is loaded while the table is empty). An
-- import replaces all terms at once; each import is recorded with who and when.
CREATE TABLE disease_term (
    id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    label  VARCHAR(500) NOT NULL
);
CREATE TABLE disease_parent (
    disease_id  VARCHAR(64) NOT NULL,
    parent_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (disease_id, parent_id),
    CONSTRAINT fk_disease_parent_term FOREIGN KEY (disease_id) REFERENCES disease_term (id)
);
CREATE TABLE disease_import (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    source       VARCHAR(200) NOT NULL,
    version      VARCHAR(200) NULL,
    terms        INT          NOT NULL,
    imported_by  VARCHAR(255) NOT NULL,
    imported_at  BIGINT       NOT NULL
);
CREATE INDEX ix_disease_import_at ON disease_import (imported_at);
