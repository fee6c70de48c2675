//! Opt-in directory updates against a loopback HTTP server written here with std's
//! TcpListener: nothing is sent until she turns updates on; a fetch goes through every
//! import check; the ETag makes a second check cheap; a refused, oversized or unreachable
//! update leaves her directory exactly as it was. No network beyond 127.0.0.1.

mod common;
mod directory_support;

use alongside_core::services::UpdateOutcome;
use alongside_core::*;
use alongside_protocol::directory::MAX_BUNDLE_BYTES;
use common::*;
use directory_support::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// What the server answers with.
#[derive(Clone)]
enum Reply {
    /// 200 with the body and ETag, or 304 when the request's If-None-Match matches.
    Bundle { body: Vec<u8>, etag: String },
    /// 200 with no Content-Length and three times the largest allowed bundle.
    Endless,
    /// 200 whose Content-Length is over the limit (and no body).
    DeclaredTooLarge,
    /// 302 to another address.
    Redirect(String),
}

struct Server {
    url: String,
    reply: Arc<Mutex<Reply>>,
    /// The head of every request received, lower-cased, in order.
    requests: Arc<Mutex<Vec<String>>>,
    /// Body bytes the server managed to send for the last `Endless` reply.
    sent: Arc<Mutex<usize>>,
}

impl Server {
    fn start(reply: Reply) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let url = format!("http://{}/directory.bundle", listener.local_addr().expect("address"));
        let server = Server {
            url,
            reply: Arc::new(Mutex::new(reply)),
            requests: Arc::default(),
            sent: Arc::default(),
        };
        let (reply, requests, sent) = (server.reply.clone(), server.requests.clone(), server.sent.clone());
        // One connection at a time, in order; the thread ends with the test process.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = serve(stream, &reply, &requests, &sent);
            }
        });
        server
    }

    fn set(&self, reply: Reply) {
        *self.reply.lock().unwrap() = reply;
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    /// Makes one request of our own and waits for its answer. Connections are served in
    /// order, so once this returns every earlier connection has been recorded.
    fn probe(&self) {
        let addr = self
            .url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_string();
        let mut s = TcpStream::connect(addr).expect("probe connects");
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(b"GET /probe HTTP/1.1\r\nHost: probe\r\n\r\n").unwrap();
        let mut answer = Vec::new();
        let _ = s.read_to_end(&mut answer);
    }
}

