-- Version 5: indexes that let the directory questions on a large area (thousands of
-- services, tens of thousands of sessions) read few pages. Every page read from the
-- encrypted file is authenticated and decrypted, so reading less is what makes them quick.

-- A category's services, with the columns the session queries join on, side by side.
DROP INDEX dir_services_by_category;
CREATE INDEX dir_services_by_category ON dir_services (category, id, name);

-- Each service's sessions with every column, so reading them never touches the table.
DROP INDEX dir_sessions_by_service;
CREATE INDEX dir_sessions_by_service ON dir_sessions (
    service_id, venue_id, days, start_minute, end_minute, weeks_of_month,
    valid_from, valid_until, access, notes
);
