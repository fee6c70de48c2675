//! `alongside team ...`: the care-team member's side. Make a key and an invite code, pull
//! and open what women share (checking each is signed by a key already seen, or is a
//! first `hello`), accept a first contact once the safety number matches, export a woman's
//! records as a FHIR R4 Bundle, and reply: acknowledge what arrived, or propose an
//! appointment she can accept. Replies and receipts go only to the member's own relay or one
//! they approved (`team_relays`); one that fails never stops a pull.

use alongside_core::content::text;
use alongside_core::free_text::one_line;
use alongside_core::sharing::fhir;
use alongside_core::AlongsideError;
use alongside_protocol::device::{BoxPublicKey, DeviceIdentity, DeviceKey};
use alongside_protocol::envelope::{self, Envelope, EnvelopeId, InboxId, Item, Kind, Opened};
use alongside_protocol::fingerprint::safety_number;
use alongside_protocol::invite::Invite;
use alongside_protocol::keys::PublicKey;
use alongside_relay::client::RelayClient;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

use super::team_store::{Folder, Member, Received, Record, Woman};
use super::{team_relays, team_requests};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};
use crate::words;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-team-init"))]
    Init(InitArgs),
    #[command(about = crate::words::ui("cli-help-team-pull"))]
    Pull(DirArgs),
    #[command(about = crate::words::ui("cli-help-team-accept"))]
    Accept(WomanArgs),
    #[command(about = crate::words::ui("cli-help-team-approve-relay"))]
    ApproveRelay(ApproveArgs),
    #[command(about = crate::words::ui("cli-help-team-export"))]
    Export(WomanArgs),
    #[command(about = crate::words::ui("cli-help-team-reply"))]
    Reply(ReplyArgs),
}

#[derive(Debug, clap::Args)]
pub struct DirArgs {
    #[arg(help = crate::words::ui("cli-help-team-dir--dir"))]
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub dir: DirArgs,
    #[arg(help = crate::words::ui("cli-help-team-init--relay"))]
    #[arg(long, value_name = "URL")]
    pub relay: String,
    #[arg(help = crate::words::ui("cli-help-team-init--name"))]
    #[arg(long)]
    pub name: String,
    #[arg(help = crate::words::ui("cli-help-team-init--role"))]
    #[arg(long)]
    pub role: String,
}

#[derive(Debug, clap::Args)]
pub struct ApproveArgs {
    #[command(flatten)]
    pub dir: DirArgs,
    #[arg(help = crate::words::ui("cli-help-team-approve--relay"))]
    #[arg(long, value_name = "URL")]
    pub relay: String,
}

#[derive(Debug, clap::Args)]
pub struct WomanArgs {
    #[command(flatten)]
    pub dir: DirArgs,
    #[arg(help = crate::words::ui("cli-help-team-woman--woman"))]
    #[arg(long, value_name = "ID")]
    pub woman: String,
}

#[derive(Debug, clap::Args)]
pub struct ReplyArgs {
    #[command(flatten)]
    pub to: WomanArgs,
    #[command(subcommand)]
    pub reply: Reply,
}

#[derive(Debug, clap::Subcommand)]
pub enum Reply {
    #[command(about = crate::words::ui("cli-help-team-reply-ack"))]
    Ack(AckArgs),
    #[command(about = crate::words::ui("cli-help-team-reply-propose"))]
    Propose(ProposeArgs),
}

