-- Consulate core schema. Portable between MySQL 8 / MariaDB 10.11 and H2 2.x:
-- string keys (UUIDs), times as epoch milliseconds (BIGINT), no vendor types.

CREATE TABLE dac (
    id          VARCHAR(36)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    source_url  VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dac_source_url UNIQUE (source_url)
);

-- Committee membership: a username of the identity provider and the role held in this DAC.
CREATE TABLE dac_member (
    dac_id       VARCHAR(36)  NOT NULL,
    username     VARCHAR(100) NOT NULL,
    member_role  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (dac_id, username),
    CONSTRAINT fk_dac_member_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);

CREATE TABLE dataset (
    id      VARCHAR(36)  NOT NULL,
    url     VARCHAR(500) NOT NULL,
    title   VARCHAR(300) NOT NULL,
    dac_id  VARCHAR(36)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dataset_url UNIQUE (url),
    CONSTRAINT fk_dataset_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);

-- The append-only log of a data access application. The current state of an application is
-- derived from these rows; (application_id, seq) is unique, which is what makes two
-- concurrent commands on the same application unable to both succeed.
CREATE TABLE application_event (
    id              VARCHAR(36)   NOT NULL,
    application_id  VARCHAR(36)   NOT NULL,
    seq             INT           NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    occurred_at     BIGINT        NOT NULL,
    payload         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_application_event_seq UNIQUE (application_id, seq)
);
CREATE INDEX ix_application_event_type ON application_event (event_type);

-- A read model of applications for lists and queues, rewritten from the events in the same
-- transaction that appends them. Never the source of truth.
CREATE TABLE application_summary (
    application_id  VARCHAR(36)  NOT NULL,
    applicant       VARCHAR(100) NOT NULL,
    dac_id          VARCHAR(36)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    state           VARCHAR(30)  NOT NULL,
    version         INT          NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    PRIMARY KEY (application_id),
    CONSTRAINT fk_application_summary_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);
CREATE INDEX ix_application_summary_applicant ON application_summary (applicant);
CREATE INDEX ix_application_summary_dac_state ON application_summary (dac_id, state);

CREATE TABLE permit (
    id              VARCHAR(36)  NOT NULL,
    application_id  VARCHAR(36)  NOT NULL,
    holder          VARCHAR(100) NOT NULL,
    holder_subject  VARCHAR(255) NOT NULL,
    dac_id          VARCHAR(36)  NOT NULL,
    decided_at      BIGINT       NOT NULL,
    valid_from      BIGINT       NOT NULL,
    valid_until     BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_permit_application UNIQUE (application_id),
    CONSTRAINT fk_permit_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);
CREATE INDEX ix_permit_holder_subject ON permit (holder_subject);
CREATE INDEX ix_permit_holder ON permit (holder);

CREATE TABLE permit_dataset (
    permit_id   VARCHAR(36) NOT NULL,
    dataset_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (permit_id, dataset_id),
    CONSTRAINT fk_permit_dataset_permit FOREIGN KEY (permit_id) REFERENCES permit (id),
    CONSTRAINT fk_permit_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
);

-- A GA4GH visa, signed once at permit issuance and served exactly as stored. id is the jti.
CREATE TABLE visa (
    id              VARCHAR(36)   NOT NULL,
    permit_id       VARCHAR(36)   NOT NULL,
    dataset_id      VARCHAR(36)   NOT NULL,
    holder_subject  VARCHAR(255)  NOT NULL,
    jwt             VARCHAR(4000) NOT NULL,
    issued_at       BIGINT        NOT NULL,
    expires_at      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_visa_grant UNIQUE (permit_id, dataset_id, holder_subject),
    CONSTRAINT fk_visa_permit FOREIGN KEY (permit_id) REFERENCES permit (id),
    CONSTRAINT fk_visa_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
);
CREATE INDEX ix_visa_holder_subject ON visa (holder_subject);

-- The visa signing key pair (private JWK). Created on first start; its kid never changes.
CREATE TABLE signing_key (
    kid          VARCHAR(100)  NOT NULL,
    private_jwk  VARCHAR(4000) NOT NULL,
    created_at   BIGINT        NOT NULL,
    PRIMARY KEY (kid)
);
