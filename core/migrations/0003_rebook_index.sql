-- Version 3: Today checks, for each recently missed appointment, whether another one was
-- booked to replace it. Without this index that check scanned every appointment.

CREATE INDEX appointments_by_rebooks ON appointments (rebooks_appointment, rebooks_occurrence);
