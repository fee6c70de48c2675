//! The decision aid's questions and her answers. Each question has a "prefer not to say"
//! answer, and a question she skips counts as exactly that, so she is never made to answer
//! anything. The answer codes here are the ones `rules.toml` uses in its `when` tables.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

use crate::codes::{code, parse};
use crate::content::text;
use crate::error::{AlongsideError, Result};

/// The medicine she takes for opioid treatment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum OstMedicine {
    Methadone,
    Buprenorphine,
    BuprenorphineNaloxone,
    /// Long-acting buprenorphine injection.
    BuprenorphineInjection,
    /// Not taking any of these. (Not `None`, which Swift would confuse with nil.)
    #[serde(rename = "none")]
    NoMedicine,
    PreferNotToSay,
}

/// Yes, no, or prefer not to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum YesNoAnswer {
    Yes,
    No,
    PreferNotToSay,
}

/// Something else she uses now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum OtherSubstance {
    #[serde(rename = "none")]
    NoneOfThese,
    Alcohol,
    TobaccoOrVaping,
    Cannabis,
    CocaineOrCrack,
    Amphetamines,
    /// Benzodiazepines or other sedatives not prescribed for her.
    BenzodiazepinesNotPrescribed,
    /// Heroin or other opioids not prescribed for her.
    OpioidsNotPrescribed,
    PreferNotToSay,
}

/// Her HIV status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum HivStatus {
    Negative,
    Positive,
    NotKnown,
    PreferNotToSay,
}

/// Her baby's situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum BabySituation {
    /// In hospital being treated for withdrawal.
    InHospitalForWithdrawal,
    Premature,
    /// Her baby is being looked after by someone else.
    NotInHerCare,
    #[serde(rename = "none")]
    NoneOfThese,
    PreferNotToSay,
}

/// Her answers. `None` (or an empty list) means she skipped the question, which counts as
/// "prefer not to say".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct BreastfeedingAnswers {
    pub medicine: Option<OstMedicine>,
    pub dose_stable: Option<YesNoAnswer>,
    pub other_substances: Vec<OtherSubstance>,
    pub prescribed_benzodiazepines: Option<YesNoAnswer>,
    pub hiv: Option<HivStatus>,
    /// Hepatitis C with cracked or bleeding nipples.
    pub hep_c_cracked_nipples: Option<YesNoAnswer>,
    pub baby: Vec<BabySituation>,
    /// Whether, since the birth, she started methadone or buprenorphine, her dose went up
    /// a lot, or her methadone dose is now high. Last, and defaulted, so that plans saved
    /// before the question existed still load and older callers still compile.
    #[serde(default)]
    #[uniffi(default = None)]
    pub dose_after_birth: Option<YesNoAnswer>,
}

/// One question of the form, with its words, for the shells to draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct BreastfeedingQuestion {
    /// The code ("other_substances"), as used in [`breastfeeding_answers_from_codes`].
    ///
    /// [`breastfeeding_answers_from_codes`]: crate::guidance::breastfeeding_answers_from_codes
    pub id: String,
    pub text: String,
    /// True when she may pick several answers.
    pub many: bool,
    /// A line under the question: "Choose all that apply." for questions with several
    /// answers, or what the question means where that needs saying.
    pub hint: Option<String>,
    pub answers: Vec<AnswerOption>,
}

/// One answer she can pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct AnswerOption {
    pub code: String,
    pub label: String,
}

/// A question, as the rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Medicine,
    DoseStable,
    DoseAfterBirth,
    OtherSubstances,
    PrescribedBenzodiazepines,
    Hiv,
    HepCCrackedNipples,
    Baby,
}

