-- Version 1: settings, appointments with repeats and per-occurrence state, medicines with
-- their dose history, and the dose log.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE appointments (
    id                TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL,
    start_local       TEXT NOT NULL,            -- wall-clock 'YYYY-MM-DDTHH:MM'
    time_zone         TEXT NOT NULL,            -- IANA name
    duration_minutes  INTEGER NOT NULL,
    location          TEXT,
    with_whom         TEXT,
    notes             TEXT,
    reminders         TEXT NOT NULL DEFAULT '[]', -- JSON array of minutes before the start
    repeat_every_weeks INTEGER,
    repeat_count      INTEGER,
    repeat_until      TEXT,                     -- local date, inclusive
    first_start_utc   INTEGER NOT NULL,         -- bounds of all occurrences, for window queries
    last_end_utc      INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
) STRICT;

CREATE INDEX appointments_by_window ON appointments (first_start_utc, last_end_utc);

CREATE TABLE occurrences (
    appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    occurrence     INTEGER NOT NULL,           -- 0-based index in the series
    status         TEXT NOT NULL,
    moved_to_local TEXT,                       -- set when this one occurrence was rescheduled
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (appointment_id, occurrence)
) STRICT;

CREATE TABLE medicines (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    collection     TEXT NOT NULL,
    take_home_days TEXT NOT NULL DEFAULT '[]', -- JSON array of weekday names
    pharmacy       TEXT,
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    created_at     INTEGER NOT NULL
) STRICT;

-- Every dose or schedule change is a new row: titration history is never overwritten.
CREATE TABLE regimens (
    id             INTEGER PRIMARY KEY,
    medicine_id    TEXT NOT NULL REFERENCES medicines (id) ON DELETE CASCADE,
    effective_date TEXT NOT NULL,
    schedule       TEXT NOT NULL,              -- JSON DoseSchedule
    amount         REAL NOT NULL,
    evening_amount REAL,
    note           TEXT,
    recorded_at    INTEGER NOT NULL
) STRICT;

CREATE INDEX regimens_by_medicine ON regimens (medicine_id, effective_date);

CREATE TABLE dose_log (
    id          TEXT PRIMARY KEY,
    medicine_id TEXT NOT NULL REFERENCES medicines (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,                 -- local date the dose belongs to
    slot        INTEGER,                       -- 0 single or morning, 1 evening, NULL as needed
    status      TEXT NOT NULL,
    taken_at    INTEGER,
    amount      REAL,
    note        TEXT,
    recorded_at INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX dose_log_one_per_slot ON dose_log (medicine_id, date, slot) WHERE slot IS NOT NULL;
