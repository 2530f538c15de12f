-- Text search in request lists (issue 14): the words of each request's title and applicant name,
-- lower-cased, one row per word. A search reads the index range of its rarest word's prefix
-- within the caller's committees instead of reading every row of a committee with LIKE '%...%'.
-- Written with the summary row (same transaction) by SummaryProjection; rows of older
-- projections are rewritten at start.
CREATE TABLE application_word (
    dac_id          VARCHAR(36) NOT NULL,
    word            VARCHAR(40) NOT NULL,
    application_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (dac_id, word, application_id)
);
-- the other words of a search, checked per found request
CREATE INDEX ix_application_word_application ON application_word (application_id, word);
