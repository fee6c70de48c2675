//! `alongside share ...`: sharing with her care team, only with her consent. Pair from an
//! invite code, compare the safety number, agree what to share and for how long, stop it,
//! sync, read the ledger and the team's replies. Every rule and word is the core's.

use alongside_core::sharing::sync::{SyncListener, SyncProgress};
use alongside_core::sharing::{share_choices, GrantDraft, ShareCategory, SharePurpose};
use alongside_core::AppointmentKind;
use serde_json::json;
use std::sync::Arc;

use super::appointment::draft::KindArg;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};
use crate::words;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-share-pair"))]
    Pair(PairArgs),
    #[command(about = crate::words::ui("cli-help-share-list"))]
    List,
    #[command(about = crate::words::ui("cli-help-share-safety-number"))]
    SafetyNumber(ContactArgs),
    #[command(about = crate::words::ui("cli-help-share-verify"))]
    Verify(ContactArgs),
    #[command(about = crate::words::ui("cli-help-share-grant"))]
    Grant(GrantArgs),
    #[command(about = crate::words::ui("cli-help-share-stop"))]
    Stop(StopArgs),
    #[command(about = crate::words::ui("cli-help-share-sync"))]
    Sync,
    #[command(about = crate::words::ui("cli-help-share-ledger"))]
    Ledger,
    #[command(about = crate::words::ui("cli-help-share-messages"))]
    Messages,
    #[command(about = crate::words::ui("cli-help-share-accept"))]
    Accept(MessageArgs),
}

#[derive(Debug, clap::Args)]
pub struct PairArgs {
    #[arg(help = crate::words::ui("cli-help-share-pair--code"))]
    #[arg(value_name = "CODE")]
    pub code: String,
}

#[derive(Debug, clap::Args)]
pub struct ContactArgs {
    #[arg(help = crate::words::ui("cli-help-share-contact--contact"))]
    #[arg(value_name = "CONTACT")]
    pub contact: String,
}

#[derive(Debug, clap::Args)]
pub struct MessageArgs {
    #[arg(help = crate::words::ui("cli-help-share-message--message"))]
    #[arg(value_name = "MESSAGE")]
    pub message: String,
}

