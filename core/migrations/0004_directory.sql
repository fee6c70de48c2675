-- Version 4: the service directory for her area, kept inside the encrypted vault so that
-- which area she looks at stays private. Replaced as a whole by each import.

-- One row: the installed directory's provenance.
CREATE TABLE dir_meta (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    publisher     TEXT NOT NULL,
    publisher_key TEXT NOT NULL,            -- base64 Ed25519 public key that signed it
    area          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    issued        TEXT NOT NULL,            -- 'YYYY-MM-DD'
    expires       TEXT NOT NULL,            -- 'YYYY-MM-DD'
    sample        INTEGER NOT NULL,         -- 1 for made-up demonstration data
    imported_at   INTEGER NOT NULL          -- Unix seconds
) STRICT;

CREATE TABLE dir_services (
    rowid        INTEGER PRIMARY KEY,       -- also the rowid in dir_search
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL,
    category     TEXT NOT NULL,             -- protocol code, 'drug_and_alcohol_treatment'
    description  TEXT NOT NULL,
    phone        TEXT,
    web          TEXT,
    referral     TEXT NOT NULL,             -- 'self_referral', 'through_professional', 'either'
    eligibility  TEXT,
    languages    TEXT NOT NULL DEFAULT '[]' -- JSON array
) STRICT;

CREATE INDEX dir_services_by_category ON dir_services (category);

CREATE TABLE dir_venues (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    address       TEXT NOT NULL,
    postcode      TEXT NOT NULL,
    latitude      REAL NOT NULL,
    longitude     REAL NOT NULL,
    step_free     INTEGER NOT NULL,
    accessibility TEXT,
    transport     TEXT
) STRICT;

CREATE TABLE dir_sessions (
    id             INTEGER PRIMARY KEY,
    service_id     TEXT NOT NULL REFERENCES dir_services (id) ON DELETE CASCADE,
    venue_id       TEXT NOT NULL REFERENCES dir_venues (id) ON DELETE CASCADE,
    days           INTEGER NOT NULL,        -- bitmask: Monday = 1, Tuesday = 2, ... Sunday = 64
    start_minute   INTEGER NOT NULL,        -- local minutes after midnight
    end_minute     INTEGER NOT NULL,
    weeks_of_month INTEGER NOT NULL,        -- bitmask: week 1 = 1 ... week 5 = 16; 0 = every week
    valid_from     TEXT,                    -- 'YYYY-MM-DD', inclusive
    valid_until    TEXT,
    access         TEXT NOT NULL,           -- 'drop_in' or 'by_appointment'
    notes          TEXT
) STRICT;

CREATE INDEX dir_sessions_by_service ON dir_sessions (service_id);
CREATE INDEX dir_sessions_by_venue ON dir_sessions (venue_id, days);

-- Full-text search over what she might type: name, organisation, description and the
-- category in words. rowid = dir_services.rowid.
CREATE VIRTUAL TABLE dir_search USING fts5 (
    name, organisation, description, category_words,
    tokenize = 'unicode61 remove_diacritics 2'
);
