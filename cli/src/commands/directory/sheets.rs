//! Reading the three spreadsheets (CSV, with a header row) into directory records. Every
//! cell that can't be read is reported with its file, line and column, and reading goes on,
//! so one run lists every problem. Rows keep the line they came from, so the schema checks
//! in `alongside_protocol` can be pointed back at the spreadsheet too.

use alongside_protocol::bounded;
use alongside_protocol::directory::{
    Access, Category, Day, Problem, Referral, Service, Session, Table, Venue, MAX_BUNDLE_BYTES,
};
use std::path::Path;

use super::problems::Located;
use crate::words::{text, ui};

/// The largest spreadsheet read, checked while reading: its rows go into one bundle, which
/// can be no larger than this.
pub const MAX_SHEET_BYTES: usize = MAX_BUNDLE_BYTES;

/// Columns a spreadsheet may leave out: most services take no requests through the app,
/// and a directory from before `baby_centred` existed has no such column (read as "no").
pub const OPTIONAL_COLUMNS: [&str; 2] = ["requests", "baby_centred"];

pub const SERVICE_COLUMNS: [&str; 12] = [
    "id",
    "name",
    "organisation",
    "category",
    "description",
    "phone",
    "web",
    "referral",
    "eligibility",
    "languages",
    "requests",
    "baby_centred",
];
pub const VENUE_COLUMNS: [&str; 9] = [
    "id",
    "name",
    "address",
    "postcode",
    "latitude",
    "longitude",
    "step_free",
    "accessibility",
    "transport",
];
pub const SESSION_COLUMNS: [&str; 10] = [
    "service_id",
    "venue_id",
    "days",
    "start",
    "end",
    "weeks_of_month",
    "valid_from",
    "valid_until",
    "access",
    "notes",
];

/// The records read from the spreadsheets, the line each came from, and what was wrong.
pub struct Sheets {
    pub services: Vec<Service>,
    pub venues: Vec<Venue>,
    pub sessions: Vec<Session>,
    files: [String; 3],
    lines: [Vec<u64>; 3],
    pub problems: Vec<Located>,
}

impl Sheets {
    /// Reads all three files; a file that is missing or unreadable is one more problem.
    pub fn read(services: &Path, venues: &Path, sessions: &Path) -> Sheets {
        let files = [services, venues, sessions].map(|p| p.to_string_lossy().into_owned());
        let mut problems = Vec::new();
        let mut lines: [Vec<u64>; 3] = Default::default();

        let mut out_services = Vec::new();
        for row in rows(services, &files[0], &SERVICE_COLUMNS, &mut problems) {
            let mut r = Cells::new(&files[0], &SERVICE_COLUMNS, &row, &mut problems);
            out_services.push(Service {
                id: r.text("id"),
                name: r.text("name"),
                organisation: r.text("organisation"),
                category: r.category("category"),
                description: r.text("description"),
                phone: r.optional("phone"),
                web: r.optional("web"),
                referral: r.referral("referral"),
                eligibility: r.optional("eligibility"),
                languages: r.list("languages"),
                requests: r.optional("requests"),
                baby_centred: r.blank_or_yes_no("baby_centred"),
            });
            lines[0].push(row.line);
        }
        let mut out_venues = Vec::new();
        for row in rows(venues, &files[1], &VENUE_COLUMNS, &mut problems) {
            let mut r = Cells::new(&files[1], &VENUE_COLUMNS, &row, &mut problems);
            out_venues.push(Venue {
                id: r.text("id"),
                name: r.text("name"),
                address: r.text("address"),
                postcode: r.text("postcode"),
                latitude: r.number("latitude"),
                longitude: r.number("longitude"),
                step_free: r.yes_no("step_free"),
                accessibility: r.optional("accessibility"),
                transport: r.optional("transport"),
            });
            lines[1].push(row.line);
        }
        let mut out_sessions = Vec::new();
        for row in rows(sessions, &files[2], &SESSION_COLUMNS, &mut problems) {
            let mut r = Cells::new(&files[2], &SESSION_COLUMNS, &row, &mut problems);
            out_sessions.push(Session {
                service_id: r.text("service_id"),
                venue_id: r.text("venue_id"),
                days: r.days("days"),
                start: r.text("start"),
                end: r.text("end"),
                weeks_of_month: r.weeks("weeks_of_month"),
                valid_from: r.optional("valid_from"),
                valid_until: r.optional("valid_until"),
                access: r.access("access"),
                notes: r.optional("notes"),
            });
            lines[2].push(row.line);
        }
        Sheets {
            services: out_services,
            venues: out_venues,
            sessions: out_sessions,
            files,
            lines,
            problems,
        }
    }

