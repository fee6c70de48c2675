-- Version 12: which directory services are about a baby being there (baby groups, buggy
-- walks, weigh clinics, stay and play), so that none of them is offered to a mother whose
-- baby is not with her. 0 for every row until the next import sets it from the bundle.
ALTER TABLE dir_services ADD COLUMN baby_centred INTEGER NOT NULL DEFAULT 0;
