//! The whole request-for-support flow through the CLI, against a real relay on loopback:
//! a service publishes its inbox in a signed directory; she tells the app her baby is in
//! care (nothing is sent), previews a request word for word, sends it with --yes, and sees
//! it received and answered; the care team's `team pull` lists requests first, most
//! urgent first.

mod common;

use common::relay::start_relay;
use common::Sandbox;
use serde_json::Value;

fn sample_key() -> String {
    let key =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/content/directory/sample/sample-publisher.key");
    key.to_string_lossy().into_owned()
}

/// A one-service sample directory whose service takes requests at `invite`.
fn directory_with_inbox(s: &Sandbox, invite: &str) -> String {
    let write = |name: &str, body: String| {
        let p = s.path(name);
        std::fs::write(&p, body).unwrap();
        p.to_string_lossy().into_owned()
    };
    let services = write(
        "services.csv",
        format!(
            "id,name,organisation,category,description,phone,web,referral,eligibility,languages,requests\n\
             family-rights,Family Rights Line,Sampleton Advice,legal_advice_and_advocacy,\
             Free advice for parents when children's services are involved.,01632 960999,,self_referral,,,{invite}\n"
        ),
    );
    let venues = write(
        "venues.csv",
        "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\n\
         advice-centre,Sampleton Advice Centre,\"1 High Street, Sampleton\",SX1 1AA,53.0,-1.5,yes,,\n"
            .to_string(),
    );
    let sessions = write(
        "sessions.csv",
        "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n\
         family-rights,advice-centre,mon;wed,10:00,16:00,,,,drop_in,\n"
            .to_string(),
    );
    let out = s.path("rights.bundle").to_string_lossy().into_owned();
    let built = s.run(&[
        "directory",
        "build",
        "--services",
        &services,
        "--venues",
        &venues,
        "--sessions",
        &sessions,
        "--publisher",
        "Alongside sample data",
        "--area",
        "Sampleton",
        "--version",
        "2",
        "--issued",
        "2026-11-01",
        "--expires",
        "2027-11-01",
        "--sample",
        "--key",
        &sample_key(),
        "--out",
        &out,
    ]);
    assert!(built.status.success(), "{}", common::text(&built.stderr));
    out
}

fn team_init(s: &Sandbox, dir: &str, relay: &str, name: &str, role: &str) -> String {
    let init = s.json(&[
        "team", "init", "--dir", dir, "--relay", relay, "--name", name, "--role", role,
    ]);
    init["invite"].as_str().unwrap().to_string()
}

