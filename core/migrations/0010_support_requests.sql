-- Version 10: requests for support she chooses to send, and the services in the signed
-- directory that accept them.

-- A service that accepts requests publishes its invite code (relay, inbox, keys) inside
-- the signed directory bundle; NULL for every other service.
ALTER TABLE dir_services ADD COLUMN requests TEXT;

-- Set when a contact was made from a directory service she sent a request to, not from
-- pairing: such contacts are not shown as her care team, and their keys come only from
-- a validly signed directory.
ALTER TABLE care_contacts ADD COLUMN directory_service TEXT;

-- Her yes to sending one request, and nothing else: never used by the diary's sharing
-- hook, not listed among her sharing agreements, but named in the ledger.
ALTER TABLE consent_grants ADD COLUMN one_off INTEGER NOT NULL DEFAULT 0;

-- The requests she sent, with what she chose (so the phone can show it again) and how
-- far each has got. Whether it has left the phone is read from its ledger line.
CREATE TABLE support_requests (
    id            TEXT PRIMARY KEY,
    contact_id    TEXT NOT NULL REFERENCES care_contacts (id),
    grant_id      TEXT NOT NULL REFERENCES consent_grants (id),
    envelope_id   TEXT NOT NULL UNIQUE,
    urgency       TEXT NOT NULL,
    draft         TEXT NOT NULL,           -- JSON of what she chose
    created_at    INTEGER NOT NULL,
    received_at   INTEGER,                 -- their app confirmed it had opened it
    answered_at   INTEGER,                 -- someone there replied
    answer        TEXT,                    -- their short reply, if they wrote one
    cancelled_at  INTEGER                  -- she took it back before it went
) STRICT;
