//! The care-team member's folder for `alongside team`: their device key (owner-only file),
//! where they receive, and what each woman has shared, latest version per item. The folder
//! is the team's record of what they received; keep it on an encrypted disk.

use alongside_protocol::bounded;
use alongside_protocol::device::{DeviceKey, MAX_KEY_FILE_BYTES};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{CliError, CliResult};
use crate::words::ui;

/// The largest folder file read, checked while reading. What women share is kept here
/// whole (each item at most a relay envelope, 256 KiB), so this is generous; a file this
/// large is not one this tool wrote.
const MAX_FOLDER_FILE_BYTES: usize = 256 * 1024 * 1024;

/// Where the member receives and who they are.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    pub relay_url: String,
    pub inbox: String,
    pub name: String,
    pub role: String,
    /// Other relays the member approved for replies (`alongside team approve-relay`).
    #[serde(default)]
    pub approved_relays: Vec<String>,
}

/// A woman who has shared with this member, learned from her hello.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Woman {
    pub signing_key: String,
    pub sealing_key: String,
    /// Where her hello asked for replies: used only if it is the member's own relay or
    /// one they approved (see `team_relays`).
    pub relay_url: String,
    pub inbox: String,
    /// Received items by "kind/id": the latest version only.
    pub items: BTreeMap<String, Received>,
    /// Envelope ids opened and not yet acknowledged to her.
    pub unacknowledged: Vec<String>,
    /// The member compared the safety number with her and accepted her; until then she is
    /// shown as new.
    #[serde(default)]
    pub accepted: bool,
    /// Requests of hers opened here whose receipt has not reached her phone yet.
    #[serde(default)]
    pub receipts_owed: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Received {
    pub kind: String,
    pub id: String,
    pub version: u64,
    /// FHIR R4 JSON; `None` once she removed it (a tombstone).
    pub resource: Option<serde_json::Value>,
    /// The envelope it came in (hex), so a reply can name it.
    #[serde(default)]
    pub envelope: Option<String>,
    /// For a request for support: someone here has replied to it.
    #[serde(default)]
    pub answered: bool,
}

/// Everything in the folder.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Record {
    /// By a short id: the first 12 hex digits of her signing key's fingerprint.
    pub women: BTreeMap<String, Woman>,
}

pub struct Folder(pub PathBuf);

impl Folder {
    fn key_path(&self) -> PathBuf {
        self.0.join("member.key")
    }

    fn member_path(&self) -> PathBuf {
        self.0.join("member.json")
    }

    fn record_path(&self) -> PathBuf {
        self.0.join("received.json")
    }

    pub fn exists(&self) -> bool {
        self.key_path().exists()
    }

    pub fn create(&self, key: &DeviceKey, member: &Member) -> CliResult<()> {
        if self.exists() {
            return Err(CliError::usage(crate::words::ui("cli-error-team-exists")));
        }
        create_private_dir(&self.0).map_err(|_| CliError::file(crate::words::ui("cli-error-folder-make")))?;
        write_private(&self.key_path(), key.to_key_file().as_bytes())?;
        self.save_json(&self.member_path(), member)?;
        self.save(&Record::default())
    }

    pub fn key(&self) -> CliResult<DeviceKey> {
        let damaged = || CliError::file(crate::words::ui("cli-error-team-key-damaged"));
        let text = match bounded::read_secret_file(&self.key_path(), MAX_KEY_FILE_BYTES) {
            Ok(text) => text,
            Err(e) if e.is_too_large() => return Err(damaged()),
            Err(_) => return Err(CliError::usage(crate::words::ui("cli-error-no-team-key"))),
        };
        DeviceKey::from_key_file(&text).map_err(|_| damaged())
    }

    pub fn member(&self) -> CliResult<Member> {
        self.load_json(&self.member_path())
    }

    pub fn save_member(&self, m: &Member) -> CliResult<()> {
        self.save_json(&self.member_path(), m)
    }

    pub fn load(&self) -> CliResult<Record> {
        self.load_json(&self.record_path())
    }

    pub fn save(&self, r: &Record) -> CliResult<()> {
        self.save_json(&self.record_path(), r)
    }

    fn load_json<T: for<'de> Deserialize<'de>>(&self, p: &Path) -> CliResult<T> {
        let bytes = match bounded::read_file(p, MAX_FOLDER_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(e) if e.is_too_large() => return Err(CliError::file(ui("team-file-too-large"))),
            Err(_) => return Err(CliError::usage(crate::words::ui("cli-error-no-team-folder"))),
        };
        serde_json::from_slice(&bytes).map_err(|_| CliError::file(crate::words::ui("cli-error-team-file-damaged")))
    }

    /// Writes to a temporary file and renames it over the old one, so a crash never
    /// leaves half a file.
    fn save_json<T: Serialize>(&self, p: &Path, v: &T) -> CliResult<()> {
        let bytes =
            serde_json::to_vec_pretty(v).map_err(|_| CliError::file(crate::words::ui("cli-error-folder-write")))?;
        write_private(p, &bytes)
    }
}

/// Makes the folder owner-only (0700), as its files are (0600). A folder that already held
/// other things is left as it was: it is not only the team's.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let existed = dir.is_dir();
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    if !existed || std::fs::read_dir(dir)?.next().is_none() {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

fn write_private(p: &Path, bytes: &[u8]) -> CliResult<()> {
    use std::io::Write;
    let dir = p.parent().unwrap_or(Path::new("."));
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|_| CliError::file(crate::words::ui("cli-error-folder-write")))?;
    tmp.write_all(bytes)
        .map_err(|_| CliError::file(crate::words::ui("cli-error-folder-write")))?;
    tmp.as_file()
        .sync_all()
        .map_err(|_| CliError::file(crate::words::ui("cli-error-folder-write")))?;
    // NamedTempFile is created owner-only (0600) on Unix, which the key file needs.
    tmp.persist(p)
        .map_err(|_| CliError::file(crate::words::ui("cli-error-folder-write")))?;
    Ok(())
}
