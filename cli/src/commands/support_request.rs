//! `alongside support recipients | request | requests | cancel`: asking for support. The
//! request is shown word for word first; it is sent only when she runs it again with
//! `--yes`, which is her one-off consent. Every rule and word is the core's.

use alongside_core::support::{
    ContactMethod, SafeTime, SupportNeed, SupportRecipient, SupportRequestDraft, SupportRequestView, SupportUrgency,
};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};
use crate::words::{text, ui};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Need {
    SomeoneToTalkTo,
    MentalHealth,
    PostnatalCheck,
    ChildrensServices,
    LegalAdvice,
    PeerSupport,
    HousingOrMoney,
    ContactArrangements,
    StayingSafe,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum By {
    Call,
    Text,
    InPerson,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum When {
    Mornings,
    Afternoons,
    Evenings,
    Weekends,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Soon {
    Today,
    ThisWeek,
}

#[derive(Debug, clap::Args)]
pub struct RequestArgs {
    #[arg(help = crate::words::ui("cli-help-support-request-request--to"))]
    #[arg(long, value_name = "WHO")]
    pub to: String,
    #[arg(help = crate::words::ui("cli-help-support-request-request--needs"))]
    #[arg(long = "need", value_enum, required = true)]
    pub needs: Vec<Need>,
    #[arg(help = crate::words::ui("cli-help-support-request-request--methods"))]
    #[arg(long = "by", value_enum, required = true)]
    pub methods: Vec<By>,
    #[arg(help = crate::words::ui("cli-help-support-request-request--phone"))]
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(help = crate::words::ui("cli-help-support-request-request--name-to-use"))]
    #[arg(long = "name")]
    pub name_to_use: Option<String>,
    #[arg(help = crate::words::ui("cli-help-support-request-request--safe-times"))]
    #[arg(long = "when", value_enum)]
    pub safe_times: Vec<When>,
    #[arg(help = crate::words::ui("cli-help-support-request-request--leave-message"))]
    #[arg(long)]
    pub leave_message: bool,
    #[arg(help = crate::words::ui("cli-help-support-request-request--urgency"))]
    #[arg(long, value_enum, default_value = "this-week")]
    pub urgency: Soon,
    #[arg(help = crate::words::ui("cli-help-support-request-request--note"))]
    #[arg(long)]
    pub note: Option<String>,
    #[arg(help = crate::words::ui("cli-help-support-request-request--yes"))]
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, clap::Args)]
pub struct CancelArgs {
    #[arg(help = crate::words::ui("cli-help-support-request-cancel--request"))]
    #[arg(value_name = "REQUEST")]
    pub request: String,
}

fn recipient(to: &str) -> CliResult<SupportRecipient> {
    match to.split_once(':') {
        Some(("care", id)) if !id.is_empty() => Ok(SupportRecipient::CareContact {
            contact_id: id.to_string(),
        }),
        Some(("service", id)) if !id.is_empty() => Ok(SupportRecipient::DirectoryService {
            service_id: id.to_string(),
        }),
        _ => Err(CliError::usage(crate::words::ui("cli-error-request-recipient"))),
    }
}

fn draft(a: &RequestArgs) -> CliResult<SupportRequestDraft> {
    Ok(SupportRequestDraft {
        needs: a
            .needs
            .iter()
            .map(|n| match n {
                Need::SomeoneToTalkTo => SupportNeed::SomeoneToTalkTo,
                Need::MentalHealth => SupportNeed::MentalHealthSupport,
                Need::PostnatalCheck => SupportNeed::PostnatalCheck,
                Need::ChildrensServices => SupportNeed::ChildrensServicesNextSteps,
                Need::LegalAdvice => SupportNeed::LegalAdvice,
                Need::PeerSupport => SupportNeed::PeerSupport,
                Need::HousingOrMoney => SupportNeed::HousingOrMoney,
                Need::ContactArrangements => SupportNeed::ContactArrangements,
                Need::StayingSafe => SupportNeed::StayingSafeFromSomeone,
            })
            .collect(),
        methods: a
            .methods
            .iter()
            .map(|m| match m {
                By::Call => ContactMethod::Call,
                By::Text => ContactMethod::Text,
                By::InPerson => ContactMethod::InPerson,
            })
            .collect(),
        phone: a.phone.clone(),
        name_to_use: a.name_to_use.clone(),
        safe_times: a
            .safe_times
            .iter()
            .map(|t| match t {
                When::Mornings => SafeTime::Mornings,
                When::Afternoons => SafeTime::Afternoons,
                When::Evenings => SafeTime::Evenings,
                When::Weekends => SafeTime::Weekends,
            })
            .collect(),
        may_leave_message: a.leave_message,
        urgency: match a.urgency {
            Soon::Today => SupportUrgency::Today,
            Soon::ThisWeek => SupportUrgency::ThisWeek,
        },
        recipient: recipient(&a.to)?,
        note: a.note.clone(),
    })
}

fn show(t: &mut String, r: &SupportRequestView) {
    let to = text("cli-request-to", &[("name", r.recipient_name.as_str().into())]);
    line(t, format!("{}: {to}", r.id));
    line(t, format!("  {}", r.state_label));
    if let Some(answer) = &r.answer {
        line(
            t,
            format!("  {}", text("cli-request-reply", &[("answer", answer.as_str().into())])),
        );
    }
}

pub fn recipients(ctx: &Context) -> CliResult<Outcome> {
    let list = ctx.unlocked()?.support_recipients()?;
    let mut t = String::new();
    if list.is_empty() {
        line(&mut t, ui("cli-request-nobody"));
    }
    for r in &list {
        let id = match &r.recipient {
            SupportRecipient::CareContact { contact_id } => format!("care:{contact_id}"),
            SupportRecipient::DirectoryService { service_id } => format!("service:{service_id}"),
        };
        let sample = if r.sample {
            format!(" {}", ui("cli-sample-mark"))
        } else {
            String::new()
        };
        line(&mut t, format!("{id}  {}{sample}", r.name));
        line(&mut t, format!("  {}", r.description));
    }
    Ok(Outcome::new(t, json!({ "recipients": list })))
}

pub fn request(ctx: &Context, a: RequestArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let d = draft(&a)?;
    let mut t = String::new();
    if !a.yes {
        let p = vault.preview_support_request(d, ctx.now)?;
        line(&mut t, &p.heading);
        for l in &p.lines {
            line(&mut t, format!("  {l}"));
        }
        line(&mut t, &p.not_sent);
        line(&mut t, &p.consent);
        line(&mut t, ui("cli-request-preview-only"));
        return Ok(Outcome::new(t, json!({ "sent": false, "preview": p })));
    }
    let r = vault.send_support_request(d, ctx.now)?;
    show(&mut t, &r);
    Ok(Outcome::new(t, json!({ "sent": true, "request": r })))
}

pub fn list(ctx: &Context) -> CliResult<Outcome> {
    let list = ctx.unlocked()?.support_requests()?;
    let mut t = String::new();
    if list.is_empty() {
        line(&mut t, ui("cli-requests-none"));
    }
    for r in &list {
        show(&mut t, r);
    }
    Ok(Outcome::new(t, json!({ "requests": list })))
}

pub fn cancel(ctx: &Context, a: CancelArgs) -> CliResult<Outcome> {
    let r = ctx.unlocked()?.cancel_support_request(a.request, ctx.now)?;
    let mut t = String::new();
    show(&mut t, &r);
    Ok(Outcome::new(t, json!({ "request": r })))
}
