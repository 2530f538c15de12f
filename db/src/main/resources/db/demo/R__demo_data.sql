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

-- The catalogue (issue 7): two more datasets with other data uses, and what the catalogue shows of
-- each: description, keywords, countries, type and size (set once; an administrator's change is kept).
INSERT INTO dataset (id, url, title, dac_id)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'https://data.example.org/datasets/DEMO-0005', 'Type 2 diabetes biobank (demo)', 'b7d3c0de-0000-4000-8000-000000000001'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005');
INSERT INTO dataset (id, url, title, dac_id)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'https://data.example.org/datasets/DEMO-0006', 'European ancestry genotypes (demo)', 'b7d3c0de-0000-4000-8000-000000000002'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006');
UPDATE dataset SET use_permission = 'DUO:0000007', use_described_by = '5e1f0000-0000-4000-8000-000000000007', use_described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND use_permission IS NULL;
INSERT INTO dataset_use_disease (dataset_id, disease_id)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'MONDO:0005148' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_disease WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND use_described_at = 0);
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'DUO:0000046', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND use_described_at = 0);
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'DUO:0000021', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005' AND modifier = 'DUO:0000021')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND use_described_at = 0);

UPDATE dataset SET use_permission = 'DUO:0000011', use_described_by = '5e1f0000-0000-4000-8000-000000000009', use_described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND use_permission IS NULL;
INSERT INTO dataset_use_modifier (dataset_id, modifier, parameter)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'DUO:0000045', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_use_modifier WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND use_described_at = 0);
UPDATE dataset SET description = 'Whole genome sequences of 1,200 children with undiagnosed rare diseases and their parents, with HPO-coded phenotypes.', data_type = 'Whole genome sequences (CRAM, VCF)', size_text = '3,600 genomes', described_by = '5e1f0000-0000-4000-8000-000000000007', described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at IS NULL;
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'rare disease' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND keyword = 'rare disease')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'whole genome' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND keyword = 'whole genome')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'trios' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND keyword = 'trios')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'paediatrics' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND keyword = 'paediatrics')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'DE' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND country = 'DE')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'NL' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND country = 'NL')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000001', 'BE' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000001' AND country = 'BE')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000001' AND described_at = 0);
UPDATE dataset SET description = 'Tumour and matched normal exomes of cancer patients with somatic variant calls and treatment outcomes.', data_type = 'Exome sequences, somatic VCF', size_text = '850 patients', described_by = '5e1f0000-0000-4000-8000-000000000007', described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at IS NULL;
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'cancer' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND keyword = 'cancer')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'somatic variants' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND keyword = 'somatic variants')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'exome' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND keyword = 'exome')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'lung' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND keyword = 'lung')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'FR' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND country = 'FR')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000002', 'ES' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000002' AND country = 'ES')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000002' AND described_at = 0);
UPDATE dataset SET description = 'Genotypes of healthy volunteers for use as a reference panel in imputation and population studies.', data_type = 'Genotype array data', size_text = '5,000 individuals', described_by = '5e1f0000-0000-4000-8000-000000000007', described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at IS NULL;
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'reference panel' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000003' AND keyword = 'reference panel')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'genotypes' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000003' AND keyword = 'genotypes')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'imputation' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000003' AND keyword = 'imputation')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'FI' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000003' AND country = 'FI')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'SE' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000003' AND country = 'SE')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000003', 'DK' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000003' AND country = 'DK')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000003' AND described_at = 0);
UPDATE dataset SET description = 'Host genomes of patients hospitalised with respiratory virus infections, with clinical severity scores.', data_type = 'Whole genome sequences', size_text = '2,300 genomes', described_by = '5e1f0000-0000-4000-8000-000000000007', described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND described_at IS NULL;
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'infectious disease' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000004' AND keyword = 'infectious disease')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'COVID-19' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000004' AND keyword = 'COVID-19')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'host genetics' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000004' AND keyword = 'host genetics')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'IT' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000004' AND country = 'IT')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000004', 'DE' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000004' AND country = 'DE')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000004' AND described_at = 0);
UPDATE dataset SET description = 'Genotypes and longitudinal clinical data of a type 2 diabetes biobank cohort.', data_type = 'Genotypes and clinical records', size_text = '12,000 participants', described_by = '5e1f0000-0000-4000-8000-000000000007', described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND described_at IS NULL;
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'diabetes' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005' AND keyword = 'diabetes')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'biobank' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005' AND keyword = 'biobank')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'longitudinal' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005' AND keyword = 'longitudinal')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'FI' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005' AND country = 'FI')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000005', 'SE' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000005' AND country = 'SE')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000005' AND described_at = 0);
UPDATE dataset SET description = 'Genome-wide genotypes of individuals of European ancestry for population history research.', data_type = 'Genotype array data', size_text = '4,000 individuals', described_by = '5e1f0000-0000-4000-8000-000000000007', described_at = 0
WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at IS NULL;
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'ancestry' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006' AND keyword = 'ancestry')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'population genetics' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006' AND keyword = 'population genetics')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at = 0);
INSERT INTO dataset_keyword (dataset_id, keyword)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'genotypes' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_keyword WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006' AND keyword = 'genotypes')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'DE' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006' AND country = 'DE')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'IT' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006' AND country = 'IT')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at = 0);
INSERT INTO dataset_country (dataset_id, country)
SELECT 'da7a5e70-0000-4000-8000-000000000006', 'ES' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM dataset_country WHERE dataset_id = 'da7a5e70-0000-4000-8000-000000000006' AND country = 'ES')
  AND EXISTS (SELECT 1 FROM dataset WHERE id = 'da7a5e70-0000-4000-8000-000000000006' AND described_at = 0);
UPDATE dac SET description = 'Reviews requests for the rare disease, cancer and diabetes genomes of the demo network.', contact_email = 'genomics-dac@consulate.example.org'
WHERE id = 'b7d3c0de-0000-4000-8000-000000000001' AND description IS NULL;
UPDATE dac SET description = 'Reviews requests for infectious disease and population data of the demo network.', contact_email = 'infectious-dac@consulate.example.org'
WHERE id = 'b7d3c0de-0000-4000-8000-000000000002' AND description IS NULL;
-- Terms (migration 22): the infectious disease committee publishes version 1.0 of its data access
-- agreement; its datasets name it, so applicants accept exactly that version when they request them.
INSERT INTO terms_version (id, dac_id, version, title, url, published_at, published_by)
SELECT '7e4d5000-0000-4000-8000-000000000001', 'b7d3c0de-0000-4000-8000-000000000002', '1.0',
       'Infectious Disease DAC data access agreement', 'https://consulate.example.org/dacs/demo-infectious-disease/terms/1.0',
       1764547200000, '5e1f0000-0000-4000-8000-000000000009'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM terms_version WHERE id = '7e4d5000-0000-4000-8000-000000000001');
UPDATE dac SET terms_version_id = '7e4d5000-0000-4000-8000-000000000001'
WHERE id = 'b7d3c0de-0000-4000-8000-000000000002' AND terms_version_id IS NULL;
UPDATE dataset SET terms_version_id = '7e4d5000-0000-4000-8000-000000000001'
WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000002' AND terms_version_id IS NULL AND described_at = 0;
