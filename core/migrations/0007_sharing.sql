-- Version 7: sharing with her care team, only with her consent. Everything here stays
-- inside the encrypted vault: whom she shares with, what she agreed, what is waiting to
-- go and the ledger of what has gone.

-- Care-team members she has paired with, from their invite. Keys are base64; the relay
-- never supplies them. A key that changes freezes sharing until she checks it again.
CREATE TABLE care_contacts (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL,
    relay_url    TEXT NOT NULL,
    inbox_id     TEXT NOT NULL,
    signing_key  TEXT NOT NULL,            -- Ed25519 public key
    box_key      TEXT NOT NULL,            -- X25519 public key
    verified     INTEGER NOT NULL DEFAULT 0, -- she compared the safety number in person
    frozen       INTEGER NOT NULL DEFAULT 0, -- their keys changed: nothing is sent until re-verified
    added_at     INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;

-- Consent grants: recipient x categories x period, with a purpose. Never deleted, so
-- the ledger can always say under which grant something went.
CREATE TABLE consent_grants (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES care_contacts (id),
    categories  TEXT NOT NULL,             -- JSON array of category codes
    start_date  TEXT NOT NULL,             -- 'YYYY-MM-DD', inclusive
    end_date    TEXT,                      -- inclusive; NULL = until she stops it
    purpose     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    purged_at   INTEGER                    -- the relay was told to drop what it still holds
) STRICT;

CREATE INDEX consent_grants_by_contact ON consent_grants (contact_id);

-- What is waiting to be sent. Written in the same transaction as the change it carries.
CREATE TABLE outbox (
    envelope_id   TEXT PRIMARY KEY,        -- unique per send; re-sending is a no-op at the relay
    contact_id    TEXT NOT NULL REFERENCES care_contacts (id),
    grant_id      TEXT NOT NULL REFERENCES consent_grants (id),
    item_kind     TEXT NOT NULL,           -- 'appointment', 'medicine', 'dose', 'consent', ...
    item_id       TEXT NOT NULL,
    version       INTEGER NOT NULL,
    payload       BLOB NOT NULL,           -- FHIR R4 JSON; empty for a tombstone
    tombstone     INTEGER NOT NULL DEFAULT 0,
    queued_at     INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  INTEGER NOT NULL         -- Unix seconds; backoff after failures
) STRICT;

CREATE INDEX outbox_by_contact ON outbox (contact_id, next_attempt);

-- The latest version of each item each contact has been sent (or has queued), with a
-- hash of its content so an unchanged item is not sent again.
CREATE TABLE shared_items (
    contact_id  TEXT NOT NULL,
    item_kind   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    grant_id    TEXT NOT NULL,             -- the grant it last went under (for tombstones)
    PRIMARY KEY (contact_id, item_kind, item_id)
) STRICT;

-- Her ledger: every item shared, with whom, when, under which grant.
CREATE TABLE share_ledger (
    id           INTEGER PRIMARY KEY,
    envelope_id  TEXT NOT NULL UNIQUE,
    contact_id   TEXT NOT NULL,
    grant_id     TEXT NOT NULL,
    item_kind    TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    version      INTEGER NOT NULL,
    summary      TEXT NOT NULL,            -- what it was, in words, for her to read
    queued_at    INTEGER NOT NULL,
    sent_at      INTEGER,                  -- NULL until the relay has it
    withdrawn_at INTEGER                   -- unsent and dropped when she stopped sharing
) STRICT;

CREATE INDEX share_ledger_by_contact ON share_ledger (contact_id, queued_at);