    /// Where a file comes in the report: the command line first, then the three files.
    pub fn rank(&self, file: &str) -> usize {
        self.files.iter().position(|f| f == file).map_or(0, |i| i + 1)
    }

    /// Points a schema problem at its spreadsheet cell, or at the command-line option.
    pub fn locate(&self, p: &Problem) -> Located {
        let table = match p.table {
            Table::Directory => {
                let option = match p.field {
                    "publisher" | "area" | "version" | "issued" | "expires" => Some(format!("--{}", p.field)),
                    _ => None,
                };
                return Located::new(
                    &ui("cli-build-command-line"),
                    None,
                    option.as_deref(),
                    p.message.clone(),
                );
            }
            Table::Services => 0,
            Table::Venues => 1,
            Table::Sessions => 2,
        };
        // Records are kept in file order, so index + 2 is the line unless a cell spans lines.
        let line = self.lines[table].get(p.index).copied().unwrap_or(p.index as u64 + 2);
        Located::new(&self.files[table], Some(line), Some(p.field), p.message.clone())
    }
}

/// One data row: its line in the file and its cells in the order of the expected columns.
struct Row {
    line: u64,
    cells: Vec<String>,
}

/// The data rows of one file. Checks the header names every expected column; skips rows
/// whose cells are all empty (spreadsheets often save a few at the end).
fn rows(path: &Path, file: &str, columns: &[&str], problems: &mut Vec<Located>) -> Vec<Row> {
    let bytes = match bounded::read_file(path, MAX_SHEET_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.is_too_large() => {
            problems.push(Located::new(file, None, None, ui("directory-sheet-too-large")));
            return Vec::new();
        }
        Err(_) => {
            problems.push(Located::new(file, None, None, ui("cli-build-file-unopened")));
            return Vec::new();
        }
    };
    // Spreadsheets save CRLF line ends, and within a cell too. The directory keeps plain
    // `\n`, and the CSV reader counts a CRLF file's lines one short, so they become LF here.
    let bytes = crlf_to_lf(&bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes.as_slice());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(normal_header).collect(),
        Err(_) => {
            problems.push(Located::new(file, Some(1), None, ui("cli-build-header-unreadable")));
            return Vec::new();
        }
    };
    let positions: Vec<Option<usize>> = columns.iter().map(|c| header.iter().position(|h| h == c)).collect();
    for (column, at) in columns.iter().zip(&positions) {
        if at.is_none() && !OPTIONAL_COLUMNS.contains(column) {
            problems.push(Located::new(
                file,
                Some(1),
                Some(column),
                ui("cli-build-column-missing"),
            ));
        }
    }
    for h in header.iter().filter(|h| !columns.contains(&h.as_str())) {
        let shown = if h.is_empty() { "(blank)" } else { h };
        problems.push(Located::new(file, Some(1), Some(shown), ui("cli-build-column-unknown")));
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line());
                problems.push(Located::new(file, line, None, ui("cli-build-row-unreadable")));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            let message = alongside_core::content::text(
                "directory-build-cells",
                &[("cells", record.len().into()), ("header", header.len().into())],
            );
            problems.push(Located::new(file, Some(line), None, message));
        }
        let cells = positions
            .iter()
            .map(|at| at.and_then(|i| record.get(i)).unwrap_or("").trim().to_string())
            .collect();
        out.push(Row { line, cells });
    }
    out
}

fn crlf_to_lf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, b) in bytes.iter().enumerate() {
        if !(*b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(*b);
        }
    }
    out
}

fn normal_header(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-'], "_")
}

/// A spreadsheet spelling as a code: "Drop-in" becomes "drop_in".
fn code(text: &str) -> String {
    text.trim().to_ascii_lowercase().replace([' ', '-'], "_")
}

