//! `alongside guidance breastfeeding [...] [--save]` and `alongside guidance plan`: the
//! decision aid from the command line. Answers are the core's codes (hyphens or
//! underscores both work); the core builds and checks them, so a contradiction is refused
//! with the core's words and nothing is saved.

use alongside_core::guidance::plan::BreastfeedingPlan;
use alongside_core::guidance::render;
use serde_json::json;
use std::collections::HashMap;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};
use crate::words::ui;

#[derive(Debug, clap::Args)]
pub struct BreastfeedingArgs {
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--medicine"))]
    #[arg(long, value_name = "ANSWER")]
    pub medicine: Option<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--dose-stable"))]
    #[arg(long, value_name = "ANSWER")]
    pub dose_stable: Option<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--dose-after-birth"))]
    #[arg(long, value_name = "ANSWER")]
    pub dose_after_birth: Option<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--other-substances"))]
    #[arg(long, value_name = "ANSWERS", value_delimiter = ',')]
    pub other_substances: Vec<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--prescribed-benzodiazepines"))]
    #[arg(long, value_name = "ANSWER")]
    pub prescribed_benzodiazepines: Option<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--hiv"))]
    #[arg(long, value_name = "ANSWER")]
    pub hiv: Option<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--hep-c-cracked-nipples"))]
    #[arg(long, value_name = "ANSWER")]
    pub hep_c_cracked_nipples: Option<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--baby"))]
    #[arg(long, value_name = "ANSWERS", value_delimiter = ',')]
    pub baby: Vec<String>,
    #[arg(help = crate::words::ui("cli-help-guidance-breastfeeding-breastfeeding--save"))]
    #[arg(long)]
    pub save: bool,
}

impl BreastfeedingArgs {
    /// The answers as codes per question, as a form would send them. Skipped questions are
    /// left out; the core counts them as "prefer not to say".
    fn codes(&self) -> HashMap<String, Vec<String>> {
        let code = |s: &String| s.trim().replace('-', "_");
        let mut out = HashMap::new();
        let mut one = |q: &str, v: &Option<String>| {
            if let Some(v) = v {
                out.insert(q.to_string(), vec![code(v)]);
            }
        };
        one("medicine", &self.medicine);
        one("dose_stable", &self.dose_stable);
        one("dose_after_birth", &self.dose_after_birth);
        one("prescribed_benzodiazepines", &self.prescribed_benzodiazepines);
        one("hiv", &self.hiv);
        one("hep_c_cracked_nipples", &self.hep_c_cracked_nipples);
        for (q, v) in [("other_substances", &self.other_substances), ("baby", &self.baby)] {
            let values: Vec<String> = v.iter().filter(|s| !s.trim().is_empty()).map(code).collect();
            if !values.is_empty() {
                out.insert(q.to_string(), values);
            }
        }
        out
    }
}

pub fn advice(ctx: &Context, a: BreastfeedingArgs) -> CliResult<Outcome> {
    let answers = alongside_core::breastfeeding_answers_from_codes(a.codes())?;
    if a.save {
        let vault = ctx.unlocked()?;
        let plan = vault.save_breastfeeding_plan(answers, ctx.now)?;
        let mut t = plan.plain_text.clone();
        t.push('\n');
        line(&mut t, ui("cli-plan-saved"));
        return Ok(Outcome::new(t, json!({ "saved": true, "plan": plan })));
    }
    let advice = alongside_core::breastfeeding_advice(answers, ctx.now)?;
    let mut t = render::advice(&advice);
    t.push('\n');
    line(&mut t, ui("cli-plan-hint-save"));
    Ok(Outcome::new(t, json!({ "saved": false, "advice": advice })))
}

pub fn plan(ctx: &Context) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let plan: Option<BreastfeedingPlan> = vault.breastfeeding_plan(ctx.now)?;
    let text = match &plan {
        Some(p) => p.plain_text.clone(),
        None => ui("guidance-plan-none"),
    };
    Ok(Outcome::new(text, json!({ "plan": plan })))
}
