-- Version 6: an appointment can point at a venue in the service directory, so Today can
-- show where it is and what else meets there that day. Only the id is kept: the venue's
-- details come from whichever directory is installed, and the free-text location keeps
-- a copy of the address in case a later directory drops the venue.

ALTER TABLE appointments ADD COLUMN venue_id TEXT;
