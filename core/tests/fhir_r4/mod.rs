//! A checker for the FHIR R4 rules that apply to the elements and value sets Alongside
//! uses: element names per resource (so a typo is caught), required elements and
//! cardinality, the required-strength value sets, the `id`, `dateTime`, `date` and
//! `instant` formats (the specification's own regular expressions), and the invariants
//! that touch these elements (app-3, mad-1, ppc-1, ppc-2, tim-2, tim-5, tim-10, bdl-7). Transcribed
//! from hl7.org/fhir/R4 (v4.0.1): Appointment, MedicationStatement,
//! MedicationAdministration, Consent, CommunicationRequest, Patient, Bundle, Dosage,
//! Timing and the datatypes. `tests/python/fhir_r4_test.py` checks the same resources
//! with the `fhir.resources` R4 models, in `tests/run`.
#![allow(dead_code)]

use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

const ID: &str = r"^[A-Za-z0-9\-\.]{1,64}$";
const DATE_TIME: &str = r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$";
const DATE: &str =
    r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$";
const TIME: &str = r"^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$";
const UUID_URN: &str = r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
const INSTANT: &str = r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$";

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid pattern"))
}

fn matches(kind: &str, text: &str) -> bool {
    static I: OnceLock<Regex> = OnceLock::new();
    static DT: OnceLock<Regex> = OnceLock::new();
    static D: OnceLock<Regex> = OnceLock::new();
    static INS: OnceLock<Regex> = OnceLock::new();
    static T: OnceLock<Regex> = OnceLock::new();
    static U: OnceLock<Regex> = OnceLock::new();
    match kind {
        "time" => re(&T, TIME).is_match(text),
        "uuid" => re(&U, UUID_URN).is_match(text),
        "id" => re(&I, ID).is_match(text),
        "dateTime" => re(&DT, DATE_TIME).is_match(text),
        "date" => re(&D, DATE).is_match(text),
        "instant" => re(&INS, INSTANT).is_match(text),
        _ => false,
    }
}

/// Every rule the resource breaks; empty when it conforms.
pub fn problems(r: &Value) -> Vec<String> {
    let mut c = Checker::default();
    let Some(kind) = r["resourceType"].as_str() else {
        return vec!["no resourceType".into()];
    };
    c.format(r, "id", "id");
    c.meta_and_identifier(r);
    match kind {
        "Appointment" => c.appointment(r),
        "MedicationStatement" => c.medication_statement(r),
        "MedicationAdministration" => c.medication_administration(r),
        "Consent" => c.consent(r),
        "CommunicationRequest" => c.communication_request(r),
        "Patient" => c.patient(r),
        other => c.fail(format!("resource type {other} is not one Alongside sends")),
    }
    c.0
}

/// Every rule a Bundle of her resources breaks: each entry's resource, a `fullUrl` on
/// every entry (unique: bdl-7), and every reference between her resources resolving to
/// an entry in the Bundle.
pub fn bundle_problems(b: &Value) -> Vec<String> {
    let mut c = Checker::default();
    c.elements(
        "Bundle",
        b,
        &["identifier", "type", "timestamp", "total", "link", "entry", "signature"],
        true,
    );
    c.required(b, "type");
    c.code_in(
        b,
        "type",
        &[
            "document",
            "message",
            "transaction",
            "transaction-response",
            "batch",
            "batch-response",
            "history",
            "searchset",
            "collection",
        ],
    );
    c.format(b, "timestamp", "instant");
    let entries = c.array(b, "entry");
    let mut urls = std::collections::BTreeSet::new();
    for (i, e) in entries.iter().enumerate() {
        c.elements(
            &format!("entry[{i}]"),
            e,
            &["link", "fullUrl", "resource", "search", "request", "response"],
            false,
        );
        match e["fullUrl"].as_str() {
            Some(u) if matches("uuid", u) => {
                if !urls.insert(u.to_string()) {
                    c.fail(format!("entry[{i}].fullUrl {u} is not unique (bdl-7)"));
                }
            }
            other => c.fail(format!("entry[{i}].fullUrl {other:?} is not a urn:uuid")),
        }
        for p in problems(&e["resource"]) {
            c.fail(format!("entry[{i}].resource: {p}"));
        }
    }
    for (i, e) in entries.iter().enumerate() {
        for r in references(&e["resource"]) {
            if r.starts_with("urn:uuid:") && !urls.contains(&r) {
                c.fail(format!("entry[{i}] refers to {r}, which is not in the Bundle"));
            }
        }
    }
    c.0
}

