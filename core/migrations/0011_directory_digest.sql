-- Version 16: the installed directory's content digest, so a bundle with the same version
-- can be told apart from the one she has: the same content is already installed; other
-- content under the same version number is a publisher's mistake and is refused.
-- NULL for a directory installed before this version.
ALTER TABLE dir_meta ADD COLUMN content_sha256 TEXT;
