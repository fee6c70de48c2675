//! The publisher's directory tools: keygen, build from spreadsheets, verify. The sample
//! bundle shipped in `core/content/directory/sample/` is rebuilt here from its spreadsheets
//! and must match byte for byte, so it can never drift from its sources.
//!
//! To rebuild the shipped sample after changing its spreadsheets, run this file's tests with
//! `ALONGSIDE_BLESS_SAMPLE=1`.

mod common;

use alongside_protocol::keys::PublisherKey;
use common::{parse, text, Sandbox};
use std::path::{Path, PathBuf};
use std::process::Output;

const SAMPLE_PUBLISHER: &str = "Sampleton Example Partnership (sample data)";

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/content/directory/sample")
}

/// The sample publisher key: a published seed, trusted only when sample data is turned on.
fn sample_key() -> PublisherKey {
    PublisherKey::from_seed(&[0x5a; 32])
}

fn run(s: &Sandbox, args: &[&str]) -> Output {
    s.bare().args(args).output().expect("run alongside")
}

fn build_sample(s: &Sandbox, key: &Path, out: &Path) -> Output {
    let dir = sample_dir();
    let file = |name: &str| dir.join(name).to_string_lossy().into_owned();
    run(
        s,
        &[
            "directory",
            "build",
            "--services",
            &file("services.csv"),
            "--venues",
            &file("venues.csv"),
            "--sessions",
            &file("sessions.csv"),
            "--publisher",
            SAMPLE_PUBLISHER,
            "--area",
            "Sampleton",
            "--version",
            "3",
            "--issued",
            "2026-11-01",
            "--expires",
            "2027-11-01",
            "--sample",
            "--key",
            &key.to_string_lossy(),
            "--out",
            &out.to_string_lossy(),
        ],
    )
}

