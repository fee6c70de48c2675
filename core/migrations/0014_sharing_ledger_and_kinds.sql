-- Version 11: her ledger says exactly what happened to each item, and an agreement to share
-- appointments says which kinds of appointment it covers.

-- The relay dropped it undelivered when she stopped sharing: it never reached them.
ALTER TABLE share_ledger ADD COLUMN purged_at INTEGER;

-- JSON array of appointment kind codes; empty when the grant has no appointments.
ALTER TABLE consent_grants ADD COLUMN appointment_kinds TEXT NOT NULL DEFAULT '[]';

-- Agreements made before kinds could be chosen take the new default: family time, court or
-- legal, and social worker meetings are left out, as she never ticked them. What was already
-- sent stays with the team, as when she stops sharing.
UPDATE consent_grants
SET appointment_kinds = '["specialist_midwife","antenatal_clinic_or_scan","drug_and_alcohol_key_worker","prescriber_review","gp","health_visitor","perinatal_mental_health","housing","peer_support","other"]'
WHERE EXISTS (SELECT 1 FROM json_each(categories) WHERE value = 'appointments');