/// Every `reference` anywhere in `v`.
pub fn references(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x.as_str()) {
                    ("reference", Some(r)) => out.push(r.to_string()),
                    _ => out.extend(references(x)),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| out.extend(references(x))),
        _ => {}
    }
    out
}

/// Panics with every problem, for use in tests.
pub fn assert_valid(r: &Value) {
    let p = problems(r);
    assert!(p.is_empty(), "not valid FHIR R4:\n  {}\n{r:#}", p.join("\n  "));
}

const BASE: &[&str] = &[
    "resourceType",
    "id",
    "meta",
    "implicitRules",
    "language",
    "text",
    "contained",
    "extension",
    "modifierExtension",
];

#[derive(Default)]
struct Checker(Vec<String>);

impl Checker {
    fn fail(&mut self, p: String) {
        self.0.push(p);
    }

    fn elements(&mut self, at: &str, v: &Value, allowed: &[&str], base: bool) {
        let Some(obj) = v.as_object() else {
            self.fail(format!("{at} is not an object"));
            return;
        };
        for k in obj.keys() {
            let known = allowed.contains(&k.as_str()) || (base && BASE.contains(&k.as_str()));
            if !known {
                self.fail(format!("{at}.{k} is not an R4 element here"));
            }
        }
    }

    fn required(&mut self, v: &Value, name: &str) {
        if v.get(name).is_none_or(Value::is_null) {
            self.fail(format!("{name} is required (1..)"));
        }
    }

    fn code_in(&mut self, v: &Value, name: &str, set: &[&str]) {
        if let Some(x) = v.get(name) {
            match x.as_str() {
                Some(code) if set.contains(&code) => {}
                _ => self.fail(format!("{name} {x} is not in its required value set {set:?}")),
            }
        }
    }

    fn format(&mut self, v: &Value, name: &str, kind: &str) {
        if let Some(x) = v.get(name) {
            if !x.as_str().is_some_and(|s| matches(kind, s)) {
                self.fail(format!("{name} {x} is not a valid {kind}"));
            }
        }
    }

    fn array(&mut self, v: &Value, name: &str) -> Vec<Value> {
        match v.get(name) {
            None => vec![],
            Some(Value::Array(a)) if !a.is_empty() => a.clone(),
            Some(_) => {
                self.fail(format!("{name} must be a non-empty array"));
                vec![]
            }
        }
    }