#[derive(Debug, clap::Args)]
pub struct AckArgs {
    #[arg(help = crate::words::ui("cli-help-team-ack--message"))]
    #[arg(long)]
    pub message: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ProposeArgs {
    #[arg(long)]
    pub title: String,
    #[arg(help = crate::words::ui("cli-help-team-propose--start"))]
    #[arg(long, value_name = "INSTANT")]
    pub start: String,
    #[arg(long, default_value_t = 30, value_name = "MINUTES", value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub minutes: u32,
}

fn relay_error(_: alongside_relay::client::ClientError) -> CliError {
    CliError::file(crate::words::ui("cli-error-relay"))
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    match command {
        Command::Init(a) => init(ctx, a),
        Command::Pull(a) => pull(a),
        Command::Accept(a) => accept(a),
        Command::ApproveRelay(a) => approve_relay(a),
        Command::Export(a) => export(ctx, a),
        Command::Reply(a) => reply(ctx, a),
    }
}

fn init(ctx: &Context, a: InitArgs) -> CliResult<Outcome> {
    let folder = Folder(a.dir.dir);
    let key = DeviceKey::generate().map_err(|_| CliError::file(crate::words::ui("cli-error-keygen")))?;
    let inbox = InboxId::random().map_err(|_| CliError::file(crate::words::ui("cli-error-inbox-id")))?;
    let invite = Invite {
        relay_url: a.relay.clone(),
        inbox,
        member: key.identity(),
        display_name: a.name.clone(),
        role: a.role.clone(),
        created_at: jiff::Timestamp::try_from(ctx.now)
            .map_err(|_| CliError::usage(crate::words::ui("cli-error-clock")))?,
    }
    .encode(&key)
    .map_err(|e| {
        CliError::usage(crate::words::text(
            "team-cli-invite-failed",
            &[("reason", e.to_string().into())],
        ))
    })?;
    let mut client = RelayClient::new(&a.relay, key).map_err(relay_error)?;
    client.register_inbox(&inbox.to_hex()).map_err(relay_error)?;
    let key = client.signer();
    folder.create(
        key,
        &Member {
            relay_url: a.relay,
            inbox: inbox.to_hex(),
            name: a.name,
            role: a.role,
            approved_relays: vec![],
        },
    )?;
    let t = format!("{}\n{invite}", crate::words::ui("team-cli-invite"));
    Ok(Outcome::new(t, json!({ "invite": invite, "inbox": inbox.to_hex() })))
}

/// A short, stable id for a woman: the start of her signing key's hex.
fn woman_id(signing: &PublicKey) -> String {
    signing.0.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

fn identity(w: &Woman) -> CliResult<DeviceIdentity> {
    let damaged = || CliError::file(crate::words::ui("cli-error-team-file-damaged"));
    Ok(DeviceIdentity {
        signing: PublicKey::from_base64(&w.signing_key).map_err(|_| damaged())?,
        sealing: BoxPublicKey::from_base64(&w.sealing_key).map_err(|_| damaged())?,
    })
}

/// A command the member can run as shown: `alongside team SUB --dir DIR REST…`, quoted.
fn command(sub: &str, dir: &Path, rest: &[&str]) -> String {
    let dir = dir.to_string_lossy();
    let mut words = vec!["alongside", "team", sub, "--dir", &dir];
    words.extend_from_slice(rest);
    shlex::try_join(words.iter().copied()).unwrap_or_else(|_| words.join(" "))
}

/// A refusal in words, with the field it is about (exit 1, nothing changed).
fn refused(field: &str, words: &str) -> CliError {
    AlongsideError::InvalidInput {
        field: field.to_string(),
        reason: words.to_string(),
    }
    .into()
}

/// Records a first contact from her hello. Its keys must be usable, or nothing is kept:
/// a stranger's broken hello must not break the next pull.
fn learn(record: &mut Record, o: &Opened) -> Option<String> {
    let hello: Value = serde_json::from_slice(&o.item.payload).ok()?;
    if hello["signing_key"].as_str()? != o.sender.to_base64() {
        return None;
    }
    let sealing_key = hello["sealing_key"].as_str()?;
    BoxPublicKey::from_base64(sealing_key).ok()?;
    let id = woman_id(&o.sender);
    record.women.entry(id.clone()).or_insert(Woman {
        signing_key: o.sender.to_base64(),
        sealing_key: sealing_key.to_string(),
        relay_url: hello["relay_url"].as_str()?.to_string(),
        inbox: hello["inbox"].as_str()?.to_string(),
        items: Default::default(),
        unacknowledged: vec![],
        accepted: false,
        receipts_owed: vec![],
    });
    Some(id)
}

/// Keeps what `o` carries if it is newer than what is held; returns whether it was.
fn keep(w: &mut Woman, o: &Opened) -> bool {
    w.unacknowledged.push(o.id.to_hex());
    // A tombstone names only the item's id: it removes whatever was shared under that id
    // (an appointment, unless something else of hers has it).
    let kind = if o.item.is_tombstone() {
        w.items
            .values()
            .find(|r| r.id == o.item.id && r.kind != envelope::HELLO)
            .map_or_else(|| "appointment".to_string(), |r| r.kind.clone())
    } else {
        o.item.kind.as_str().to_string()
    };
    let key = format!("{kind}/{}", o.item.id);
    if w.items.get(&key).is_some_and(|r| r.version >= o.item.version) {
        return false; // an older or repeated version: the latest wins
    }
    let resource = if o.item.is_tombstone() {
        None
    } else {
        serde_json::from_slice(&o.item.payload).ok()
    };
    w.items.insert(
        key,
        Received {
            kind,
            id: o.item.id.clone(),
            version: o.item.version,
            resource,
            envelope: Some(o.id.to_hex()),
            answered: false,
        },
    );
    true
}

fn pull(a: DirArgs) -> CliResult<Outcome> {
    let dir = a.dir.clone();
    let folder = Folder(a.dir);
    let member = folder.member()?;
    let mut record = folder.load()?;
    let mut client = RelayClient::new(&member.relay_url, folder.key()?).map_err(relay_error)?;
    let me = folder.key()?;
    // New items kept (hellos are shown as new women instead), so the count matches the lists.
    let mut opened_count = 0;
    let mut after: Option<String> = None;
    loop {
        let page = client
            .pull(&member.inbox, after.as_deref(), None)
            .map_err(relay_error)?;
        let envelopes: Vec<(String, Option<Envelope>)> = page
            .envelopes
            .iter()
            .map(|p| (p.id.clone(), p.body_bytes().and_then(|b| Envelope::from_json(&b).ok())))
            .collect();
        // First the hellos, so that what a new woman sent in the same page opens too.
        for (_, env) in &envelopes {
            let Some(env) = env else { continue };
            if let Ok(o) = envelope::open_first_contact(env, &me) {
                learn(&mut record, &o);
            }
        }
        let known: Vec<PublicKey> = record
            .women
            .values()
            .filter_map(|w| PublicKey::from_base64(&w.signing_key).ok())
            .collect();
        let mut done = Vec::new();
        for (relay_id, env) in &envelopes {
            let Some(env) = env else {
                done.push(relay_id.clone()); // not an envelope at all: drop it
                continue;
            };
            match envelope::open(env, &me, &known) {
                Ok(o) => {
                    if let Some(w) = record.women.get_mut(&woman_id(&o.sender)) {
                        let kind = o.item.kind.as_str();
                        if keep(w, &o) && kind != envelope::HELLO {
                            opened_count += 1;
                            // Her phone is told it arrived (below, and at later pulls until it goes).
                            if kind == team_requests::KIND {
                                w.receipts_owed.push(o.id.to_hex());
                            }
                        }
                    }
                    done.push(relay_id.clone());
                }
                // From nobody known yet: left at the relay until her hello arrives.
                Err(envelope::EnvelopeError::UnpairedSender) => {}
                Err(_) => done.push(relay_id.clone()),
            }
        }
        // Saved before acknowledging, so nothing acknowledged is ever lost.
        folder.save(&record)?;
        if !done.is_empty() {
            client.ack(&member.inbox, &done).map_err(relay_error)?;
        }
        after = page.next_cursor.clone();
        if !page.more {
            break;
        }
    }
    let (notes, receipts) = send_receipts(&folder, &dir, &member, &mut record)?;
    folder.save(&record)?;

    let waiting = team_requests::waiting(&record);
    let mut t = String::new();
    team_requests::render(&mut t, &waiting, &|woman| {
        command("reply", &dir, &["--woman", woman, "ack"])
    });
    for n in &notes {
        line(&mut t, n);
    }
    if !notes.is_empty() {
        line(&mut t, "");
    }
    line(&mut t, text("team-opened", &[("count", opened_count.into())]));
    let mut new_women = Vec::new();
    for (id, w) in &record.women {
        let listed: Vec<&Received> = w.items.values().filter(|r| r.kind != envelope::HELLO).collect();
        let removed = listed.iter().filter(|r| r.resource.is_none()).count();
        let records = listed.len() - removed;
        let counts: [(&str, _); 3] = [
            ("woman", id.as_str().into()),
            ("records", records.into()),
            ("removed", removed.into()),
        ];
        if removed == 0 {
            line(&mut t, text("team-woman-records", &counts));
        } else {
            line(&mut t, text("team-woman-records-removed", &counts));
        }
        if !w.accepted {
            new_women.push(id.clone());
            if let Ok(her) = identity(w) {
                let number = safety_number(&me.identity(), &her);
                line(
                    &mut t,
                    format!("  {}", text("team-woman-new", &[("number", number.to_string().into())])),
                );
                let accept = command("accept", &dir, &["--woman", id]);
                line(
                    &mut t,
                    format!("  {}", text("team-woman-accept-hint", &[("command", accept.into())])),
                );
            }
        }
        for r in listed {
            // Whoever has the invite code can write these: each is kept to its own line.
            let what = r
                .resource
                .as_ref()
                .map(|v| {
                    format!(
                        "{} {}",
                        one_line(v["resourceType"].as_str().unwrap_or("")),
                        one_line(v["description"].as_str().or(v["status"].as_str()).unwrap_or(""))
                    )
                })
                .unwrap_or_else(|| words::ui("team-cli-removed"));
            line(&mut t, format!("  {} v{}: {what}", one_line(&r.kind), r.version));
        }
    }
    Ok(Outcome::new(
        t,
        json!({
            "opened": opened_count,
            "new_women": new_women,
            "support_requests": team_requests::to_json(&waiting),
            "receipts": receipts,
            "women": record.women,
        }),
    ))
}

/// Tells each woman's phone which of her requests arrived here, where replies may go. One
/// that fails is reported and tried again at the next pull; the rest go on. Returns the
/// words for the member and a line of JSON per woman tried.
fn send_receipts(
    folder: &Folder,
    dir: &Path,
    member: &Member,
    record: &mut Record,
) -> CliResult<(Vec<String>, Vec<Value>)> {
    let mut notes = Vec::new();
    let mut out = Vec::new();
    for (id, w) in record.women.iter_mut().filter(|(_, w)| !w.receipts_owed.is_empty()) {
        if let Some(words) = held(id, w, dir, member, "team-receipt-held", "team-receipt-unusable") {
            notes.push(words);
            out.push(json!({ "woman": id, "sent": false, "reason": "relay_not_approved" }));
            continue;
        }
        let receipt = team_requests::receipt(&w.receipts_owed, format!("receipt-{}", random_hex()?))?;
        if send_to(folder, w, &receipt).is_ok() {
            w.receipts_owed.clear();
            out.push(json!({ "woman": id, "sent": true }));
        } else {
            notes.push(text("team-receipt-failed", &[("woman", id.as_str().into())]));
            out.push(json!({ "woman": id, "sent": false, "reason": "relay_refused" }));
        }
    }
    Ok((notes, out))
}

/// Words saying nothing goes to `w` because her hello asked for replies at a relay that is
/// not the member's and not approved, with the command to approve it if it could be; `None`
/// when replies may go.
fn held(woman: &str, w: &Woman, dir: &Path, member: &Member, with_command: &str, unusable: &str) -> Option<String> {
    if team_relays::allowed(member, w) {
        return None;
    }
    Some(match team_relays::approvable(&w.relay_url) {
        Some(url) => {
            let relay = url.to_string();
            let approve = command("approve-relay", dir, &["--relay", &relay]);
            text(
                with_command,
                &[
                    ("woman", woman.into()),
                    ("relay", relay.as_str().into()),
                    ("command", approve.into()),
                ],
            )
        }
        None => text(unusable, &[("woman", woman.into())]),
    })
}

fn accept(a: WomanArgs) -> CliResult<Outcome> {
    let folder = Folder(a.dir.dir.clone());
    let (mut record, _) = woman(&folder, &a.dir.dir, &a.woman)?;
    if let Some(w) = record.women.get_mut(&a.woman) {
        w.accepted = true;
    }
    folder.save(&record)?;
    Ok(Outcome::new(
        text("team-accepted", &[("woman", a.woman.as_str().into())]),
        json!({ "ok": true, "woman": a.woman }),
    ))
}

fn approve_relay(a: ApproveArgs) -> CliResult<Outcome> {
    let folder = Folder(a.dir.dir);
    let mut member = folder.member()?;
    let url = team_relays::approvable(&a.relay).ok_or_else(|| refused("relay", &text("team-relay-refused", &[])))?;
    let relay = url.to_string();
    if !member.approved_relays.contains(&relay) {
        member.approved_relays.push(relay.clone());
    }
    folder.save_member(&member)?;
    Ok(Outcome::new(
        text("team-relay-approved", &[("relay", relay.as_str().into())]),
        json!({ "ok": true, "approved_relays": member.approved_relays }),
    ))
}

fn woman(folder: &Folder, dir: &Path, id: &str) -> CliResult<(Record, Woman)> {
    let record = folder.load()?;
    let w = record.women.get(id).cloned().ok_or_else(|| {
        let pull = command("pull", dir, &[]);
        CliError::usage(text("team-no-woman", &[("command", pull.into())]))
    })?;
    Ok((record, w))
}

/// A Bundle entry's `fullUrl`: the `urn:uuid:` her phone gave the resource as its
/// identifier (references between her resources use it), or, for a resource from a phone
/// that gave none, one made the same way from her id here and the item's.
fn full_url(woman: &str, r: &Received, resource: &Value) -> String {
    let given = resource["identifier"].as_array().and_then(|ids| {
        ids.iter()
            .filter(|i| i["system"] == fhir::IDENTIFIER_SYSTEM)
            .find_map(|i| i["value"].as_str().filter(|v| v.starts_with("urn:uuid:")))
    });
    match given {
        Some(url) => url.to_string(),
        None => fhir::full_url(
            &fhir::Subject { id: woman.to_string() },
            resource["resourceType"].as_str().unwrap_or(&r.kind),
            &r.id,
        ),
    }
}

fn export(ctx: &Context, a: WomanArgs) -> CliResult<Outcome> {
    let folder = Folder(a.dir.dir.clone());
    let (_, w) = woman(&folder, &a.dir.dir, &a.woman)?;
    let mut shared: Vec<(&Received, &Value)> = w
        .items
        .values()
        .filter(|r| r.kind != envelope::HELLO)
        .filter_map(|r| r.resource.as_ref().map(|v| (r, v)))
        .collect();
    // Her Patient first, as the record the others are about.
    shared.sort_by_key(|(_, v)| v["resourceType"] != "Patient");
    let entries: Vec<Value> = shared
        .into_iter()
        .map(|(r, resource)| json!({ "fullUrl": full_url(&a.woman, r, resource), "resource": resource }))
        .collect();
    let timestamp = jiff::Timestamp::try_from(ctx.now)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default();
    let bundle = json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": timestamp,
        "entry": entries,
    });
    let text = serde_json::to_string_pretty(&bundle).unwrap_or_default();
    Ok(Outcome::new(text, bundle))
}

