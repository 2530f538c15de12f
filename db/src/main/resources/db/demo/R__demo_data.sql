-- Demo data for trying Consulate out: one committee, its members and three datasets.
-- Enabled by consulate.demo-data=true. Idempotent: re-runs insert nothing twice.

INSERT INTO dac (id, name, source_url)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'Demo Genomics DAC', 'https://consulate.example.org/dacs/demo-genomics'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac WHERE id = 'b7d3c0de-0000-4000-8000-000000000001');

INSERT INTO dac_member (dac_id, username, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'member', 'MEMBER'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_member WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND username = 'member');

INSERT INTO dac_member (dac_id, username, member_role)
SELECT 'b7d3c0de-0000-4000-8000-000000000001', 'chair', 'CHAIR'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM dac_member WHERE dac_id = 'b7d3c0de-0000-4000-8000-000000000001' AND username = 'chair');

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