    fn reference(&mut self, at: &str, v: &Value) {
        self.elements(at, v, &["reference", "type", "identifier", "display"], false);
        if v.get("reference").is_none() && v.get("display").is_none() && v.get("identifier").is_none() {
            self.fail(format!("{at} needs a reference, identifier or display (ref-1)"));
        }
        if let Some(r) = v.get("reference").and_then(Value::as_str) {
            let relative = r
                .split_once('/')
                .is_some_and(|(t, id)| t.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && matches("id", id));
            if !relative && !matches("uuid", r) {
                self.fail(format!("{at}.reference {r} is neither Type/id nor a urn:uuid"));
            }
        }
        if let Some(t) = v.get("type") {
            if !t
                .as_str()
                .is_some_and(|t| t.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
            {
                self.fail(format!("{at}.type {t} is not a resource type"));
            }
        }
    }

    fn concept(&mut self, at: &str, v: &Value) {
        self.elements(at, v, &["coding", "text"], false);
        for (i, coding) in self.array(v, "coding").iter().enumerate() {
            self.elements(
                &format!("{at}.coding[{i}]"),
                coding,
                &["system", "version", "code", "display", "userSelected"],
                false,
            );
            if !coding["system"].as_str().is_some_and(|s| s.starts_with("http")) {
                self.fail(format!("{at}.coding[{i}] needs a system URI"));
            }
        }
    }

    fn period(&mut self, at: &str, v: &Value, kind: &str) {
        self.elements(at, v, &["start", "end"], false);
        self.format(v, "start", kind);
        self.format(v, "end", kind);
        if let (Some(s), Some(e)) = (v["start"].as_str(), v["end"].as_str()) {
            if s > e {
                self.fail(format!("{at} ends before it starts (per-1)"));
            }
        }
    }

    fn quantity(&mut self, at: &str, v: &Value) {
        self.elements(at, v, &["value", "comparator", "unit", "system", "code"], false);
        if !v["value"].is_number() {
            self.fail(format!("{at}.value must be a decimal"));
        }
        if v.get("code").is_some() && v.get("system").is_none() {
            self.fail(format!("{at} has a code without a system (qty-3)"));
        }
    }

    fn notes(&mut self, v: &Value) {
        for (i, n) in self.array(v, "note").iter().enumerate() {
            self.elements(
                &format!("note[{i}]"),
                n,
                &["authorReference", "authorString", "time", "text"],
                false,
            );
            self.required(n, "text");
        }
    }

    /// `meta` (only `versionId` is used: an `id`) and `identifier` (system and value).
    fn meta_and_identifier(&mut self, r: &Value) {
        if let Some(m) = r.get("meta") {
            self.elements(
                "meta",
                m,
                &["versionId", "lastUpdated", "source", "profile", "security", "tag"],
                false,
            );
            self.format(m, "versionId", "id");
        }
        for (i, id) in self.array(r, "identifier").iter().enumerate() {
            let at = format!("identifier[{i}]");
            self.elements(
                &at,
                id,
                &["use", "type", "system", "value", "period", "assigner"],
                false,
            );
            self.code_in(id, "use", &["usual", "official", "temp", "secondary", "old"]);
            if !id["system"].as_str().is_some_and(|s| s.contains(':')) {
                self.fail(format!("{at}.system must be a URI"));
            }
            if id["system"] == "urn:ietf:rfc:3986" && !id["value"].as_str().is_some_and(|v| v.contains(':')) {
                self.fail(format!("{at}.value must be a URI in system urn:ietf:rfc:3986"));
            }
        }
    }

    fn patient(&mut self, r: &Value) {
        self.elements(
            "Patient",
            r,
            &[
                "identifier",
                "active",
                "name",
                "telecom",
                "gender",
                "birthDate",
                "deceasedBoolean",
                "deceasedDateTime",
                "address",
                "maritalStatus",
                "multipleBirthBoolean",
                "multipleBirthInteger",
                "photo",
                "contact",
                "communication",
                "generalPractitioner",
                "managingOrganization",
                "link",
            ],
            true,
        );
        self.code_in(r, "gender", &["male", "female", "other", "unknown"]);
    }

    fn timing(&mut self, at: &str, t: &Value) {
        self.elements(at, t, &["event", "repeat", "code"], false);
        let Some(r) = t.get("repeat") else { return };
        let at = format!("{at}.repeat");
        self.elements(
            &at,
            r,
            &[
                "boundsDuration",
                "boundsRange",
                "boundsPeriod",
                "count",
                "countMax",
                "duration",
                "durationMax",
                "durationUnit",
                "frequency",
                "frequencyMax",
                "period",
                "periodMax",
                "periodUnit",
                "dayOfWeek",
                "timeOfDay",
                "when",
                "offset",
            ],
            false,
        );
        let units = ["s", "min", "h", "d", "wk", "mo", "a"];
        self.code_in(r, "periodUnit", &units);
        self.code_in(r, "durationUnit", &units);
        if r.get("period").is_some() && r.get("periodUnit").is_none() {
            self.fail(format!("{at}: a period needs a periodUnit (tim-2)"));
        }
        if r["frequency"].as_u64() == Some(0) || r.get("frequency").is_some_and(|f| f.as_u64().is_none()) {
            self.fail(format!("{at}.frequency must be a positiveInt"));
        }
        if r["period"].as_f64().is_some_and(|p| p < 0.0) {
            self.fail(format!("{at}.period must not be negative (tim-5)"));
        }
        for d in self.array(r, "dayOfWeek") {
            if !["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(&d.as_str().unwrap_or("")) {
                self.fail(format!("{at}.dayOfWeek {d} is not in DaysOfWeek"));
            }
        }
        let times = self.array(r, "timeOfDay");
        for t in &times {
            if !t.as_str().is_some_and(|t| matches("time", t)) {
                self.fail(format!("{at}.timeOfDay {t} is not a valid time"));
            }
        }
        if !times.is_empty() && r.get("when").is_some() {
            self.fail(format!("{at}: timeOfDay and when together (tim-10)"));
        }
    }

    fn appointment(&mut self, r: &Value) {
        self.elements(
            "Appointment",
            r,
            &[
                "identifier",
                "status",
                "cancelationReason",
                "serviceCategory",
                "serviceType",
                "specialty",
                "appointmentType",
                "reasonCode",
                "reasonReference",
                "priority",
                "description",
                "supportingInformation",
                "start",
                "end",
                "minutesDuration",
                "slot",
                "created",
                "comment",
                "patientInstruction",
                "basedOn",
                "participant",
                "requestedPeriod",
            ],
            true,
        );
        self.required(r, "status");
        self.code_in(
            r,
            "status",
            &[
                "proposed",
                "pending",
                "booked",
                "arrived",
                "fulfilled",
                "cancelled",
                "noshow",
                "entered-in-error",
                "checked-in",
                "waitlist",
            ],
        );
        self.format(r, "start", "instant");
        self.format(r, "end", "instant");
        if r.get("start").is_some() != r.get("end").is_some() {
            self.fail("start and end must both be given or both left out (app-3)".into());
        }
        if let Some(m) = r.get("minutesDuration") {
            if m.as_u64().is_none_or(|m| m == 0) {
                self.fail("minutesDuration must be a positiveInt".into());
            }
        }
        if let Some(t) = r.get("appointmentType") {
            self.concept("appointmentType", t);
        }
        self.required(r, "participant");
        for (i, p) in self.array(r, "participant").iter().enumerate() {
            let at = format!("participant[{i}]");
            self.elements(&at, p, &["type", "actor", "required", "status", "period"], false);
            self.required(p, "status");
            self.code_in(p, "status", &["accepted", "declined", "tentative", "needs-action"]);
            self.code_in(p, "required", &["required", "optional", "information-only"]);
            if p.get("type").is_none() && p.get("actor").is_none() {
                self.fail(format!("{at} needs a type or an actor (app-1)"));
            }
            if let Some(a) = p.get("actor") {
                self.reference(&format!("{at}.actor"), a);
            }
        }
    }

    fn dosage(&mut self, at: &str, d: &Value) {
        self.elements(
            at,
            d,
            &[
                "sequence",
                "text",
                "additionalInstruction",
                "patientInstruction",
                "timing",
                "asNeededBoolean",
                "asNeededCodeableConcept",
                "site",
                "route",
                "method",
                "doseAndRate",
                "maxDosePerPeriod",
                "maxDosePerAdministration",
                "maxDosePerLifetime",
            ],
            false,
        );
        if let Some(t) = d.get("timing") {
            self.timing(&format!("{at}.timing"), t);
        }
        if d.get("sequence").is_some_and(|s| s.as_i64().is_none()) {
            self.fail(format!("{at}.sequence must be an integer"));
        }
        if d.get("asNeededBoolean").is_some_and(|b| !b.is_boolean()) {
            self.fail(format!("{at}.asNeededBoolean must be a boolean"));
        }
        for (i, dr) in self.array(d, "doseAndRate").iter().enumerate() {
            let at = format!("{at}.doseAndRate[{i}]");
            self.elements(
                &at,
                dr,
                &[
                    "type",
                    "doseRange",
                    "doseQuantity",
                    "rateRatio",
                    "rateRange",
                    "rateQuantity",
                ],
                false,
            );
            if let Some(q) = dr.get("doseQuantity") {
                self.quantity(&format!("{at}.doseQuantity"), q);
            }
        }
    }

    fn medication_statement(&mut self, r: &Value) {
        self.elements(
            "MedicationStatement",
            r,
            &[
                "identifier",
                "basedOn",
                "partOf",
                "status",
                "statusReason",
                "category",
                "medicationCodeableConcept",
                "medicationReference",
                "subject",
                "context",
                "effectiveDateTime",
                "effectivePeriod",
                "dateAsserted",
                "informationSource",
                "derivedFrom",
                "reasonCode",
                "reasonReference",
                "note",
                "dosage",
            ],
            true,
        );
        self.required(r, "status");
        self.code_in(
            r,
            "status",
            &[
                "active",
                "completed",
                "entered-in-error",
                "intended",
                "stopped",
                "on-hold",
                "unknown",
                "not-taken",
            ],
        );
        self.medication_and_subject(r);
        self.format(r, "effectiveDateTime", "dateTime");
        if let Some(p) = r.get("effectivePeriod") {
            self.period("effectivePeriod", p, "dateTime");
        }
        self.format(r, "dateAsserted", "dateTime");
        self.notes(r);
        for (i, d) in self.array(r, "dosage").iter().enumerate() {
            self.dosage(&format!("dosage[{i}]"), d);
        }
    }

    fn medication_and_subject(&mut self, r: &Value) {
        match (r.get("medicationCodeableConcept"), r.get("medicationReference")) {
            (Some(c), None) => self.concept("medicationCodeableConcept", c),
            (None, Some(m)) => self.reference("medicationReference", m),
            _ => self.fail("exactly one medication[x] is required".into()),
        }
        self.required(r, "subject");
        if let Some(s) = r.get("subject") {
            self.reference("subject", s);
        }
    }

    fn medication_administration(&mut self, r: &Value) {
        self.elements(
            "MedicationAdministration",
            r,
            &[
                "identifier",
                "instantiates",
                "partOf",
                "status",
                "statusReason",
                "category",
                "medicationCodeableConcept",
                "medicationReference",
                "subject",
                "context",
                "supportingInformation",
                "effectiveDateTime",
                "effectivePeriod",
                "performer",
                "reasonCode",
                "reasonReference",
                "request",
                "device",
                "note",
                "dosage",
                "eventHistory",
            ],
            true,
        );
        self.required(r, "status");
        self.code_in(
            r,
            "status",
            &[
                "in-progress",
                "not-done",
                "on-hold",
                "completed",
                "entered-in-error",
                "stopped",
                "unknown",
            ],
        );
        self.medication_and_subject(r);
        match (r.get("effectiveDateTime"), r.get("effectivePeriod")) {
            (Some(_), None) => self.format(r, "effectiveDateTime", "dateTime"),
            (None, Some(p)) => self.period("effectivePeriod", p, "dateTime"),
            _ => self.fail("exactly one effective[x] is required".into()),
        }
        for (i, s) in self.array(r, "statusReason").iter().enumerate() {
            self.concept(&format!("statusReason[{i}]"), s);
        }
        for (i, s) in self.array(r, "supportingInformation").iter().enumerate() {
            self.reference(&format!("supportingInformation[{i}]"), s);
        }
        self.notes(r);
        if let Some(d) = r.get("dosage") {
            self.elements(
                "dosage",
                d,
                &["text", "site", "route", "method", "dose", "rateRatio", "rateQuantity"],
                false,
            );
            match d.get("dose") {
                Some(q) => self.quantity("dosage.dose", q),
                None if d.get("rateRatio").is_none() && d.get("rateQuantity").is_none() => {
                    self.fail("dosage needs a dose or a rate (mad-1)".into())
                }
                None => {}
            }
        }
    }

    fn consent(&mut self, r: &Value) {
        self.elements(
            "Consent",
            r,
            &[
                "identifier",
                "status",
                "scope",
                "category",
                "patient",
                "dateTime",
                "performer",
                "organization",
                "sourceAttachment",
                "sourceReference",
                "policy",
                "policyRule",
                "verification",
                "provision",
            ],
            true,
        );
        self.required(r, "status");
        self.code_in(
            r,
            "status",
            &[
                "draft",
                "proposed",
                "active",
                "rejected",
                "inactive",
                "entered-in-error",
            ],
        );
        self.required(r, "scope");
        if let Some(s) = r.get("scope") {
            self.concept("scope", s);
        }
        self.required(r, "category");
        for (i, c) in self.array(r, "category").iter().enumerate() {
            self.concept(&format!("category[{i}]"), c);
        }
        if let Some(p) = r.get("patient") {
            self.reference("patient", p);
        }
        let privacy = r["scope"]["coding"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["code"] == "patient-privacy"));
        if privacy && r.get("patient").is_none() {
            self.fail("a privacy consent needs a patient (ppc-2)".into());
        }
        self.format(r, "dateTime", "dateTime");
        if r.get("policy").is_none() && r.get("policyRule").is_none() {
            self.fail("a policy or a policyRule is required (ppc-1)".into());
        }
        if let Some(p) = r.get("policyRule") {
            self.concept("policyRule", p);
        }
        if let Some(p) = r.get("provision") {
            self.provision("provision", p);
        }
    }