const MEDICINES: [OstMedicine; 6] = [
    OstMedicine::Methadone,
    OstMedicine::Buprenorphine,
    OstMedicine::BuprenorphineNaloxone,
    OstMedicine::BuprenorphineInjection,
    OstMedicine::NoMedicine,
    OstMedicine::PreferNotToSay,
];
const YES_NO: [YesNoAnswer; 3] = [YesNoAnswer::Yes, YesNoAnswer::No, YesNoAnswer::PreferNotToSay];
const SUBSTANCES: [OtherSubstance; 9] = [
    OtherSubstance::NoneOfThese,
    OtherSubstance::Alcohol,
    OtherSubstance::TobaccoOrVaping,
    OtherSubstance::Cannabis,
    OtherSubstance::CocaineOrCrack,
    OtherSubstance::Amphetamines,
    OtherSubstance::BenzodiazepinesNotPrescribed,
    OtherSubstance::OpioidsNotPrescribed,
    OtherSubstance::PreferNotToSay,
];
const HIV: [HivStatus; 4] = [
    HivStatus::Negative,
    HivStatus::Positive,
    HivStatus::NotKnown,
    HivStatus::PreferNotToSay,
];
const BABY: [BabySituation; 5] = [
    BabySituation::InHospitalForWithdrawal,
    BabySituation::Premature,
    BabySituation::NotInHerCare,
    BabySituation::NoneOfThese,
    BabySituation::PreferNotToSay,
];

/// The code every question uses for "prefer not to say" (and for a skipped question).
pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";
/// The code of "none of these" in questions with several answers.
const NONE: &str = "none";

impl Question {
    /// Every question, in the order the form asks them.
    pub const ALL: [Question; 8] = [
        Question::Medicine,
        Question::DoseStable,
        Question::DoseAfterBirth,
        Question::OtherSubstances,
        Question::PrescribedBenzodiazepines,
        Question::Hiv,
        Question::HepCCrackedNipples,
        Question::Baby,
    ];

    /// The code used in `rules.toml` and in message ids.
    pub fn code(self) -> &'static str {
        match self {
            Question::Medicine => "medicine",
            Question::DoseStable => "dose_stable",
            Question::DoseAfterBirth => "dose_after_birth",
            Question::OtherSubstances => "other_substances",
            Question::PrescribedBenzodiazepines => "prescribed_benzodiazepines",
            Question::Hiv => "hiv",
            Question::HepCCrackedNipples => "hep_c_cracked_nipples",
            Question::Baby => "baby",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Question::ALL.into_iter().find(|q| q.code() == code)
    }

    /// Whether she may pick several answers.
    pub fn many(self) -> bool {
        matches!(self, Question::OtherSubstances | Question::Baby)
    }

    /// Every answer code, in the order the form shows them.
    pub fn answers(self) -> Vec<String> {
        match self {
            Question::Medicine => MEDICINES.iter().map(code).collect(),
            Question::DoseStable
            | Question::DoseAfterBirth
            | Question::PrescribedBenzodiazepines
            | Question::HepCCrackedNipples => YES_NO.iter().map(code).collect(),
            Question::OtherSubstances => SUBSTANCES.iter().map(code).collect(),
            Question::Hiv => HIV.iter().map(code).collect(),
            Question::Baby => BABY.iter().map(code).collect(),
        }
    }

    /// The question in words.
    pub fn text(self) -> String {
        text(&format!("bf-question-{}", self.code().replace('_', "-")), &[])
    }

    /// The line under the question, if it has one.
    pub fn hint(self) -> Option<String> {
        match self {
            _ if self.many() => Some(text("guidance-choose-any", &[])),
            // "A lot" and "high" need a number to be answerable; LactMed gives one.
            Question::DoseAfterBirth => Some(text("bf-hint-dose-after-birth", &[])),
            _ => None,
        }
    }

    /// An answer in words.
    pub fn answer_label(self, answer: &str) -> String {
        text(
            &format!(
                "bf-answer-{}-{}",
                self.code().replace('_', "-"),
                answer.replace('_', "-")
            ),
            &[],
        )
    }

    fn field(self) -> &'static str {
        match self {
            Question::Medicine => "medicine",
            Question::DoseStable => "dose stable",
            Question::DoseAfterBirth => "dose after birth",
            Question::OtherSubstances => "other substances",
            Question::PrescribedBenzodiazepines => "prescribed benzodiazepines",
            Question::Hiv => "HIV",
            Question::HepCCrackedNipples => "hepatitis C with cracked nipples",
            Question::Baby => "baby",
        }
    }
}

/// The form, with every word from the content files.
pub fn questions() -> Vec<BreastfeedingQuestion> {
    Question::ALL
        .into_iter()
        .map(|q| BreastfeedingQuestion {
            id: q.code().to_string(),
            text: q.text(),
            many: q.many(),
            hint: q.hint(),
            answers: q
                .answers()
                .into_iter()
                .map(|a| AnswerOption {
                    label: q.answer_label(&a),
                    code: a,
                })
                .collect(),
        })
        .collect()
}

