-- Version 11: her ledger says exactly what happened to each item.

-- The relay dropped it undelivered when she stopped sharing: it never reached them.
ALTER TABLE share_ledger ADD COLUMN purged_at INTEGER;