/// A cell's value, quoted and cut short, for a message.
fn shown(value: &str) -> String {
    let cut: String = value.chars().take(40).collect();
    if cut.len() < value.len() {
        format!("\"{cut}...\"")
    } else {
        format!("\"{cut}\"")
    }
}

/// The cells of one row, read by column name; each unreadable cell becomes a problem and a
/// stand-in value, so the row still counts for the checks that follow.
struct Cells<'a> {
    file: &'a str,
    columns: &'a [&'a str],
    row: &'a Row,
    problems: &'a mut Vec<Located>,
}

impl<'a> Cells<'a> {
    fn new(file: &'a str, columns: &'a [&'a str], row: &'a Row, problems: &'a mut Vec<Located>) -> Self {
        Cells {
            file,
            columns,
            row,
            problems,
        }
    }

    fn get(&self, column: &str) -> &str {
        self.columns
            .iter()
            .position(|c| *c == column)
            .and_then(|i| self.row.cells.get(i))
            .map_or("", String::as_str)
    }

    fn bad(&mut self, column: &str, message: impl Into<String>) {
        self.problems
            .push(Located::new(self.file, Some(self.row.line), Some(column), message));
    }

    fn text(&self, column: &str) -> String {
        self.get(column).to_string()
    }

    fn optional(&self, column: &str) -> Option<String> {
        Some(self.text(column)).filter(|v| !v.is_empty())
    }

    /// Values separated by ";" (or ","), blanks dropped.
    fn list(&self, column: &str) -> Vec<String> {
        self.get(column)
            .split([';', ','])
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn category(&mut self, column: &str) -> Category {
        let v = self.text(column);
        Category::parse(&v).unwrap_or_else(|| {
            let what = if v.is_empty() {
                ui("cli-build-category-empty")
            } else {
                text("cli-build-category-unknown", &[("value", shown(&v).into())])
            };
            self.bad(column, what);
            Category::FamilyHub
        })
    }

    fn referral(&mut self, column: &str) -> Referral {
        match code(self.get(column)).as_str() {
            "self_referral" | "self" => Referral::SelfReferral,
            "through_professional" | "through_a_professional" | "professional" => Referral::ThroughProfessional,
            "either" | "both" => Referral::Either,
            _ => {
                self.bad(column, ui("cli-build-referral"));
                Referral::Either
            }
        }
    }

    fn access(&mut self, column: &str) -> Access {
        match code(self.get(column)).as_str() {
            "drop_in" | "dropin" => Access::DropIn,
            "by_appointment" | "appointment" => Access::ByAppointment,
            _ => {
                self.bad(column, ui("cli-build-access"));
                Access::ByAppointment
            }
        }
    }

    fn number(&mut self, column: &str) -> f64 {
        let v = self.text(column);
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() => n,
            _ => {
                self.bad(column, text("cli-build-not-a-number", &[("value", shown(&v).into())]));
                0.0
            }
        }
    }

    fn yes_no(&mut self, column: &str) -> bool {
        match code(self.get(column)).as_str() {
            "yes" | "y" | "true" | "1" => true,
            "no" | "n" | "false" | "0" => false,
            _ => {
                self.bad(column, ui("cli-build-yes-no"));
                false
            }
        }
    }

    /// Like `yes_no`, but a blank cell (or a missing optional column) means no.
    fn blank_or_yes_no(&mut self, column: &str) -> bool {
        !self.get(column).is_empty() && self.yes_no(column)
    }

    fn days(&mut self, column: &str) -> Vec<Day> {
        let mut days = Vec::new();
        for v in self.list(column) {
            match Day::parse(&v) {
                Some(d) if !days.contains(&d) => days.push(d),
                Some(_) => self.bad(column, text("cli-build-day-twice", &[("value", shown(&v).into())])),
                None => self.bad(column, text("cli-build-not-a-day", &[("value", shown(&v).into())])),
            }
        }
        days
    }

    fn weeks(&mut self, column: &str) -> Vec<u8> {
        let mut weeks = Vec::new();
        for v in self.list(column) {
            match v.parse::<u8>() {
                Ok(w) => weeks.push(w),
                Err(_) => self.bad(column, text("cli-build-not-a-week", &[("value", shown(&v).into())])),
            }
        }
        weeks
    }
}