fn states(s: &Sandbox) -> Vec<String> {
    s.json(&["support", "requests"])["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["state"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn she_asks_a_directory_service_and_her_midwife_for_support_and_sees_them_answer() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let rights = s.path("rights").to_string_lossy().into_owned();
    let team = s.path("team").to_string_lossy().into_owned();
    let rights_invite = team_init(&s, &rights, &relay.url, "Family Rights Line", "advice service");
    let maya_invite = team_init(&s, &team, &relay.url, "Maya Okafor", "specialist midwife");
    let bundle = directory_with_inbox(&s, &rights_invite);

    s.init();
    s.json(&["directory", "sample-data", "on"]);
    s.json(&["directory", "import", &bundle]);
    let maya = s.json(&["share", "pair", &maya_invite])["contact"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.json(&["support", "status", "--set", "taken-into-care", "--since", "2026-11-20"]);
    assert_eq!(s.json(&["share", "sync"])["sent"], 0, "telling the app sends nothing");

    let recipients = s.ok(&["support", "recipients"]);
    assert!(recipients.contains(&format!("care:{maya}")), "{recipients}");
    assert!(
        recipients.contains("service:family-rights  Family Rights Line (sample data)"),
        "{recipients}"
    );

    let ask = [
        "support",
        "request",
        "--to",
        "service:family-rights",
        "--need",
        "legal-advice",
        "--need",
        "childrens-services",
        "--by",
        "call",
        "--phone",
        "07700 900123",
        "--when",
        "mornings",
        "--urgency",
        "this-week",
    ];
    let preview = s.ok(&ask);
    assert!(
        preview.starts_with("This is exactly what Family Rights Line will see:"),
        "{preview}"
    );
    assert!(
        preview.contains("  I would like: Help understanding what happens next with children's services, Legal advice")
    );
    assert!(preview.contains("Nothing has been sent."), "{preview}");
    assert!(s.json(&["share", "ledger"])["ledger"].as_array().unwrap().is_empty());

    let mut send = ask.to_vec();
    send.push("--yes");
    let sent = s.json(&send);
    assert_eq!(sent["request"]["state"], "waiting_to_send");

    // Two requests to her midwife: the later one is more urgent.
    for (need, soon) in [("peer-support", "this-week"), ("someone-to-talk-to", "today")] {
        let to = format!("care:{maya}");
        s.json(&[
            "support",
            "request",
            "--to",
            &to,
            "--need",
            need,
            "--by",
            "text",
            "--phone",
            "07700 900123",
            "--urgency",
            soon,
            "--yes",
        ]);
    }
    assert_eq!(s.json(&["share", "sync"])["sent"], 5, "two hellos and three requests");
    assert_eq!(states(&s), ["sent", "sent", "sent"]);

    // Her midwife sees requests first, the one for today at the top.
    let pulled = s.ok(&["team", "pull", "--dir", &team]);
    assert!(
        pulled.starts_with("Requests for support waiting for an answer (2), most urgent first:\n- URGENT"),
        "{pulled}"
    );
    let today = pulled.find("I would like: Someone to talk to").unwrap();
    let week = pulled.find("I would like: Peer support from other mothers").unwrap();
    assert!(today < week, "{pulled}");
    assert!(
        !pulled.contains("taken into care"),
        "her status was never sent: {pulled}"
    );
    let service_view = s.ok(&["team", "pull", "--dir", &rights]);
    assert!(service_view.contains("    My number: 07700 900123"), "{service_view}");

    // Both teams' apps said the requests arrived.
    assert_eq!(s.json(&["share", "sync"])["received"], 2);
    assert_eq!(states(&s), ["received", "received", "received"]);

    let woman = s.json(&["team", "pull", "--dir", &team])["women"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    s.json(&[
        "team",
        "reply",
        "--dir",
        &team,
        "--woman",
        &woman,
        "ack",
        "--message",
        "I'll text you at 10.",
    ]);
    let after: Value = s.json(&["team", "pull", "--dir", &team]);
    assert!(
        after["support_requests"].as_array().unwrap().is_empty(),
        "answered requests leave the list"
    );

    s.json(&["share", "sync"]);
    assert_eq!(states(&s), ["answered", "answered", "received"]);
    let mine = s.ok(&["support", "requests"]);
    assert!(
        mine.contains("Maya Okafor (specialist midwife) has answered."),
        "{mine}"
    );
    assert!(mine.contains("Their reply: I'll text you at 10."), "{mine}");
}

#[test]
fn a_request_to_a_service_with_no_inbox_in_her_directory_is_refused() {
    let s = Sandbox::new();
    s.init();
    let out = s.run(&[
        "--json",
        "support",
        "request",
        "--to",
        "service:family-rights",
        "--need",
        "legal-advice",
        "--by",
        "in-person",
    ]);
    assert!(!out.status.success());
    let err = common::parse(&out.stderr, &["support", "request"]);
    assert_eq!(err["error"]["field"], "recipient", "{err}");
    assert!(s.json(&["support", "requests"])["requests"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// The README's walkthrough, from `team init` up to the request's preview, as lines of
/// shell: continuation lines joined, comments and blank lines dropped, `&&` split.
fn readme_walkthrough() -> Vec<String> {
    let readme = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
        .expect("the README");
    let start = readme.find("The whole flow\non one computer").expect("the walkthrough");
    let block = &readme[start..];
    let block = &block[block.find("```sh\n").expect("its code") + 6..];
    let block = &block[..block.find("```").expect("its end")];
    let mut commands = Vec::new();
    let mut joined = String::new();
    for l in block.lines() {
        joined.push_str(l.trim_end_matches('\\').trim());
        joined.push(' ');
        if l.ends_with('\\') {
            continue;
        }
        let command = std::mem::take(&mut joined);
        let command = without_comment(&command);
        commands.extend(
            command
                .split("&&")
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty()),
        );
    }
    commands
}

/// `line` up to a `#` outside double quotes.
fn without_comment(line: &str) -> String {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '#' if !quoted => return line[..i].to_string(),
            _ => {}
        }
    }
    line.to_string()
}

/// Words as a shell splits them (double quotes only, as the README uses).
fn words(command: &str) -> Vec<String> {
    let (mut out, mut word, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    out.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(word);
    }
    out
}

#[test]
fn the_readme_walkthrough_names_a_sample_service_and_works_as_written_up_to_the_preview() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/content/directory/sample");
    let readme = readme_walkthrough();

    // Her side first, as the README's earlier sections go: the shipped sample installed.
    s.init();
    s.json(&["directory", "sample-data", "on"]);
    s.json(&["directory", "import", &sample.join("sample.bundle").to_string_lossy()]);
    s.json(&["support", "status", "--set", "taken-into-care", "--since", "2026-11-20"]);

    // The row the README says to give the invite code, and the service it asks.
    let all = readme.join("\n");
    let row = {
        let block =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
        let at = block
            .find("` row, then")
            .expect("the README names the row for the invite code");
        let name_start = block[..at].rfind('`').expect("the row's id") + 1;
        block[name_start..at].to_string()
    };
    let asked = all
        .split_whitespace()
        .find_map(|w| w.strip_prefix("service:"))
        .filter(|id| *id != "ID")
        .expect("a service id in the request")
        .to_string();
    assert_eq!(asked, row, "the request goes to the service given the invite code");
    let services = std::fs::read_to_string(sample.join("services.csv")).unwrap();
    assert!(
        services.lines().any(|l| l.split(',').next() == Some(row.as_str())),
        "the sample directory has no service {row}"
    );

    let mut invite = String::new();
    for command in readme.iter().skip_while(|c| !c.starts_with("alongside ")) {
        if command.contains('…') {
            break; // The README's own placeholders start here.
        }
        let mut args = words(command);
        assert_eq!(args.remove(0), "alongside", "{command}");
        for a in args.iter_mut() {
            *a = match a.as_str() {
                "http://127.0.0.1:8787" => relay.url.clone(),
                "core/content/directory/sample/sample-publisher.key" => {
                    sample.join("sample-publisher.key").to_string_lossy().into_owned()
                }
                _ => a.clone(),
            };
        }
        if args.starts_with(&["directory".into(), "build".into()]) {
            // What the README's comment asks of her: the sample's spreadsheets, with a
            // `requests` column holding the invite code in that one row.
            for name in ["venues.csv", "sessions.csv"] {
                std::fs::copy(sample.join(name), s.path(name)).unwrap();
            }
            let with_requests: Vec<String> = services
                .lines()
                .enumerate()
                .map(|(i, l)| match i {
                    0 => format!("{l},requests"),
                    _ if l.split(',').next() == Some(row.as_str()) => format!("{l},{invite}"),
                    _ => format!("{l},"),
                })
                .collect();
            std::fs::write(s.path("services.csv"), with_requests.join("\n") + "\n").unwrap();
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = s.cmd(&args).current_dir(s.path("")).output().expect("run alongside");
        assert!(
            out.status.success(),
            "README: {command}\nstdout: {}\nstderr: {}",
            common::text(&out.stdout),
            common::text(&out.stderr)
        );
        let stdout = common::text(&out.stdout);
        if args.starts_with(&["team", "init"]) {
            invite = stdout.lines().last().expect("an invite code").trim().to_string();
        }
        if args.starts_with(&["support", "recipients"]) {
            assert!(stdout.contains(&format!("service:{row} ")), "{stdout}");
        }
        if args.starts_with(&["support", "request"]) {
            assert!(
                stdout.starts_with("This is exactly what Family rights drop-in will see:"),
                "{stdout}"
            );
        }
    }
    assert!(!invite.is_empty(), "the walkthrough ran team init");
}
