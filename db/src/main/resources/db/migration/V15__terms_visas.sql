-- Issue 10: a committee names its terms (the data access agreement's URL); a person who accepts
-- them holds an AcceptedTermsAndPolicies visa (GA4GH AAI 1.2), signed and stored as served.
ALTER TABLE dac ADD COLUMN terms_url VARCHAR(500) NULL;
CREATE TABLE terms_visa (
    id              VARCHAR(36)   NOT NULL,
    holder_subject  VARCHAR(255)  NOT NULL,
    person_subject  VARCHAR(255)  NOT NULL,
    dac_id          VARCHAR(36)   NOT NULL,
    terms_url       VARCHAR(500)  NOT NULL,
    jwt             VARCHAR(4000) NOT NULL,
    kid             VARCHAR(100)  NOT NULL,
    accepted_at     BIGINT        NOT NULL,
    expires_at      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_terms_visa_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);
CREATE INDEX ix_terms_visa_holder ON terms_visa (holder_subject, expires_at);
CREATE INDEX ix_terms_visa_kid ON terms_visa (kid, expires_at);
