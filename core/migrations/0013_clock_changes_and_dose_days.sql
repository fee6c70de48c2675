-- Version 13: clock changes and doses nobody logged.
--
-- On the night the clocks go back a time like 01:30 happens twice; she chooses which one
-- she means, and the choice is kept with the time she typed: an appointment's first start
-- and a moved occurrence's new start (1 = the second of the two).

ALTER TABLE appointments ADD COLUMN start_second INTEGER NOT NULL DEFAULT 0;
ALTER TABLE occurrences ADD COLUMN moved_to_second INTEGER NOT NULL DEFAULT 0;
