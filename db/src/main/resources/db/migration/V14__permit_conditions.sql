-- Issue 10: a permit carries conditions (set by an amendment), in order.
CREATE TABLE permit_condition (
    permit_id  VARCHAR(36)  NOT NULL,
    seq        INT          NOT NULL,
    wording    VARCHAR(500) NOT NULL,
    PRIMARY KEY (permit_id, seq),
    CONSTRAINT fk_permit_condition_permit FOREIGN KEY (permit_id) REFERENCES permit (id)
);