impl BreastfeedingAnswers {
    /// Her answers as codes per question, a skipped question as "prefer not to say".
    /// Refuses contradictions in the questions with several answers: "none" or "prefer not
    /// to say" together with another answer, or the same answer twice.
    pub fn codes(&self) -> Result<Vec<(Question, BTreeSet<String>)>> {
        let one = |c: Option<String>| c.unwrap_or_else(|| PREFER_NOT_TO_SAY.to_string());
        Ok(vec![
            (Question::Medicine, [one(self.medicine.map(|m| code(&m)))].into()),
            (Question::DoseStable, [one(self.dose_stable.map(|m| code(&m)))].into()),
            (
                Question::DoseAfterBirth,
                [one(self.dose_after_birth.map(|m| code(&m)))].into(),
            ),
            (
                Question::OtherSubstances,
                many(Question::OtherSubstances, self.other_substances.iter().map(code))?,
            ),
            (
                Question::PrescribedBenzodiazepines,
                [one(self.prescribed_benzodiazepines.map(|m| code(&m)))].into(),
            ),
            (Question::Hiv, [one(self.hiv.map(|m| code(&m)))].into()),
            (
                Question::HepCCrackedNipples,
                [one(self.hep_c_cracked_nipples.map(|m| code(&m)))].into(),
            ),
            (Question::Baby, many(Question::Baby, self.baby.iter().map(code))?),
        ])
    }

    /// Builds answers from codes per question (what a form collects). Unknown questions or
    /// answers, several answers to a one-answer question, and contradictions are refused.
    pub fn from_codes(codes: &HashMap<String, Vec<String>>) -> Result<Self> {
        let mut a = BreastfeedingAnswers::default();
        for (question, values) in codes {
            let q = Question::from_code(question)
                .ok_or_else(|| AlongsideError::refused("question", "error-unknown-question"))?;
            let bad = || AlongsideError::refused(q.field(), "error-not-an-answer");
            if !q.many() && values.len() > 1 {
                return Err(AlongsideError::refused(q.field(), "error-choose-one-answer"));
            }
            let first = values.first();
            let single =
                |v: Option<&String>| -> Result<Option<YesNoAnswer>> { v.map(|v| parse(v).ok_or_else(bad)).transpose() };
            match q {
                Question::Medicine => a.medicine = first.map(|v| parse(v).ok_or_else(bad)).transpose()?,
                Question::DoseStable => a.dose_stable = single(first)?,
                Question::DoseAfterBirth => a.dose_after_birth = single(first)?,
                Question::PrescribedBenzodiazepines => a.prescribed_benzodiazepines = single(first)?,
                Question::HepCCrackedNipples => a.hep_c_cracked_nipples = single(first)?,
                Question::Hiv => a.hiv = first.map(|v| parse(v).ok_or_else(bad)).transpose()?,
                Question::OtherSubstances => {
                    a.other_substances = values.iter().map(|v| parse(v).ok_or_else(bad)).collect::<Result<_>>()?
                }
                Question::Baby => a.baby = values.iter().map(|v| parse(v).ok_or_else(bad)).collect::<Result<_>>()?,
            }
        }
        a.codes()?;
        Ok(a)
    }

