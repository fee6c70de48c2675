-- Version 15: forgetting on purpose. One date of a repeating appointment can be forgotten
-- while the rest of the series stays: its row then keeps only its position, flagged here,
-- so the series' numbering (which her care team's copies are keyed by) never shifts.
ALTER TABLE occurrences ADD COLUMN forgotten INTEGER NOT NULL DEFAULT 0;