#[test]
fn the_shipped_sample_bundle_is_built_from_its_spreadsheets_with_the_sample_key() {
    let s = Sandbox::new();
    let key_file = sample_dir().join("sample-publisher.key");
    let bundle_file = sample_dir().join("sample.bundle");
    if std::env::var_os("ALONGSIDE_BLESS_SAMPLE").is_some() {
        std::fs::write(&key_file, sample_key().to_key_file()).expect("write sample key");
        let out = build_sample(&s, &key_file, &bundle_file);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let committed_key = std::fs::read_to_string(&key_file).expect("sample key file");
    assert_eq!(committed_key, sample_key().to_key_file());

    let rebuilt = s.path("sample.bundle");
    let out = build_sample(&s, &key_file, &rebuilt);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(summary.contains("45 services, 14 venues, 73 sessions"), "{summary}");
    assert!(summary.contains(&sample_key().public().fingerprint()), "{summary}");
    let again = std::fs::read(&rebuilt).expect("rebuilt bundle");
    assert!(
        again == std::fs::read(&bundle_file).expect("shipped sample.bundle"),
        "sample.bundle no longer matches its spreadsheets; rebuild it with ALONGSIDE_BLESS_SAMPLE=1"
    );
}

#[test]
fn keygen_writes_a_private_key_file_and_never_overwrites_one() {
    let s = Sandbox::new();
    let key = s.path("publisher.key");
    let key_arg = key.to_string_lossy().into_owned();
    let out = run(&s, &["--json", "directory", "keygen", "--out", &key_arg]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let answer = parse(&out.stdout, &["keygen"]);
    let made = PublisherKey::from_key_file(&std::fs::read_to_string(&key).unwrap()).expect("a key file");
    assert_eq!(answer["public_key"], made.public().to_base64());
    assert_eq!(answer["fingerprint"], made.public().fingerprint());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let before = std::fs::read(&key).unwrap();
    let again = run(&s, &["directory", "keygen", "--out", &key_arg]);
    assert_eq!(again.status.code(), Some(1));
    assert!(again.stdout.is_empty());
    assert!(
        text(&again.stderr).contains("already a file there"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::read(&key).unwrap(), before);

    // A fresh key builds a bundle that verifies against that key.
    let bundle = s.path("mine.bundle");
    let built = build_sample(&s, &key, &bundle);
    assert!(built.status.success(), "{}", text(&built.stderr));
    let b = bundle.to_string_lossy().into_owned();
    let pinned = made.public().to_base64();
    assert!(run(&s, &["directory", "verify", &b, "--trust", &pinned])
        .status
        .success());
}

#[test]
fn every_spreadsheet_problem_is_reported_with_file_line_and_column_and_nothing_is_written() {
    let s = Sandbox::new();
    let services = s.path("services.csv");
    let venues = s.path("venues.csv");
    let sessions = s.path("sessions.csv");
    std::fs::write(
        &services,
        "id,name,organisation,category,description,phone,web,referral,eligibility,languages\n\
         ok,A service,An organisation,gp,Help.,,,self_referral,,\n\
         Bad Id,Another,An organisation,astrology,Help.,not a phone,http://example.org,either,,\n",
    )
    .unwrap();
    // The address spans two lines, so the next record starts on line 4.
    std::fs::write(
        &venues,
        "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\n\
         hall,A hall,\"1 Road,\nSampleton\",SX1 1AA,53.0,-1.5,yes,,\n\
         hub,A hub,2 Road,SX1 1AB,north,-1.5,maybe,,\n",
    )
    .unwrap();
    std::fs::write(
        &sessions,
        "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n\
         ok,hall,tue;funday,10:00,09:00,1;9,,,drop_in,\n\
         ghost,hub,mon,10:00,11:00,,,,walk in,\n",
    )
    .unwrap();
    let key = s.path("sample.key");
    std::fs::write(&key, sample_key().to_key_file()).unwrap();
    let out_file = s.path("out.bundle");
    let arg = |p: &Path| p.to_string_lossy().into_owned();
    let out = run(
        &s,
        &[
            "--json",
            "directory",
            "build",
            "--services",
            &arg(&services),
            "--venues",
            &arg(&venues),
            "--sessions",
            &arg(&sessions),
            "--publisher",
            "P",
            "--area",
            "A",
            "--version",
            "1",
            "--issued",
            "2026-11-01",
            "--expires",
            "2026-10-01",
            "--key",
            &arg(&key),
            "--out",
            &arg(&out_file),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(!out_file.exists());
    let err = parse(&out.stderr, &["build"]);
    assert_eq!(err["error"]["kind"], "invalid_directory");
    let found: Vec<(String, Option<u64>, String)> = err["error"]["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            let file = p["file"].as_str().unwrap_or("");
            let file = Path::new(file)
                .file_name()
                .map_or(file.to_string(), |f| f.to_string_lossy().into_owned());
            (file, p["line"].as_u64(), p["column"].as_str().unwrap_or("").to_string())
        })
        .collect();
    let want = |f: &str, l: Option<u64>, c: &str| (f.to_string(), l, c.to_string());
    assert_eq!(
        found,
        vec![
            want("command line", None, "--expires"),
            want("services.csv", Some(3), "category"),
            want("services.csv", Some(3), "id"),
            want("services.csv", Some(3), "phone"),
            want("services.csv", Some(3), "web"),
            want("venues.csv", Some(4), "latitude"),
            want("venues.csv", Some(4), "step_free"),
            want("sessions.csv", Some(2), "days"),
            want("sessions.csv", Some(2), "end"),
            want("sessions.csv", Some(2), "weeks_of_month"),
            want("sessions.csv", Some(3), "access"),
            want("sessions.csv", Some(3), "service_id"),
        ]
    );

    // The text form lists each one on its own line.
    let plain = s
        .bare()
        .args(out_args_without_json(&services, &venues, &sessions, &key, &out_file))
        .output()
        .unwrap();
    assert_eq!(plain.status.code(), Some(1));
    let message = text(&plain.stderr);
    assert!(
        message.contains("venues.csv, line 4, latitude: \"north\" is not a number"),
        "{message}"
    );
    assert!(
        message.contains("sessions.csv, line 3, service_id: names no service"),
        "{message}"
    );
    assert!(!out_file.exists());
}

#[test]
fn a_baby_centred_cell_must_say_yes_or_no_and_cannot_be_yes_for_support_after_removal() {
    let s = Sandbox::new();
    let services = s.path("services.csv");
    let venues = s.path("venues.csv");
    let sessions = s.path("sessions.csv");
    std::fs::write(
        &services,
        "id,name,organisation,category,description,phone,web,referral,eligibility,languages,baby_centred\n\
         walk,Buggy walk,An organisation,peer_support_and_community_groups,A walk.,,,self_referral,,,maybe\n\
         apart,Mums apart,An organisation,support_after_removal,A group.,,,self_referral,,,yes\n\
         play,Stay and play,An organisation,family_hub,Play.,,,self_referral,,,Yes\n\
         gp,A surgery,An organisation,gp,Help.,,,self_referral,,,\n",
    )
    .unwrap();
    std::fs::write(
        &venues,
        "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\n\
         hall,A hall,1 Road,SX1 1AA,53.0,-1.5,yes,,\n",
    )
    .unwrap();
    std::fs::write(
        &sessions,
        "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n\
         walk,hall,tue,10:00,11:00,,,,drop_in,\n",
    )
    .unwrap();
    let key = s.path("sample.key");
    std::fs::write(&key, sample_key().to_key_file()).unwrap();
    let out_file = s.path("out.bundle");
    let mut args = vec!["--json".to_string()];
    args.extend(out_args_without_json(&services, &venues, &sessions, &key, &out_file));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&s, &args);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(!out_file.exists());
    let err = parse(&out.stderr, &["build"]);
    let found: Vec<(u64, String, String)> = err["error"]["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().unwrap_or(0),
                p["column"].as_str().unwrap_or("").to_string(),
                p["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (2, "baby_centred"), "{found:?}");
    assert!(found[0].2.contains("yes or no"), "{found:?}");
    assert_eq!((found[1].0, found[1].1.as_str()), (3, "baby_centred"), "{found:?}");
    assert!(
        found[1].2.contains("support after children are taken into care"),
        "{found:?}"
    );
}

#[test]
fn a_spreadsheet_cell_with_a_control_or_direction_character_is_refused_with_its_place() {
    let s = Sandbox::new();
    let services = s.path("services.csv");
    let venues = s.path("venues.csv");
    let sessions = s.path("sessions.csv");
    // A name that would display reversed, a description with a terminal escape, and a name
    // over two lines; a description and an address over two lines (CRLF) are fine.
    std::fs::write(
        &services,
        "id,name,organisation,category,description,phone,web,referral,eligibility,languages\r\n\
         hub,Family\u{202E}bulc,An organisation,gp,\"Help.\r\nAsk at reception.\",,,self_referral,,\r\n\
         ok,A service,An organisation,gp,Help\u{1b}[2J,,,self_referral,,\r\n",
    )
    .unwrap();
    std::fs::write(
        &venues,
        "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\r\n\
         hall,\"A hall\r\nEND:VEVENT\",\"1 Road,\r\nSampleton\",SX1 1AA,53.0,-1.5,yes,,\r\n",
    )
    .unwrap();
    std::fs::write(
        &sessions,
        "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\r\n\
         ok,hall,tue,10:00,11:00,,,,drop_in,\r\n",
    )
    .unwrap();
    let key = s.path("sample.key");
    std::fs::write(&key, sample_key().to_key_file()).unwrap();
    let out_file = s.path("out.bundle");
    let mut args = vec!["--json".to_string()];
    args.extend(out_args_without_json(&services, &venues, &sessions, &key, &out_file));
    let out = s.bare().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(!out_file.exists());
    let err = parse(&out.stderr, &["build"]);
    let found: Vec<(String, u64, String, String)> = err["error"]["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            let file = Path::new(p["file"].as_str().unwrap_or(""));
            (
                file.file_name().unwrap().to_string_lossy().into_owned(),
                p["line"].as_u64().unwrap_or(0),
                p["column"].as_str().unwrap_or("").to_string(),
                p["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want = |f: &str, l: u64, c: &str, m: &str| (f.to_string(), l, c.to_string(), m.to_string());
    assert_eq!(
        found,
        vec![
            want(
                "services.csv",
                2,
                "name",
                "has a hidden control or direction-changing character (U+202E) at character 7; please delete it"
            ),
            want(
                "services.csv",
                4,
                "description",
                "has a hidden control or direction-changing character (U+001B) at character 5; please delete it"
            ),
            want(
                "venues.csv",
                2,
                "name",
                "has a line break at character 7; please keep it to one line"
            ),
        ]
    );
    let plain = s
        .bare()
        .args(out_args_without_json(&services, &venues, &sessions, &key, &out_file))
        .output()
        .unwrap();
    let message = text(&plain.stderr);
    assert!(
        message.contains("services.csv, line 2, name: has a hidden control or direction-changing character (U+202E)"),
        "{message}"
    );
    assert!(
        !message.contains('\u{202E}') && !message.contains('\u{1b}'),
        "{message}"
    );
}

fn out_args_without_json(services: &Path, venues: &Path, sessions: &Path, key: &Path, out: &Path) -> Vec<String> {
    let p = |x: &Path| x.to_string_lossy().into_owned();
    [
        "directory",
        "build",
        "--services",
        &p(services),
        "--venues",
        &p(venues),
        "--sessions",
        &p(sessions),
        "--publisher",
        "P",
        "--area",
        "A",
        "--version",
        "1",
        "--issued",
        "2026-11-01",
        "--expires",
        "2027-11-01",
        "--key",
        &p(key),
        "--out",
        &p(out),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn sample_bundle() -> String {
    sample_dir().join("sample.bundle").to_string_lossy().into_owned()
}

#[test]
fn verify_accepts_the_sample_with_its_key_and_refuses_other_keys() {
    let s = Sandbox::new();
    let sample = sample_key().public().to_base64();
    let out = run(
        &s,
        &["--json", "directory", "verify", &sample_bundle(), "--trust", &sample],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v = parse(&out.stdout, &["verify"]);
    assert_eq!(v["publisher"], SAMPLE_PUBLISHER);
    assert_eq!(v["area"], "Sampleton");
    assert_eq!(v["version"], 3);
    assert_eq!(v["sample"], true);
    assert_eq!(v["key_pinned"], true);
    assert_eq!(v["services"], 45);

    // Without --trust it says whose key signed it, and that it was not pinned.
    let unpinned = run(&s, &["directory", "verify", &sample_bundle()]);
    assert!(unpinned.status.success());
    let said = text(&unpinned.stdout);
    assert!(said.contains(&sample_key().public().fingerprint()), "{said}");
    assert!(
        said.contains("not checked against a list of trusted publishers"),
        "{said}"
    );

    let other = PublisherKey::from_seed(&[7; 32]).public().to_base64();
    let refused = run(
        &s,
        &["--json", "directory", "verify", &sample_bundle(), "--trust", &other],
    );
    assert_eq!(refused.status.code(), Some(1));
    let err = parse(&refused.stderr, &["verify"]);
    assert_eq!(err["error"]["kind"], "bundle_refused");
    assert!(err["error"]["reason"].as_str().unwrap_or("").contains("does not trust"));
}

#[test]
fn a_changed_or_cut_short_bundle_is_refused() {
    let s = Sandbox::new();
    let bytes = std::fs::read(sample_bundle()).unwrap();
    let original = String::from_utf8(bytes.clone()).unwrap();
    // Change one character well inside the base64 payload: one payload byte changes.
    let at = original.find("\"payload\":\"").unwrap() + 11 + 400;
    let was = original.as_bytes()[at];
    let mut tampered = bytes.clone();
    tampered[at] = if was == b'A' { b'B' } else { b'A' };
    let cut = bytes[..bytes.len() / 2].to_vec();
    let sample = sample_key().public().to_base64();
    for (name, content, reason) in [
        ("tampered.bundle", tampered, "signature does not match"),
        ("cut.bundle", cut, "damaged or cut short"),
    ] {
        let path = s.path(name);
        std::fs::write(&path, content).unwrap();
        let p = path.to_string_lossy().into_owned();
        for args in [
            vec!["directory", "verify", &p, "--trust", &sample],
            vec!["directory", "verify", &p],
        ] {
            let out = run(&s, &args);
            assert_eq!(out.status.code(), Some(1), "{name} {args:?}");
            assert!(out.stdout.is_empty());
            let err = text(&out.stderr);
            assert!(err.contains(reason) || err.contains("does not trust"), "{name}: {err}");
        }
    }
}

#[test]
fn the_sample_directory_installs_only_when_sample_data_is_on_and_answers_every_question() {
    let s = Sandbox::new();
    s.init();
    let bundle = sample_bundle();

    let refused = s.run(&["--json", "directory", "import", &bundle]);
    assert_eq!(refused.status.code(), Some(1));
    let err = parse(&refused.stderr, &["import"]);
    assert_eq!(err["error"]["kind"], "bundle_refused");
    assert_eq!(err["error"]["reason"], "unknown_publisher");
    assert_eq!(s.json(&["directory", "status"])["directory"], serde_json::Value::Null);

    assert_eq!(s.json(&["directory", "sample-data", "on"])["allow_sample_data"], true);
    let installed = s.json(&["directory", "import", &bundle]);
    assert_eq!(installed["directory"]["sample"], true);
    assert_eq!(installed["directory"]["services"], 45);
    let status = s.json(&["directory", "status"]);
    assert_eq!(status["directory"]["area"], "Sampleton");
    assert_eq!(status["directory"]["version"], 3);

    let found = s.json(&[
        "directory",
        "search",
        "midwife",
        "--category",
        "maternity and specialist midwife",
    ]);
    let names: Vec<&str> = found["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert!(names.contains(&"Specialist midwife team"), "{names:?}");

    // Monday 23 November: the family hub brings midwife, health visitor and treatment
    // together on Tuesday.
    let hubs = s.json(&[
        "directory",
        "hubs",
        "--need",
        "maternity_and_specialist_midwife",
        "--need",
        "health_visiting",
        "--need",
        "drug_and_alcohol_treatment",
    ]);
    let hub = hubs["venues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["venue"]["id"] == "family-hub")
        .expect("the family hub");
    assert!(
        hub["hub_dates"].as_array().unwrap().iter().any(|d| d == "2026-11-24"),
        "{hub}"
    );

    let plan = s.json(&[
        "directory",
        "plan",
        "--need",
        "maternity_and_specialist_midwife",
        "--need",
        "health_visiting",
        "--need",
        "drug_and_alcohol_treatment",
    ]);
    let trips = plan["trips"].as_array().unwrap();
    assert_eq!(trips.len(), 1, "{plan}");
    assert_eq!(trips[0]["remaining"].as_array().map(Vec::len), Some(0));

    let near = s.json(&[
        "directory",
        "near",
        "--lat",
        "53.0021",
        "--lon",
        "-1.5012",
        "--limit",
        "2",
    ]);
    assert_eq!(near["venues"][0]["venue"]["id"], "family-hub");
    assert_eq!(near["venues"].as_array().map(Vec::len), Some(2));

    // An appointment at the family hub: Today says what else meets there that day.
    let added = s.json(&[
        "appointment",
        "add",
        "--title",
        "Midwife",
        "--kind",
        "specialist-midwife",
        "--start",
        "2026-11-24 10:00",
        "--venue",
        "family-hub",
    ]);
    assert!(added["id"].is_string(), "{added}");
    let today = s.json(&["today"]);
    let place = &today["next_days"][0]["place"];
    assert_eq!(place["venue"]["name"], "Sampleton Family Hub", "{today}");
    let also: Vec<&str> = place["also_there"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["service_name"].as_str())
        .collect();
    assert!(also.contains(&"Health visiting team"), "{also:?}");
    let words = s.ok(&["today"]);
    assert!(words.contains("Also here that day: "), "{words}");
    let unknown = s.run(&[
        "appointment",
        "add",
        "--title",
        "X",
        "--kind",
        "gp",
        "--start",
        "2026-11-24 10:00",
        "--venue",
        "nowhere",
    ]);
    assert_eq!(unknown.status.code(), Some(1));

    // Turning sample data off removes the sample directory.
    s.json(&["directory", "sample-data", "off"]);
    assert_eq!(s.json(&["directory", "status"])["directory"], serde_json::Value::Null);
}

#[test]
fn directory_updates_are_off_until_turned_on_and_an_unreachable_server_changes_nothing() {
    let s = Sandbox::new();
    s.init();
    let shown = s.json(&["directory", "updates"]);
    assert_eq!(shown["updates_enabled"], false);
    assert_update_failed(&s, "updates_off", "not_enabled");

    let refused = s.run(&["--json", "directory", "updates", "on", "http://example.org/d.bundle"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = parse(&refused.stderr, &["updates"]);
    assert_eq!(err["error"]["kind"], "invalid_input");
    assert_eq!(s.json(&["directory", "updates"])["updates_enabled"], false);

    // A loopback port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("http://127.0.0.1:{port}/directory.bundle");
    let on = s.json(&["directory", "updates", "on", &url]);
    assert_eq!(
        (on["updates_enabled"].clone(), on["updates_url"].clone()),
        (true.into(), url.clone().into())
    );
    // Turning sample data on keeps her update choice.
    s.json(&["directory", "sample-data", "on"]);
    assert_eq!(s.json(&["directory", "updates"])["updates_url"], url.as_str());
    let out = s.run(&["directory", "update"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a check that could not be made is not a success"
    );
    assert!(
        text(&out.stderr).contains("You can still use the one you have"),
        "{}",
        text(&out.stderr)
    );
    assert_update_failed(&s, "offline", "offline");

    assert_eq!(s.json(&["directory", "updates", "off"])["updates_enabled"], false);
    assert_update_failed(&s, "updates_off", "not_enabled");
}

/// `directory update --json` exits 1 with the error `kind` and the core's outcome.
fn assert_update_failed(s: &Sandbox, kind: &str, outcome: &str) -> serde_json::Value {
    let out = s.run(&["--json", "directory", "update"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    let err = parse(&out.stderr, &["directory", "update"]);
    assert_eq!(err["error"]["kind"], kind, "{err}");
    assert_eq!(err["error"]["update"]["outcome"], outcome, "{err}");
    err
}

/// Answers one request on a loopback port with `body`, then stops. Returns the address.
fn serve_once(body: Vec<u8>) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            // The request is small; read until its blank line.
            let mut request = Vec::new();
            let mut byte = [0u8; 1];
            while !request.ends_with(b"\r\n\r\n") && request.len() < 16 * 1024 {
                match stream.read(&mut byte) {
                    Ok(1) => request.push(byte[0]),
                    _ => break,
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://127.0.0.1:{port}/directory.bundle")
}

#[test]
fn a_refused_directory_update_exits_non_zero_and_an_installed_one_exits_zero() {
    let s = Sandbox::new();
    s.init();
    s.json(&["directory", "sample-data", "on"]);

    s.json(&["directory", "updates", "on", &serve_once(b"not a directory".to_vec())]);
    let out = s.run(&["directory", "update"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("didn't pass the app's checks"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(s.json(&["directory", "status"])["directory"], serde_json::Value::Null);

    let sample = std::fs::read(sample_dir().join("sample.bundle")).expect("the sample bundle");
    s.json(&["directory", "updates", "on", &serve_once(sample)]);
    let updated = s.json(&["directory", "update"]);
    assert_eq!(updated["update"]["outcome"], "updated", "{updated}");
}

#[test]
fn a_directory_of_one_service_counts_it_as_one_and_one_problem_as_one() {
    let s = Sandbox::new();
    let write = |name: &str, body: &str| {
        let p = s.path(name);
        std::fs::write(&p, body).unwrap();
        p.to_string_lossy().into_owned()
    };
    let services = write(
        "services.csv",
        "id,name,organisation,category,description,phone,web,referral,eligibility,languages\n\
         food-bank,Food bank,Sampleton Food,food,Food parcels.,01632 960999,,self_referral,,\n",
    );
    let venues = write(
        "venues.csv",
        "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\n\
         hall,Church hall,\"1 High Street, Sampleton\",SX1 1AA,53.0,-1.5,yes,,\n",
    );
    let good = "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n\
                food-bank,hall,fri,10:00,12:00,,,,drop_in,\n";
    let key = sample_dir().join("sample-publisher.key").to_string_lossy().into_owned();
    let out = s.path("one.bundle").to_string_lossy().into_owned();
    let build = |sessions: &str| {
        let sessions = write("sessions.csv", sessions);
        run(
            &s,
            &[
                "directory",
                "build",
                "--services",
                &services,
                "--venues",
                &venues,
                "--sessions",
                &sessions,
                "--publisher",
                "Sampleton Food",
                "--area",
                "Sampleton",
                "--version",
                "3",
                "--issued",
                "2026-11-01",
                "--expires",
                "2027-11-01",
                "--sample",
                "--key",
                &key,
                "--out",
                &out,
            ],
        )
    };

    let bad = build(
        "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n\
         food-bank,hall,fri,10:00,12:00,,,,sometimes,\n",
    );
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains(": 1 problem to fix. Nothing was written."), "{err}");
    let short =
        build("service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\nfood-bank\n");
    let err = text(&short.stderr);
    assert!(err.contains("has 1 cell, but the header row has 10"), "{err}");

    let built = build(good);
    assert!(built.status.success(), "{}", text(&built.stderr));
    let said = text(&built.stdout);
    assert!(said.contains("1 service, 1 venue, 1 session. Issued"), "{said}");

    s.init();
    s.ok(&["directory", "sample-data", "on"]);
    let installed = s.ok(&["directory", "import", &out]);
    assert!(installed.contains("1 service, 1 place, 1 session."), "{installed}");
}