    /// Each question with her answer in words ("Not answered" for a skipped one), for the
    /// plan she shows staff.
    pub fn in_words(&self) -> Result<Vec<(String, String)>> {
        let skipped = |q: Question| match q {
            Question::Medicine => self.medicine.is_none(),
            Question::DoseStable => self.dose_stable.is_none(),
            Question::DoseAfterBirth => self.dose_after_birth.is_none(),
            Question::OtherSubstances => self.other_substances.is_empty(),
            Question::PrescribedBenzodiazepines => self.prescribed_benzodiazepines.is_none(),
            Question::Hiv => self.hiv.is_none(),
            Question::HepCCrackedNipples => self.hep_c_cracked_nipples.is_none(),
            Question::Baby => self.baby.is_empty(),
        };
        Ok(self
            .codes()?
            .into_iter()
            .map(|(q, codes)| {
                let answer = if skipped(q) {
                    text("guidance-not-answered", &[])
                } else {
                    // In the form's order, not alphabetical.
                    q.answers()
                        .iter()
                        .filter(|a| codes.contains(*a))
                        .map(|a| q.answer_label(a))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                (q.text(), answer)
            })
            .collect())
    }
}

fn many(q: Question, values: impl Iterator<Item = String>) -> Result<BTreeSet<String>> {
    let values: Vec<String> = values.collect();
    let set: BTreeSet<String> = values.iter().cloned().collect();
    if set.len() != values.len() {
        return Err(AlongsideError::refused(q.field(), "error-answer-twice"));
    }
    if set.len() > 1 && (set.contains(NONE) || set.contains(PREFER_NOT_TO_SAY)) {
        return Err(AlongsideError::refused(q.field(), "error-none-with-others"));
    }
    if set.is_empty() {
        return Ok([PREFER_NOT_TO_SAY.to_string()].into());
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skipped_question_counts_as_prefer_not_to_say() {
        let codes = BreastfeedingAnswers::default().codes().unwrap();
        assert_eq!(codes.len(), 8);
        for (_, c) in codes {
            assert_eq!(c, [PREFER_NOT_TO_SAY.to_string()].into());
        }
    }

    #[test]
    fn none_with_another_substance_or_a_repeated_answer_is_refused() {
        let a = BreastfeedingAnswers {
            other_substances: vec![OtherSubstance::NoneOfThese, OtherSubstance::Alcohol],
            ..Default::default()
        };
        assert!(matches!(a.codes(), Err(AlongsideError::InvalidInput { field, .. }) if field == "other substances"));
        let a = BreastfeedingAnswers {
            baby: vec![BabySituation::Premature, BabySituation::Premature],
            ..Default::default()
        };
        assert!(a.codes().is_err());
    }

    #[test]
    fn answers_are_built_from_the_codes_a_form_collects() {
        let mut codes = HashMap::new();
        codes.insert("medicine".to_string(), vec!["none".to_string()]);
        codes.insert(
            "other_substances".to_string(),
            vec!["alcohol".into(), "cannabis".into()],
        );
        let a = BreastfeedingAnswers::from_codes(&codes).unwrap();
        assert_eq!(a.medicine, Some(OstMedicine::NoMedicine));
        assert_eq!(
            a.other_substances,
            vec![OtherSubstance::Alcohol, OtherSubstance::Cannabis]
        );
        codes.insert("medicine".to_string(), vec!["Methadone".to_string()]);
        assert!(BreastfeedingAnswers::from_codes(&codes).is_err());
        codes.insert("medicine".to_string(), vec!["methadone".into(), "buprenorphine".into()]);
        assert!(BreastfeedingAnswers::from_codes(&codes).is_err());
        let mut unknown = HashMap::new();
        unknown.insert("star_sign".to_string(), vec![]);
        assert!(matches!(
            BreastfeedingAnswers::from_codes(&unknown),
            Err(AlongsideError::InvalidInput { field, .. }) if field == "question"
        ));
    }

    #[test]
    fn answers_saved_before_the_dose_after_birth_question_still_load_as_skipped() {
        let old = r#"{"medicine":"methadone","dose_stable":"yes","other_substances":["none"],
            "prescribed_benzodiazepines":"no","hiv":"negative","hep_c_cracked_nipples":"no","baby":["none"]}"#;
        let a: BreastfeedingAnswers = serde_json::from_str(old).unwrap();
        assert_eq!(a.medicine, Some(OstMedicine::Methadone));
        assert_eq!(a.dose_after_birth, None);
    }

    #[test]
    fn the_dose_after_birth_question_says_what_a_high_dose_is() {
        let q = questions().into_iter().find(|q| q.id == "dose_after_birth").unwrap();
        assert!(!q.many);
        assert!(q.hint.as_deref().is_some_and(|h| h.contains("100 mg")), "{:?}", q.hint);
        let codes: Vec<&str> = q.answers.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["yes", "no", "prefer_not_to_say"]);
    }

    #[test]
    fn every_question_and_answer_has_words() {
        for q in questions() {
            assert!(!q.text.starts_with("bf-question-"), "{}", q.id);
            for a in &q.answers {
                assert!(!a.label.starts_with("bf-answer-"), "{} {}", q.id, a.code);
            }
        }
    }
}
