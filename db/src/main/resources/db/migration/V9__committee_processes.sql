-- Which process model runs a committee's requests (issue 6): one row per committee and track
-- ('research', 'care', or 'commercial' for research by a commercial applicant; the column is
-- named request_use); a committee without a row uses the shipped default of that track
-- (CommitteeProcesses). The model itself lives in the BPMN engine's repository: shipped models
-- without a tenant, models a committee's administrator uploaded under the committee's id.
CREATE TABLE dac_process (
    dac_id       VARCHAR(36) NOT NULL,
    request_use  VARCHAR(16) NOT NULL,
    process_key  VARCHAR(64) NOT NULL,
    changed_by   VARCHAR(255) NOT NULL,
    changed_at   BIGINT NOT NULL,
    PRIMARY KEY (dac_id, request_use)
);
