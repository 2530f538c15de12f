-- Issue 10: each committee decides whether its decisions (permits and refusals) appear in the
-- public register (EHDS Art. 57/58). Off until its administrator turns it on.
ALTER TABLE dac ADD COLUMN publishes_register BOOLEAN DEFAULT FALSE NOT NULL;
