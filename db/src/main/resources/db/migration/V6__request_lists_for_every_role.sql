-- Request lists for every role (issue 14): decided requests, decision deadlines, the step's
-- separation of duties and the dataset filter, all read from the summary, never from the events
-- or the engine's task tables.
--   decided_at   when the outcome was settled (rejection, failed or passed legal check); null while pending
--   due_at       the decision deadline (three months after submission) while pending; null once decided
--   reviewed_by  who approved the committee review (they may not do the legal check: not on their list)
--   projection   the version of the code that wrote the row; the application rewrites older rows
--                from their events at start (existing rows lack the new columns' values)
ALTER TABLE application_summary ADD COLUMN decided_at BIGINT NULL;
ALTER TABLE application_summary ADD COLUMN due_at BIGINT NULL;
ALTER TABLE application_summary ADD COLUMN reviewed_by VARCHAR(255) NULL;
ALTER TABLE application_summary ADD COLUMN projection INT NOT NULL DEFAULT 0;

CREATE TABLE application_dataset (
    application_id  VARCHAR(36) NOT NULL,
    dataset_id      VARCHAR(36) NOT NULL,
    PRIMARY KEY (application_id, dataset_id)
);
CREATE INDEX ix_application_dataset_dataset ON application_dataset (dataset_id, application_id);

-- the waiting and open lists: one committee, one state, in submission order; the applicant and
-- the review's approver let a waiting list be counted from the index (migration 7 drops the
-- older (dac_id, state) index that this one extends)
CREATE INDEX ix_application_summary_dac_state_created ON application_summary
    (dac_id, state, created_at, application_id, applicant, reviewed_by);
-- a committee's list in each order a page offers, read in index order and cut after a page:
-- submission, last change, decision, deadline, title, each with the id that breaks ties
-- (H2 reads an index in order only when it holds every ORDER BY column; migration 7 adds the
-- descending twins H2 needs, MySQL and MariaDB read these backwards)
CREATE INDEX ix_application_summary_dac_created_id ON application_summary (dac_id, created_at, application_id);
CREATE INDEX ix_application_summary_dac_updated_id ON application_summary (dac_id, updated_at, application_id);
CREATE INDEX ix_application_summary_dac_decided ON application_summary (dac_id, decided_at, application_id);
CREATE INDEX ix_application_summary_dac_due ON application_summary (dac_id, due_at, application_id);
-- rows an older version wrote, to be rewritten at start
CREATE INDEX ix_application_summary_projection ON application_summary (projection);
CREATE INDEX ix_application_summary_dac_title ON application_summary (dac_id, title, application_id);
-- permit lists: a holder's, a committee's, latest decision first
CREATE INDEX ix_permit_holder_decided ON permit (holder, decided_at);
CREATE INDEX ix_permit_dac_decided ON permit (dac_id, decided_at);
