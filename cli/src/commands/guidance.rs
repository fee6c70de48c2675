//! `alongside guidance list | show ID | contacts | breastfeeding | plan`: the guidance
//! articles, the crisis and support contacts, and the breastfeeding decision aid. Every
//! word, and the plain-text layout, comes from the core; guidance needs no vault, except
//! for her saved plan.

use alongside_core::guidance::render;
use serde_json::json;

use super::guidance_breastfeeding::{self, BreastfeedingArgs};
use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-guidance-list"))]
    List,
    #[command(about = crate::words::ui("cli-help-guidance-show"))]
    Show(ShowArgs),
    #[command(about = crate::words::ui("cli-help-guidance-contacts"))]
    Contacts,
    #[command(about = crate::words::ui("cli-help-guidance-breastfeeding"))]
    Breastfeeding(BreastfeedingArgs),
    #[command(about = crate::words::ui("cli-help-guidance-plan"))]
    Plan,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    #[arg(help = crate::words::ui("cli-help-guidance-show--id"))]
    #[arg(value_name = "ID")]
    pub id: String,
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    match command {
        Command::List => list(),
        Command::Show(a) => show(a),
        Command::Contacts => contacts(),
        Command::Breastfeeding(a) => guidance_breastfeeding::advice(ctx, a),
        Command::Plan => guidance_breastfeeding::plan(ctx),
    }
}

fn list() -> CliResult<Outcome> {
    let articles = alongside_core::guidance_articles()?;
    let mut t = String::new();
    for a in &articles {
        line(&mut t, format!("{:<28} {}", a.id, a.title));
        line(&mut t, format!("{:<28} {}", "", a.summary));
    }
    Ok(Outcome::new(t, json!({ "articles": articles })))
}

fn show(a: ShowArgs) -> CliResult<Outcome> {
    let article = alongside_core::guidance_article(a.id)?;
    Ok(Outcome::new(render::article(&article), json!(article)))
}

fn contacts() -> CliResult<Outcome> {
    let contacts = alongside_core::support_contacts()?;
    Ok(Outcome::new(
        render::contacts(&contacts),
        json!({ "contacts": contacts }),
    ))
}
