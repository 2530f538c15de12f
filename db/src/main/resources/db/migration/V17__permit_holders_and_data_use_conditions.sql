-- Issue 10: a permit is held by its applicant and by the co-holders an amendment names (people by
-- their identity provider subject), in the order they were added; each holder has their own visas.
CREATE TABLE permit_holder (
    permit_id  VARCHAR(36)  NOT NULL,
    seq        INT          NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    PRIMARY KEY (permit_id, seq),
    CONSTRAINT fk_permit_holder_permit FOREIGN KEY (permit_id) REFERENCES permit (id)
);
CREATE INDEX ix_permit_co_holder_subject ON permit_holder (subject);

-- The conditions a permit carries because of its datasets' data use (DUO modifiers), worded when
-- it was issued or amended; permit_condition keeps the committee's own.
CREATE TABLE permit_data_use_condition (
    permit_id  VARCHAR(36)  NOT NULL,
    seq        INT          NOT NULL,
    wording    VARCHAR(500) NOT NULL,
    PRIMARY KEY (permit_id, seq),
    CONSTRAINT fk_permit_data_use_condition_permit FOREIGN KEY (permit_id) REFERENCES permit (id)
);
