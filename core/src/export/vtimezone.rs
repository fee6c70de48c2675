//! VTIMEZONE components (RFC 5545 §3.6.5) built from the tz database compiled into the
//! app, so an exported file carries the rules its TZIDs refer to. The icalendar crate
//! has no VTIMEZONE builder; each observance is written out as an explicit transition.

use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan};

fn offset_text(o: Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
}

/// The VTIMEZONE text for `name`, covering the transitions from a year before `from`
/// to a year after `to`.
pub(super) fn vtimezone(name: &str, tz: &TimeZone, from: Timestamp, to: Timestamp) -> String {
    let start = from.checked_sub((366 * 24).hours()).unwrap_or(from);
    let end = to.checked_add((366 * 24).hours()).unwrap_or(to);
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{name}")];
    // The observance in force at the start of the range.
    let info = tz.to_offset_info(start);
    let first_local = start
        .to_zoned(tz.clone())
        .datetime()
        .strftime("%Y%m%dT%H%M%S")
        .to_string();
    push(
        &mut lines,
        info.dst().is_dst(),
        &first_local,
        info.offset(),
        info.offset(),
        info.abbreviation(),
    );
    let mut prev = info.offset();
    for t in tz.following(start) {
        if t.timestamp() > end {
            break;
        }
        // DTSTART is the local time just before the change, in the old offset.
        let local = t
            .timestamp()
            .to_zoned(TimeZone::fixed(prev))
            .datetime()
            .strftime("%Y%m%dT%H%M%S")
            .to_string();
        push(&mut lines, t.dst().is_dst(), &local, prev, t.offset(), t.abbreviation());
        prev = t.offset();
    }
    lines.push("END:VTIMEZONE".to_string());
    lines.join("\r\n") + "\r\n"
}

fn push(lines: &mut Vec<String>, dst: bool, local: &str, from: Offset, to: Offset, abbr: &str) {
    let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
    lines.push(format!("BEGIN:{kind}"));
    lines.push(format!("DTSTART:{local}"));
    lines.push(format!("TZOFFSETFROM:{}", offset_text(from)));
    lines.push(format!("TZOFFSETTO:{}", offset_text(to)));
    if !abbr.is_empty() && !abbr.starts_with(['+', '-']) {
        lines.push(format!("TZNAME:{abbr}"));
    }
    lines.push(format!("END:{kind}"));
}
