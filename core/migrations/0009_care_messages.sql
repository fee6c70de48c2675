-- Version 9: what her care team sends back (acknowledgements, appointment proposals),
-- opened and checked on the phone, kept until she deals with it.

CREATE TABLE care_messages (
    envelope_id  TEXT PRIMARY KEY,          -- a message seen twice is stored once
    contact_id   TEXT NOT NULL REFERENCES care_contacts (id),
    kind         TEXT NOT NULL,             -- 'ack', 'appointment-proposal'
    item_id      TEXT NOT NULL,
    version      INTEGER NOT NULL,
    payload      BLOB NOT NULL,             -- FHIR R4 JSON
    received_at  INTEGER NOT NULL,
    handled_at   INTEGER                    -- accepted, declined or read
) STRICT;

-- When the team's phone confirmed it had opened an envelope.
ALTER TABLE share_ledger ADD COLUMN acknowledged_at INTEGER;
