//! Requests for support on the care team's side: listed before anything else, most urgent
//! first, with the words she previewed; `team pull` tells her phone they arrived, and
//! `team reply ack` answers them.

use alongside_core::content::text;
use alongside_core::free_text::{lines, one_line};
use alongside_protocol::envelope::{Item, Kind};
use serde_json::{json, Value};

use super::team_store::{Received, Record};
use crate::error::{CliError, CliResult};
use crate::output::line;

/// The envelope kind a request travels as (as the app sends it).
pub const KIND: &str = "support-request";

/// A request not yet answered, with whose it is.
pub struct Waiting {
    pub woman: String,
    pub request: Received,
}

fn rank(r: &Received) -> (u8, String, String) {
    let v = r.resource.as_ref().unwrap_or(&Value::Null);
    let priority = match v["priority"].as_str() {
        Some("stat") => 0,
        Some("asap") => 1,
        Some("urgent") => 2,
        _ => 3,
    };
    let by = v["occurrencePeriod"]["end"].as_str().unwrap_or("").to_string();
    let authored = v["authoredOn"].as_str().unwrap_or("").to_string();
    (priority, by, authored)
}

/// Every request not yet answered, most urgent first, then soonest reply-by, then oldest.
pub fn waiting(record: &Record) -> Vec<Waiting> {
    let mut out: Vec<Waiting> = record
        .women
        .iter()
        .flat_map(|(id, w)| {
            w.items
                .values()
                .filter(|r| r.kind == KIND && r.resource.is_some() && !r.answered)
                .map(|r| Waiting {
                    woman: id.clone(),
                    request: r.clone(),
                })
        })
        .collect();
    out.sort_by_key(|w| rank(&w.request));
    out
}

/// The list in words, for `team pull`; `answer` gives the command that answers a woman's
/// requests, as the member can run it.
pub fn render(t: &mut String, list: &[Waiting], answer: &dyn Fn(&str) -> String) {
    if list.is_empty() {
        return;
    }
    line(t, text("team-cli-requests-waiting", &[("count", list.len().into())]));
    // Whoever has the invite code can write a request, so its words are tidied (see
    // `alongside_core::free_text`) and indented under the heading this tool writes.
    for w in list {
        let v = w.request.resource.as_ref().unwrap_or(&Value::Null);
        let priority = one_line(v["priority"].as_str().unwrap_or("routine"));
        let by = one_line(v["occurrencePeriod"]["end"].as_str().unwrap_or("?"));
        line(
            t,
            format!(
                "- {}",
                text(
                    "team-cli-request",
                    &[
                        ("priority", priority.to_uppercase().into()),
                        ("woman", w.woman.as_str().into()),
                        ("sent", one_line(v["authoredOn"].as_str().unwrap_or("?")).into()),
                        ("by", by.into()),
                    ]
                )
            ),
        );
        for words in lines(v["payload"][0]["contentString"].as_str().unwrap_or("")).split('\n') {
            line(t, format!("    {words}"));
        }
        line(
            t,
            format!(
                "  {}",
                text("team-request-answer", &[("command", answer(&w.woman).into())])
            ),
        );
    }
    line(t, text("team-request-answer-words", &[]));
    line(t, "");
}

/// The list as JSON, for `team pull --json`.
pub fn to_json(list: &[Waiting]) -> Value {
    Value::Array(
        list.iter()
            .map(|w| json!({ "woman": w.woman, "request": w.request.resource }))
            .collect(),
    )
}

/// Tells her phone that these envelopes arrived and opened here; nobody has answered yet.
pub fn receipt(envelopes: &[String], id: String) -> CliResult<Item> {
    Ok(Item {
        id,
        version: 1,
        kind: Kind::new("receipt").map_err(|_| CliError::file(crate::words::ui("cli-error-bad-kind")))?,
        payload: serde_json::to_vec(&json!({
            "format": "alongside-receipt", "version": 1, "envelopes": envelopes,
        }))
        .unwrap_or_default(),
    })
}