#[derive(Debug, clap::Args)]
pub struct StopArgs {
    #[arg(help = crate::words::ui("cli-help-share-stop--agreement"))]
    #[arg(value_name = "AGREEMENT")]
    pub agreement: String,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum What {
    Appointments,
    MedicinesAndDoses,
    BreastfeedingPlan,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Why {
    Treatment,
    CareCoordination,
}

#[derive(Debug, clap::Args)]
pub struct GrantArgs {
    #[arg(help = crate::words::ui("cli-help-share-grant--contact"))]
    #[arg(value_name = "CONTACT")]
    pub contact: String,
    #[arg(help = crate::words::ui("cli-help-share-grant--what"))]
    #[arg(long = "what", value_enum, required = true)]
    pub what: Vec<What>,
    #[arg(help = crate::words::ui("cli-help-share-grant--from"))]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(help = crate::words::ui("cli-help-share-grant--until"))]
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[arg(help = crate::words::ui("cli-help-share-grant--purpose"))]
    #[arg(long, value_enum, default_value = "treatment")]
    pub purpose: Why,
    #[arg(help = crate::words::ui("cli-help-share-grant--include"))]
    #[arg(long, value_enum, value_name = "KIND")]
    pub include: Vec<KindArg>,
    #[arg(help = crate::words::ui("cli-help-share-grant--leave-out"))]
    #[arg(long, value_enum, value_name = "KIND")]
    pub leave_out: Vec<KindArg>,
    #[arg(help = crate::words::ui("cli-help-share-grant--preview"))]
    #[arg(long)]
    pub preview: bool,
}

struct Quiet;

impl SyncListener for Quiet {
    fn progress(&self, _progress: SyncProgress) {}
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match command {
        Command::Pair(a) => {
            let c = vault.add_care_contact(a.code, ctx.now)?;
            let groups = vault.care_contact_safety_number(c.id.clone())?;
            let mut t = String::new();
            let paired = words::text(
                "cli-share-paired",
                &[
                    ("name", c.name.as_str().into()),
                    ("role", c.role.as_str().into()),
                    ("id", c.id.as_str().into()),
                ],
            );
            line(&mut t, paired);
            line(&mut t, words::ui("cli-share-compare"));
            line(&mut t, format!("  {}", groups.join(" ")));
            if c.frozen {
                line(&mut t, words::ui("cli-share-keys-changed"));
            }
            Ok(Outcome::new(t, json!({ "contact": c, "safety_number": groups })))
        }
        Command::List => {
            let contacts = vault.care_contacts()?;
            let grants = vault.consent_grants()?;
            let mut t = String::new();
            for c in &contacts {
                let state = match (c.frozen, c.verified) {
                    (true, _) => words::ui("cli-share-state-keys-changed"),
                    (false, true) => words::ui("cli-share-state-checked"),
                    (false, false) => words::ui("cli-share-state-not-checked"),
                };
                line(&mut t, format!("{}  {} ({}) · {state}", c.id, c.name, c.role));
                for g in grants.iter().filter(|g| g.contact_id == c.id) {
                    let status = if g.active {
                        String::new()
                    } else {
                        format!(" {}", words::ui("cli-share-stopped"))
                    };
                    line(&mut t, format!("    {}  {}{status}", g.id, g.summary));
                }
            }
            if contacts.is_empty() {
                line(&mut t, words::ui("cli-share-no-contacts"));
            }
            Ok(Outcome::new(t, json!({ "contacts": contacts, "agreements": grants })))
        }
        Command::SafetyNumber(a) => {
            let groups = vault.care_contact_safety_number(a.contact)?;
            Ok(Outcome::new(groups.join(" "), json!({ "safety_number": groups })))
        }
        Command::Verify(a) => {
            vault.mark_care_contact_verified(a.contact, ctx.now)?;
            Ok(Outcome::new(words::ui("cli-share-checked"), json!({ "ok": true })))
        }
        Command::Grant(a) => {
            let appointment_kinds = kinds(&a)?;
            let draft = GrantDraft {
                contact_id: a.contact,
                categories: a.what.iter().map(|w| category(*w)).collect(),
                start_date: match a.from {
                    Some(d) => d,
                    None => ctx.today(&vault)?,
                },
                end_date: a.until,
                purpose: match a.purpose {
                    Why::Treatment => SharePurpose::Treatment,
                    Why::CareCoordination => SharePurpose::CareCoordination,
                },
                appointment_kinds,
            };
            let p = vault.preview_consent(draft.clone())?;
            let mut not_shared = String::new();
            line(&mut not_shared, &p.not_shared_heading);
            for l in &p.not_shared {
                line(&mut not_shared, format!("  {l}"));
            }
            if a.preview {
                let mut t = String::new();
                line(&mut t, &p.heading);
                for l in &p.shared {
                    line(&mut t, format!("  {l}"));
                }
                t.push_str(&not_shared);
                line(&mut t, words::ui("cli-share-preview-only"));
                return Ok(Outcome::new(t, json!({ "preview": p })));
            }
            let g = vault.grant_consent(draft, ctx.now)?;
            let waiting = vault.sharing_pending()?;
            let ready = words::count("share-ready-to-send", waiting as usize);
            let ready = if waiting > 0 {
                words::text("cli-share-send-with", &[("ready", ready.into())])
            } else {
                format!("{ready}.")
            };
            let id = words::text("cli-share-agreement-id", &[("id", g.id.as_str().into())]);
            let t = format!("{}\n{not_shared}{id}\n{ready}", g.summary);
            Ok(Outcome::new(
                t,
                json!({ "agreement": g, "preview": p, "waiting": waiting }),
            ))
        }
        Command::Stop(a) => {
            let r = vault.revoke_consent(a.agreement, ctx.now)?;
            Ok(Outcome::new(r.message.clone(), json!(r)))
        }
        Command::Sync => {
            let r = vault.sync_now(ctx.now, Arc::new(Quiet))?;
            Ok(Outcome::new(r.summary.clone(), json!(r)))
        }
        Command::Ledger => {
            let entries = vault.share_ledger()?;
            let mut t = String::new();
            // Each line as the JSON has it: what, with whom, what happened and when, and
            // under which agreement (its id, as `share list` and `share stop` use it).
            for e in &entries {
                line(
                    &mut t,
                    format!("{} · {} · {}", e.contact_name, e.summary, e.status_label),
                );
                line(&mut t, format!("    {} [{}]", e.agreement_label, e.grant_id));
            }
            if entries.is_empty() {
                line(&mut t, words::ui("cli-share-ledger-empty"));
            }
            Ok(Outcome::new(t, json!({ "ledger": entries })))
        }
        Command::Messages => {
            let messages = vault.care_team_messages()?;
            let mut t = String::new();
            for m in &messages {
                line(&mut t, format!("{}  {}", m.message_id, m.summary));
            }
            if messages.is_empty() {
                line(&mut t, words::ui("cli-share-no-messages"));
            }
            Ok(Outcome::new(t, json!({ "messages": messages })))
        }
        Command::Accept(a) => {
            let id = vault.accept_appointment_proposal(a.message, ctx.now)?;
            Ok(Outcome::new(
                words::text("cli-share-accepted", &[("id", id.as_str().into())]),
                json!({ "id": id }),
            ))
        }
    }
}

/// The kinds of appointment she chose: the form's defaults (the core's), with what she
/// included added and what she left out taken away; `None` when she changed nothing.
fn kinds(a: &GrantArgs) -> CliResult<Option<Vec<AppointmentKind>>> {
    if a.include.is_empty() && a.leave_out.is_empty() {
        return Ok(None);
    }
    if !a.what.iter().any(|w| matches!(w, What::Appointments)) {
        return Err(CliError::usage(crate::words::ui("cli-error-kinds-need-appointments")));
    }
    let include: Vec<AppointmentKind> = a.include.iter().map(|k| (*k).into()).collect();
    let leave_out: Vec<AppointmentKind> = a.leave_out.iter().map(|k| (*k).into()).collect();
    Ok(Some(
        share_choices()
            .appointment_kinds
            .into_iter()
            .filter(|c| (c.shared_by_default || include.contains(&c.kind)) && !leave_out.contains(&c.kind))
            .map(|c| c.kind)
            .collect(),
    ))
}

fn category(w: What) -> ShareCategory {
    match w {
        What::Appointments => ShareCategory::Appointments,
        What::MedicinesAndDoses => ShareCategory::MedicinesAndDoses,
        What::BreastfeedingPlan => ShareCategory::BreastfeedingPlan,
    }
}