fn serve(
    stream: TcpStream,
    reply: &Mutex<Reply>,
    requests: &Mutex<Vec<String>>,
    sent: &Mutex<usize>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut head = String::new();
    for _ in 0..100 {
        let mut l = String::new();
        if reader.read_line(&mut l)? == 0 || l == "\r\n" {
            break;
        }
        head.push_str(&l.to_ascii_lowercase());
    }
    requests.lock().unwrap().push(head.clone());
    let mut out = stream;
    if head.starts_with("get /probe ") {
        return write!(out, "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    }
    let reply = reply.lock().unwrap().clone();
    match reply {
        Reply::Bundle { body, etag } => {
            if head.contains(&format!("if-none-match: {}\r\n", etag.to_ascii_lowercase())) {
                write!(
                    out,
                    "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n"
                )?;
            } else {
                write!(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nETag: {etag}\r\nConnection: close\r\n\r\n",
                    body.len()
                )?;
                out.write_all(&body)?;
            }
        }
        Reply::Endless => {
            write!(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")?;
            let chunk = vec![0u8; 64 * 1024];
            *sent.lock().unwrap() = 0;
            while *sent.lock().unwrap() < 3 * MAX_BUNDLE_BYTES {
                out.write_all(&chunk)?;
                *sent.lock().unwrap() += chunk.len();
            }
        }
        Reply::DeclaredTooLarge => write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            MAX_BUNDLE_BYTES + 1
        )?,
        Reply::Redirect(to) => write!(
            out,
            "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )?,
    }
    out.flush()
}

/// Signed with the made-up sample key, which the app trusts once sample data is on.
fn sample(version: u64) -> Vec<u8> {
    seal_with(&directory(version), &sample_key())
}

fn served(version: u64) -> Reply {
    Reply::Bundle {
        body: sample(version),
        etag: format!("\"v{version}\""),
    }
}

fn turn_on(vault: &Vault, url: &str) {
    vault
        .set_directory_options(DirectoryOptions {
            allow_sample_data: true,
            updates_enabled: true,
            updates_url: Some(url.to_string()),
            updates_last_checked: None,
        })
        .unwrap();
}

fn later(minutes: i64) -> SystemTime {
    monday_morning() + Duration::from_secs(minutes as u64 * 60)
}

fn version(vault: &Vault) -> Option<u64> {
    vault.directory_status(monday_morning()).unwrap().map(|s| s.version)
}

fn assert_refused_update(outcome: UpdateOutcome, expected: BundleRefusal) {
    match outcome {
        UpdateOutcome::Refused {
            reason,
            explanation,
            message,
        } => {
            assert_eq!(reason, expected);
            assert!(explanation.ends_with("Nothing was changed."), "{explanation}");
            assert!(message.contains("You can still use the one you have"), "{message}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn with_updates_off_nothing_is_sent_at_all() {
    let tv = new_vault();
    let server = Server::start(served(1));
    let options = tv.vault.directory_options().unwrap();
    assert!(!options.updates_enabled && options.updates_url.is_none());
    assert!(matches!(
        tv.vault.check_for_directory_update(monday_morning()).unwrap(),
        UpdateOutcome::NotEnabled { .. }
    ));

    // An address alone is not consent: updates stay off until she turns them on.
    tv.vault
        .set_directory_options(DirectoryOptions {
            allow_sample_data: true,
            updates_url: Some(server.url.clone()),
            ..Default::default()
        })
        .unwrap();
    match tv.vault.check_for_directory_update(monday_morning()).unwrap() {
        UpdateOutcome::NotEnabled { message } => {
            assert_eq!(message, "Directory updates are turned off, so nothing was checked.")
        }
        other => panic!("{other:?}"),
    }
    server.probe();
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(requests[0].starts_with("get /probe "));
    assert_eq!(version(&tv.vault), None);
}

#[test]
fn the_first_check_installs_and_the_second_asks_with_the_etag_and_changes_nothing() {
    let tv = new_vault();
    let server = Server::start(served(1));
    turn_on(&tv.vault, &server.url);

    match tv.vault.check_for_directory_update(monday_morning()).unwrap() {
        UpdateOutcome::Updated { status, message } => {
            assert_eq!((status.version, status.area.as_str()), (1, "Testshire"));
            assert!(status.sample);
            assert_eq!(message, "Your service directory has been updated to version 1.");
        }
        other => panic!("{other:?}"),
    }
    let first = &server.requests()[0];
    assert!(first.starts_with("get /directory.bundle http/1.1\r\n"), "{first}");
    assert!(first.contains("user-agent: alongside\r\n"), "{first}");
    assert!(!first.contains("if-none-match") && !first.contains("cookie"), "{first}");
    let options = tv.vault.directory_options().unwrap();
    assert_eq!(options.updates_last_checked, Some(monday_morning()));

    let before = snapshot(&tv.vault, monday_morning());
    match tv.vault.check_for_directory_update(later(60)).unwrap() {
        UpdateOutcome::UpToDate { message } => assert_eq!(message, "Your service directory is up to date."),
        other => panic!("{other:?}"),
    }
    let second = &server.requests()[1];
    assert!(second.contains("if-none-match: \"v1\"\r\n"), "{second}");
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);
    assert_eq!(
        tv.vault.directory_options().unwrap().updates_last_checked,
        Some(later(60))
    );

    // A server that ignores the ETag and sends the same bundle again: still up to date.
    server.set(Reply::Bundle {
        body: sample(1),
        etag: "\"other\"".into(),
    });
    assert!(matches!(
        tv.vault.check_for_directory_update(later(120)).unwrap(),
        UpdateOutcome::UpToDate { .. }
    ));
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    // A new address forgets the old ETag.
    turn_on(&tv.vault, &format!("{}?area=testshire", server.url));
    assert_eq!(tv.vault.directory_options().unwrap().updates_last_checked, None);
    tv.vault.check_for_directory_update(later(180)).unwrap();
    let fourth = &server.requests()[3];
    assert!(!fourth.contains("if-none-match"), "{fourth}");
}

#[test]
fn a_newer_version_is_installed() {
    let tv = new_vault();
    let server = Server::start(served(1));
    turn_on(&tv.vault, &server.url);
    tv.vault.check_for_directory_update(monday_morning()).unwrap();
    server.set(served(2));
    match tv.vault.check_for_directory_update(later(60)).unwrap() {
        UpdateOutcome::Updated { status, .. } => {
            assert_eq!(status.version, 2);
            assert_eq!(status.imported_at, later(60));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(version(&tv.vault), Some(2));
    tv.vault.check_for_directory_update(later(120)).unwrap();
    assert!(server.requests()[2].contains("if-none-match: \"v2\"\r\n"));
}

#[test]
fn a_tampered_or_older_bundle_is_refused_and_her_directory_is_unchanged() {
    let tv = new_vault();
    let server = Server::start(served(2));
    turn_on(&tv.vault, &server.url);
    tv.vault.check_for_directory_update(monday_morning()).unwrap();
    let before = snapshot(&tv.vault, monday_morning());
    let checked = tv.vault.directory_options().unwrap().updates_last_checked;

    let mut tampered = sample(3);
    let middle = tampered.len() / 2;
    tampered[middle] ^= 1;
    server.set(Reply::Bundle {
        body: tampered,
        etag: "\"v3\"".into(),
    });
    let outcome = tv.vault.check_for_directory_update(later(60)).unwrap();
    assert!(
        matches!(
            &outcome,
            UpdateOutcome::Refused {
                reason: BundleRefusal::BadSignature | BundleRefusal::Malformed,
                ..
            }
        ),
        "{outcome:?}"
    );
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    // Signed by a publisher she does not trust.
    server.set(Reply::Bundle {
        body: bundle(3),
        etag: "\"v3\"".into(),
    });
    assert_refused_update(
        tv.vault.check_for_directory_update(later(90)).unwrap(),
        BundleRefusal::UnknownPublisher,
    );
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    server.set(served(1));
    assert_refused_update(
        tv.vault.check_for_directory_update(later(120)).unwrap(),
        BundleRefusal::Rollback,
    );
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    // Different content under the version she has is the publisher's mistake, not "up to date".
    let mut reused = directory(2);
    reused.area = "Testshire North".into();
    server.set(Reply::Bundle {
        body: seal_with(&reused, &sample_key()),
        etag: "\"v2-again\"".into(),
    });
    assert_refused_update(
        tv.vault.check_for_directory_update(later(150)).unwrap(),
        BundleRefusal::VersionReused,
    );
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    // A refused bundle's ETag is not kept, nor is the time of the check.
    server.set(served(2));
    assert_eq!(tv.vault.directory_options().unwrap().updates_last_checked, checked);
    assert!(matches!(
        tv.vault.check_for_directory_update(later(180)).unwrap(),
        UpdateOutcome::UpToDate { .. }
    ));
    let last = server.requests().pop().unwrap();
    assert!(last.contains("if-none-match: \"v2\"\r\n"), "{last}");
}

#[test]
fn when_the_server_cannot_be_reached_she_keeps_her_directory() {
    let tv = new_vault();
    let server = Server::start(served(1));
    turn_on(&tv.vault, &server.url);
    tv.vault.check_for_directory_update(monday_morning()).unwrap();
    let before = snapshot(&tv.vault, monday_morning());

    // A port nothing listens on: the connection is refused at once.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/directory.bundle", closed.local_addr().unwrap());
    drop(closed);
    turn_on(&tv.vault, &url);
    match tv.vault.check_for_directory_update(later(60)).unwrap() {
        UpdateOutcome::Offline { message } => assert_eq!(
            message,
            "Couldn't check for a newer directory just now. You can still use the one you have."
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);
    assert_eq!(tv.vault.directory_options().unwrap().updates_last_checked, None);
}

#[test]
fn a_redirect_to_an_address_she_could_not_set_is_not_followed() {
    let tv = new_vault();
    let server = Server::start(Reply::Redirect("http://example.invalid/directory.bundle".into()));
    turn_on(&tv.vault, &server.url);
    assert!(matches!(
        tv.vault.check_for_directory_update(monday_morning()).unwrap(),
        UpdateOutcome::Offline { .. }
    ));
    assert_eq!(version(&tv.vault), None);

    // A redirect that stays on loopback is followed.
    let second = Server::start(Reply::Redirect(server.url.clone()));
    server.set(served(1));
    turn_on(&tv.vault, &second.url);
    assert!(matches!(
        tv.vault.check_for_directory_update(monday_morning()).unwrap(),
        UpdateOutcome::Updated { .. }
    ));
    assert_eq!(version(&tv.vault), Some(1));
}

#[test]
fn an_oversized_body_is_refused_without_reading_it_all() {
    let tv = new_vault();
    let server = Server::start(served(1));
    turn_on(&tv.vault, &server.url);
    tv.vault.check_for_directory_update(monday_morning()).unwrap();
    let before = snapshot(&tv.vault, monday_morning());

    server.set(Reply::DeclaredTooLarge);
    assert_refused_update(
        tv.vault.check_for_directory_update(later(60)).unwrap(),
        BundleRefusal::TooLarge,
    );
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    server.set(Reply::Endless);
    assert_refused_update(
        tv.vault.check_for_directory_update(later(120)).unwrap(),
        BundleRefusal::TooLarge,
    );
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);
    // Served in order: once the probe is answered, the endless reply has stopped.
    server.probe();
    let sent = *server.sent.lock().unwrap();
    assert!(sent > MAX_BUNDLE_BYTES, "the client read past the limit? {sent}");
    assert!(sent < 2 * MAX_BUNDLE_BYTES, "the client kept reading: {sent} bytes");
}

#[test]
fn only_https_or_loopback_http_addresses_can_be_set() {
    let tv = new_vault();
    let before = tv.vault.directory_options().unwrap();
    for bad in [
        "http://example.org/directory.bundle",
        "http://localhost/directory.bundle",
        "http://192.168.1.10/directory.bundle",
        "ftp://example.org/directory.bundle",
        "https://someone:secret@example.org/directory.bundle",
        "not an address",
        "file:///etc/passwd",
    ] {
        let r = tv.vault.set_directory_options(DirectoryOptions {
            updates_enabled: true,
            updates_url: Some(bad.into()),
            ..Default::default()
        });
        match r {
            Err(AlongsideError::InvalidInput { field, reason }) => {
                assert_eq!(field, "update address", "{bad}");
                assert_eq!(
                    reason, "The app can't check this address. It needs to start with https://",
                    "{bad}"
                );
            }
            other => panic!("{bad}: {other:?}"),
        }
        assert_eq!(tv.vault.directory_options().unwrap(), before);
    }
    assert_invalid(
        tv.vault.set_directory_options(DirectoryOptions {
            updates_enabled: true,
            ..Default::default()
        }),
        "update address",
    );
    for good in [
        "https://directory.example.org/testshire.bundle",
        "http://127.0.0.1:8080/directory.bundle",
        "http://127.1.2.3/directory.bundle",
        "http://[::1]:8080/directory.bundle",
    ] {
        tv.vault
            .set_directory_options(DirectoryOptions {
                updates_enabled: true,
                updates_url: Some(good.into()),
                ..Default::default()
            })
            .unwrap();
        let options = tv.vault.directory_options().unwrap();
        assert!(options.updates_enabled);
        assert_eq!(options.updates_url.as_deref(), Some(good));
    }
}
