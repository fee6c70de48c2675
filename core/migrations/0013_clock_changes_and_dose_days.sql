-- Version 13: clock changes, and opioid treatment days nobody logged.
--
-- On the night the clocks go back a time like 01:30 happens twice; she chooses which one
-- she means, and the choice is kept with the time she typed: an appointment's first start
-- and a moved occurrence's new start (1 = the second of the two).

ALTER TABLE appointments ADD COLUMN start_second INTEGER NOT NULL DEFAULT 0;
ALTER TABLE occurrences ADD COLUMN moved_to_second INTEGER NOT NULL DEFAULT 0;

-- Days of an opioid treatment medicine with nothing logged that she answered "I'm not
-- sure" about, or set aside ("Not now"), when Today asked: never asked about again.
-- A yes or a no is logged in dose_log instead.
CREATE TABLE dose_day_answers (
    medicine_id TEXT NOT NULL REFERENCES medicines (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,                 -- local date, YYYY-MM-DD
    answer      TEXT NOT NULL,                 -- 'not_sure' or 'dismissed'
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (medicine_id, date)
) STRICT;
