-- "Waiting for you" by the open step (issue 6): the kind of step the request waits on (null when
-- none is open, and for requests submitted before steps were recorded, which wait on a review or
-- legal check by their state), and who can no longer act on that step (voted, recused, or kept
-- out by separate=true). Written with the summary row by SummaryProjection.
ALTER TABLE application_summary ADD COLUMN waits_on VARCHAR(32);

CREATE TABLE application_step_done (
    application_id  VARCHAR(36) NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    PRIMARY KEY (application_id, subject)
);
