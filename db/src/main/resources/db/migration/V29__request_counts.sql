-- Issue 14: how many requests each committee has in each state, decided or open, kept in the
-- transaction that rewrites a request's summary row (a row's old key loses one, its new key gains
-- one). A list without filters reads its counts per state here, exact and in one short query,
-- instead of counting the committee's summary rows (which at a million requests costs more than
-- the page itself). Filtered lists still count their rows, stopping after 1,000.
CREATE TABLE application_state_count (
    dac_id    VARCHAR(36) NOT NULL,
    state     VARCHAR(30) NOT NULL,
    decided   BOOLEAN     NOT NULL,
    requests  BIGINT      NOT NULL,
    PRIMARY KEY (dac_id, state, decided)
);

INSERT INTO application_state_count (dac_id, state, decided, requests)
    SELECT dac_id, state, decided_at IS NOT NULL, COUNT(*) FROM application_summary
    GROUP BY dac_id, state, decided_at IS NOT NULL;