    /// A provision and the provisions nested in it (exceptions to it), each by the same rules.
    fn provision(&mut self, at: &str, p: &Value) {
        self.elements(
            at,
            p,
            &[
                "type",
                "period",
                "actor",
                "action",
                "securityLabel",
                "purpose",
                "class",
                "code",
                "dataPeriod",
                "data",
                "provision",
            ],
            false,
        );
        self.code_in(p, "type", &["deny", "permit"]);
        if let Some(period) = p.get("period") {
            self.period(&format!("{at}.period"), period, "dateTime");
        }
        for (i, a) in self.array(p, "actor").iter().enumerate() {
            let at = format!("{at}.actor[{i}]");
            self.elements(&at, a, &["role", "reference"], false);
            self.required(a, "role");
            self.required(a, "reference");
            if let Some(role) = a.get("role") {
                self.concept(&format!("{at}.role"), role);
            }
            if let Some(re) = a.get("reference") {
                self.reference(&format!("{at}.reference"), re);
            }
        }
        for key in ["purpose", "class"] {
            for (i, coding) in self.array(p, key).iter().enumerate() {
                self.elements(
                    &format!("{at}.{key}[{i}]"),
                    coding,
                    &["system", "version", "code", "display", "userSelected"],
                    false,
                );
                self.required(coding, "system");
                self.required(coding, "code");
            }
        }
        for (i, c) in self.array(p, "code").iter().enumerate() {
            self.concept(&format!("{at}.code[{i}]"), c);
        }
        for (i, nested) in self.array(p, "provision").iter().enumerate() {
            self.provision(&format!("{at}.provision[{i}]"), nested);
        }
    }