fn reply(ctx: &Context, a: ReplyArgs) -> CliResult<Outcome> {
    let folder = Folder(a.to.dir.dir.clone());
    let (mut record, w) = woman(&folder, &a.to.dir.dir, &a.to.woman)?;
    // Nothing goes to a relay that is not the member's own, or approved.
    if let Some(words) = held(
        &a.to.woman,
        &w,
        &a.to.dir.dir,
        &folder.member()?,
        "team-reply-held",
        "team-reply-unusable",
    ) {
        return Err(refused("relay", &words));
    }
    let (item, words) = match a.reply {
        Reply::Ack(ack) => (
            Item {
                id: format!("ack-{}", random_hex()?),
                version: 1,
                kind: Kind::new("ack").map_err(|_| CliError::file(crate::words::ui("cli-error-bad-kind")))?,
                payload: serde_json::to_vec(&json!({
                    "format": "alongside-ack", "version": 1, "envelopes": w.unacknowledged,
                    "message": ack.message.as_deref().map(str::trim).filter(|m| !m.is_empty()),
                }))
                .unwrap_or_default(),
            },
            words::count("team-acknowledged", w.unacknowledged.len()),
        ),
        Reply::Propose(p) => {
            let start: jiff::Timestamp = p
                .start
                .parse()
                .map_err(|_| CliError::usage(crate::words::ui("cli-error-start-instant")))?;
            let end = start
                .checked_add(jiff::SignedDuration::from_mins(i64::from(p.minutes.clamp(1, 24 * 60))))
                .map_err(|_| CliError::usage(crate::words::ui("cli-error-too-far")))?;
            let _ = ctx;
            (
                Item {
                    id: format!("proposal-{}", random_hex()?),
                    version: 1,
                    kind: Kind::new("appointment-proposal")
                        .map_err(|_| CliError::file(crate::words::ui("cli-error-bad-kind")))?,
                    payload: serde_json::to_vec(&json!({
                        "resourceType": "Appointment", "status": "proposed", "description": p.title,
                        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                        "participant": [{ "actor": { "display": folder.member()?.name }, "status": "accepted" }],
                    }))
                    .unwrap_or_default(),
                },
                crate::words::ui("team-cli-proposal-sent"),
            )
        }
    };
    let id = send_to(&folder, &w, &item)?;
    if item.kind.as_str() == "ack" {
        if let Some(stored) = record.women.get_mut(&a.to.woman) {
            // Every request the acknowledgement covers is answered.
            for r in stored.items.values_mut() {
                if r.envelope.as_ref().is_some_and(|e| stored.unacknowledged.contains(e)) {
                    r.answered = true;
                }
            }
            stored.unacknowledged.clear();
        }
        folder.save(&record)?;
    }
    Ok(Outcome::new(words, json!({ "ok": true, "envelope": id })))
}

fn random_hex() -> CliResult<String> {
    Ok(EnvelopeId::random()
        .map_err(|_| CliError::file(crate::words::ui("cli-error-no-randomness")))?
        .to_hex())
}

/// Seals `item` to her and puts it in her inbox at her relay; returns the envelope id.
fn send_to(folder: &Folder, w: &Woman, item: &Item) -> CliResult<String> {
    let me = folder.key()?;
    let inbox =
        InboxId::from_hex(&w.inbox).map_err(|_| CliError::file(crate::words::ui("cli-error-team-file-damaged")))?;
    let id = EnvelopeId::random().map_err(|_| CliError::file(crate::words::ui("cli-error-no-randomness")))?;
    let env = envelope::seal(&me, &identity(w)?, inbox, id, item)
        .map_err(|_| CliError::file(crate::words::ui("cli-error-seal")))?;
    let mut client = RelayClient::new(&w.relay_url, me).map_err(relay_error)?;
    client
        .put(&w.inbox, &id.to_hex(), &env.to_json())
        .map_err(relay_error)?;
    Ok(id.to_hex())
}
