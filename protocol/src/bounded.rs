//! Reading outside input with a limit that holds while reading, not after: a file, a pipe,
//! a device like `/dev/zero` or a network body is read at most one byte past its limit, so
//! memory never grows beyond what the format allows, however much is offered.
//!
//! Each format names its own limit next to its definition (a directory bundle's is
//! [`crate::directory::MAX_BUNDLE_BYTES`]); this module only enforces one.

use std::io::Read;
use std::path::Path;
use zeroize::Zeroizing;

/// Why bounded input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BoundedError {
    /// There was more than the limit allows; what was read has been dropped.
    #[error("the input is larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The input could not be opened or read.
    #[error("the input could not be read")]
    Io(#[from] std::io::Error),
}

impl BoundedError {
    /// True when the input was refused for its size.
    pub fn is_too_large(&self) -> bool {
        matches!(self, BoundedError::TooLarge { .. })
    }

    /// The I/O error's kind, if this is one (`NotFound` for a missing file).
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            BoundedError::Io(e) => Some(e.kind()),
            BoundedError::TooLarge { .. } => None,
        }
    }
}

/// Reads everything `reader` gives, up to `limit` bytes. One byte more is read to know
/// there was more, and then reading stops: an endless reader is refused promptly.
pub fn read_to_limit(reader: impl Read, limit: usize) -> Result<Vec<u8>, BoundedError> {
    let mut out = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut out)?;
    if out.len() > limit {
        return Err(BoundedError::TooLarge { limit });
    }
    Ok(out)
}

/// Reads the file at `path` (or pipe, or device), up to `limit` bytes. Its reported size is
/// not trusted: pipes and devices report none, and a file can grow while it is read.
pub fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, BoundedError> {
    read_to_limit(std::fs::File::open(path)?, limit)
}

/// [`read_file`] for text; bytes that are not UTF-8 are an `InvalidData` I/O error.
pub fn read_file_to_string(path: &Path, limit: usize) -> Result<String, BoundedError> {
    String::from_utf8(read_file(path, limit)?)
        .map_err(|_| BoundedError::Io(std::io::Error::from(std::io::ErrorKind::InvalidData)))
}

/// A small file holding secrets (a key file), as text wiped from memory when dropped. The
/// buffer is sized for the limit before reading, so it never moves and leaves no copy.
pub fn read_secret_file(path: &Path, limit: usize) -> Result<Zeroizing<String>, BoundedError> {
    let mut out = Zeroizing::new(Vec::with_capacity(limit + 1));
    std::fs::File::open(path)?
        .take(limit as u64 + 1)
        .read_to_end(&mut out)?;
    if out.len() > limit {
        return Err(BoundedError::TooLarge { limit });
    }
    let bytes = std::mem::take(&mut *out);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Zeroizing::new(text)),
        Err(e) => {
            drop(Zeroizing::new(e.into_bytes()));
            Err(BoundedError::Io(std::io::Error::from(std::io::ErrorKind::InvalidData)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_reader_is_refused_after_one_byte_past_the_limit() {
        // `repeat` never ends: only the limit stops it.
        let err = read_to_limit(std::io::repeat(0), 1024 * 1024).unwrap_err();
        assert!(err.is_too_large(), "{err:?}");
    }

    #[test]
    fn input_up_to_the_limit_is_read_whole() {
        assert_eq!(read_to_limit(&b"abc"[..], 3).unwrap(), b"abc");
        assert!(read_to_limit(&b"abcd"[..], 3).unwrap_err().is_too_large());
        assert_eq!(read_to_limit(&b""[..], 0).unwrap(), b"");
    }

    #[test]
    fn a_device_that_never_ends_is_refused_and_a_missing_file_says_so() {
        #[cfg(unix)]
        assert!(read_file(Path::new("/dev/zero"), 4096).unwrap_err().is_too_large());
        let missing = read_file(Path::new("/nonexistent/alongside"), 10).unwrap_err();
        assert_eq!(missing.io_kind(), Some(std::io::ErrorKind::NotFound));
    }
}
