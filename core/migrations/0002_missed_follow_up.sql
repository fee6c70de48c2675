-- Version 2: a missed appointment offers to rebook. Remember which appointment was booked
-- to replace which missed occurrence, and when she has set the offer aside; index the
-- dose log by date for Today.

ALTER TABLE appointments ADD COLUMN rebooks_appointment TEXT;
ALTER TABLE appointments ADD COLUMN rebooks_occurrence INTEGER;
ALTER TABLE occurrences ADD COLUMN follow_up_dismissed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE occurrences ADD COLUMN start_utc INTEGER;

CREATE INDEX occurrences_by_status ON occurrences (status, start_utc);
CREATE INDEX dose_log_by_date ON dose_log (date, medicine_id);
