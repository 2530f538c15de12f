-- Committee request lists (issue 14): a page of one committee's requests, newest or most
-- recently changed first, read from the summary without sorting the committee's whole list.
CREATE INDEX ix_application_summary_dac_created ON application_summary (dac_id, created_at);
CREATE INDEX ix_application_summary_dac_updated ON application_summary (dac_id, updated_at);