    fn communication_request(&mut self, r: &Value) {
        self.elements(
            "CommunicationRequest",
            r,
            &[
                "identifier",
                "basedOn",
                "replaces",
                "groupIdentifier",
                "status",
                "statusReason",
                "category",
                "priority",
                "doNotPerform",
                "medium",
                "subject",
                "about",
                "encounter",
                "payload",
                "occurrenceDateTime",
                "occurrencePeriod",
                "authoredOn",
                "requester",
                "recipient",
                "sender",
                "reasonCode",
                "reasonReference",
                "note",
            ],
            true,
        );
        self.required(r, "status");
        self.code_in(
            r,
            "status",
            &[
                "draft",
                "active",
                "on-hold",
                "revoked",
                "completed",
                "entered-in-error",
                "unknown",
            ],
        );
        self.code_in(r, "priority", &["routine", "urgent", "asap", "stat"]);
        for key in ["subject", "requester"] {
            if let Some(s) = r.get(key) {
                self.reference(key, s);
            }
        }
        for (i, c) in self.array(r, "category").iter().enumerate() {
            self.concept(&format!("category[{i}]"), c);
        }
        for (i, c) in self.array(r, "reasonCode").iter().enumerate() {
            self.concept(&format!("reasonCode[{i}]"), c);
        }
        for (i, m) in self.array(r, "medium").iter().enumerate() {
            let at = format!("medium[{i}]");
            self.concept(&at, m);
            // Example binding: v3 ParticipationMode; the codes used must be in it.
            for coding in self.array(m, "coding") {
                if coding["system"] == "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode" {
                    self.code_in(
                        &coding,
                        "code",
                        &[
                            "ELECTRONIC",
                            "PHYSICAL",
                            "REMOTE",
                            "VERBAL",
                            "DICTATE",
                            "FACE",
                            "PHONE",
                            "VIDEOCONF",
                            "WRITTEN",
                            "FAXWRIT",
                            "HANDWRIT",
                            "MAILWRIT",
                            "ONLINEWRIT",
                            "EMAILWRIT",
                            "TYPEWRIT",
                            "SMSWRIT",
                        ],
                    );
                }
            }
        }
        for (i, p) in self.array(r, "recipient").iter().enumerate() {
            self.reference(&format!("recipient[{i}]"), p);
        }
        if let Some(p) = r.get("occurrencePeriod") {
            self.period("occurrencePeriod", p, "dateTime");
        }
        for (i, p) in self.array(r, "payload").iter().enumerate() {
            let at = format!("payload[{i}]");
            self.elements(
                &at,
                p,
                &["contentString", "contentAttachment", "contentReference"],
                false,
            );
            if p.as_object().is_none_or(|o| o.is_empty()) {
                self.fail(format!("{at} needs content[x]"));
            }
        }
        self.format(r, "authoredOn", "dateTime");
        self.notes(r);
    }
}
