-- Demo data for trying Consulate out: two committees, their seats, datasets, and the demo realm's
-- people (subjects fixed in ear/src/main/keycloak/consulate-realm.json, db/demo-subjects.properties).
-- Enabled by consulate.demo-data=true. Idempotent: re-runs insert nothing twice.

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000001', 'applicant', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000001');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000002', 'applicant2', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000002');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000003', 'member', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000003');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000004', 'chair', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000004');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000005', 'outsider', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000005');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000006', 'legal', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000006');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000007', 'admin', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000007');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000008', 'legal2', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000008');

INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-000000000009', 'admin2', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-000000000009');

INSERT INTO dac (id, name, source_url)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'Demo Genomics DAC', 'https://consulate.example.org/dacs/demo-genomics'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac WHERE id = 'b7d3c0de-0000-4000-8000-000000000001');

INSERT INTO dac (id, name, source_url)
SELECT 'b7d3c0de-0000-4000-8000-000000000002', 'Demo Infectious Disease DAC', 'https://consulate.example.org/dacs/demo-infectious-disease'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac WHERE id = 'b7d3c0de-0000-4000-8000-000000000002');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', '5e1f0000-0000-4000-8000-000000000003', 'MEMBER'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND subject = '5e1f0000-0000-4000-8000-000000000003');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', '5e1f0000-0000-4000-8000-000000000004', 'CHAIR'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND subject = '5e1f0000-0000-4000-8000-000000000004');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', '5e1f0000-0000-4000-8000-000000000006', 'LEGAL_OFFICER'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND subject = '5e1f0000-0000-4000-8000-000000000006');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', '5e1f0000-0000-4000-8000-000000000007', 'ADMIN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND subject = '5e1f0000-0000-4000-8000-000000000007');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000002', '5e1f0000-0000-4000-8000-000000000005', 'MEMBER'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000002' AND subject = '5e1f0000-0000-4000-8000-000000000005');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000002', '5e1f0000-0000-4000-8000-000000000008', 'LEGAL_OFFICER'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000002' AND subject = '5e1f0000-0000-4000-8000-000000000008');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000002', '5e1f0000-0000-4000-8000-000000000009', 'ADMIN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000002' AND subject = '5e1f0000-0000-4000-8000-000000000009');

INSERT INTO dataset (id, url, title, dac_id)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'https://data.example.org/datasets/DEMO-0001',
       'Rare disease whole genomes (demo)', 'b7d3c0de-0000-4000-8000-000000000001'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001');

INSERT INTO dataset (id, url, title, dac_id)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'https://data.example.org/datasets/DEMO-0002',
       'Cancer cohort somatic variants (demo)', 'b7d3c0de-0000-4000-8000-000000000001'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002');

INSERT INTO dataset (id, url, title, dac_id)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'https://data.example.org/datasets/DEMO-0003',
       'Population reference panel (demo)', 'b7d3c0de-0000-4000-8000-000000000001'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003');

INSERT INTO dataset (id, url, title, dac_id)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'https://data.example.org/datasets/DEMO-0004',
       'Respiratory virus host genomes (demo)', 'b7d3c0de-0000-4000-8000-000000000002'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004');

-- Data-use conditions in DUO (migration 16), described once by the demo administrator; an
-- administrator's later change is kept. A permit carries the conditions they set, and a time
-- limit on use (TS) caps its validity.
UPDATE dataset SET use_permission = 'DUO:0000006', use_described_by = '5e1f0000-0000-4000-8000-000000000007', use_described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND use_permission IS NULL;
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'DUO:0000021', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND use_described_at = 0);
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'DUO:0000019', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND modifier = 'DUO:0000019')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND use_described_at = 0);

UPDATE dataset SET use_permission = 'DUO:0000007', use_described_by = '5e1f0000-0000-4000-8000-000000000007', use_described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND use_permission IS NULL;
INSERT INTO dataset_use_disease (dataset_id, disease_id)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'MONDO:0004992' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_disease WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND use_described_at = 0);
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'DUO:0000020', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND use_described_at = 0);
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'DUO:0000025', '24' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND modifier = 'DUO:0000025')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND use_described_at = 0);

UPDATE dataset SET use_permission = 'DUO:0000042', use_described_by = '5e1f0000-0000-4000-8000-000000000007', use_described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND use_permission IS NULL;

UPDATE dataset SET use_permission = 'DUO:0000006', use_described_by = '5e1f0000-0000-4000-8000-000000000009', use_described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND use_permission IS NULL;
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'DUO:0000022', 'European Economic Area' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000004')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND use_described_at = 0);

-- A third reviewer for the Demo Genomics DAC, so that a vote has three voters.
INSERT INTO person (subject, username, seen_at)
SELECT '5e1f0000-0000-4000-8000-00000000000a', 'member2', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM person WHERE subject = '5e1f0000-0000-4000-8000-00000000000a');

INSERT INTO dac_seat (dac_id, subject, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', '5e1f0000-0000-4000-8000-00000000000a', 'MEMBER'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_seat WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND subject = '5e1f0000-0000-4000-8000-00000000000a');

-- Process models (issue 6): the genomics committee runs research through completeness, vote and
-- legal check, and care (a rare-disease diagnosis) on the fast track; the infectious disease
-- committee runs research as a public-health emergency.
INSERT INTO dac_process (dac_id, request_use, process_key, changed_by, changed_at)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'research', 'research-request', 'system', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_process WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND request_use = 'research');

INSERT INTO dac_process (dac_id, request_use, process_key, changed_by, changed_at)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'care', 'rare-disease-diagnosis', 'system', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_process WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND request_use = 'care');

INSERT INTO dac_process (dac_id, request_use, process_key, changed_by, changed_at)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'commercial', 'commercial-request', 'system', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_process WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND request_use = 'commercial');

INSERT INTO dac_process (dac_id, request_use, process_key, changed_by, changed_at)
SELECT 'b7d3c0de-0000-4000-8000-000000000002', 'research', 'public-health-emergency', 'system', 0
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_process WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000002' AND request_use = 'research');
