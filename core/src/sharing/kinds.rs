//! Which kinds of appointment an agreement to share appointments covers. Some kinds say
//! far more than a time and a place: family time shows where her baby lives and when she
//! sees them, a court or legal date shows there are proceedings, and a meeting with a
//! social worker shows that children's services are involved. Those are left out of a new
//! agreement unless she ticks them, so agreeing to share "appointments" never sends them
//! to everyone she shares with.

use crate::content::{label, text};
use crate::diary::appointment::AppointmentKind;
use crate::error::{AlongsideError, Result};

/// Left out of a new agreement unless she ticks them.
pub const LEFT_OUT_BY_DEFAULT: [AppointmentKind; 3] = [
    AppointmentKind::FamilyTime,
    AppointmentKind::CourtOrLegal,
    AppointmentKind::SocialWorker,
];

/// Whether a new agreement covers `kind` until she says otherwise.
pub fn shared_by_default(kind: AppointmentKind) -> bool {
    !LEFT_OUT_BY_DEFAULT.contains(&kind)
}

/// The kinds a new agreement covers until she says otherwise.
pub fn defaults() -> Vec<AppointmentKind> {
    AppointmentKind::ALL
        .into_iter()
        .filter(|k| shared_by_default(*k))
        .collect()
}

/// Her choice, checked and in the form's order: `None` means the defaults; an empty
/// choice is refused (she would be agreeing to share appointments but none of them).
pub(crate) fn chosen(choice: Option<&[AppointmentKind]>) -> Result<Vec<AppointmentKind>> {
    let Some(choice) = choice else {
        return Ok(defaults());
    };
    let kinds: Vec<AppointmentKind> = AppointmentKind::ALL
        .into_iter()
        .filter(|k| choice.contains(k))
        .collect();
    if kinds.is_empty() {
        return Err(AlongsideError::invalid(
            "appointment kinds",
            &text("share-kinds-required", &[]),
        ));
    }
    Ok(kinds)
}

/// The kinds a grant covering `kinds` leaves out, in the form's order.
pub(crate) fn left_out(kinds: &[AppointmentKind]) -> Vec<AppointmentKind> {
    AppointmentKind::ALL
        .into_iter()
        .filter(|k| !kinds.contains(k))
        .collect()
}

fn labels(kinds: &[AppointmentKind]) -> String {
    let words: Vec<String> = kinds.iter().map(|k| label("kind", k)).collect();
    words.join(", ")
}

/// "Appointments", "Appointments (not Family time, Court or legal)", or, when she shares
/// fewer kinds than she leaves out, "Appointments (only GP, Housing)".
pub(crate) fn appointments_label(kinds: &[AppointmentKind]) -> String {
    let out = left_out(kinds);
    if out.is_empty() {
        label("share-category", &crate::sharing::ShareCategory::Appointments)
    } else if kinds.len() < out.len() {
        text("share-category-appointments-only", &[("kinds", labels(kinds).into())])
    } else {
        text("share-category-appointments-not", &[("kinds", labels(&out).into())])
    }
}

/// The kinds in words, for a preview line.
pub(crate) fn in_words(kinds: &[AppointmentKind]) -> String {
    labels(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_time_court_and_social_worker_meetings_are_left_out_unless_she_ticks_them() {
        let d = defaults();
        assert_eq!(d.len(), AppointmentKind::ALL.len() - 3);
        for k in LEFT_OUT_BY_DEFAULT {
            assert!(!d.contains(&k), "{k:?}");
        }
        assert!(d.contains(&AppointmentKind::SpecialistMidwife));
        assert_eq!(chosen(None).unwrap(), d);
    }

    #[test]
    fn her_choice_is_kept_in_the_forms_order_and_an_empty_one_is_refused() {
        let k = chosen(Some(&[
            AppointmentKind::Housing,
            AppointmentKind::Gp,
            AppointmentKind::Housing,
        ]))
        .unwrap();
        assert_eq!(k, [AppointmentKind::Gp, AppointmentKind::Housing]);
        assert!(chosen(Some(&[])).is_err());
    }

    #[test]
    fn the_label_says_what_is_left_out_or_what_is_shared_whichever_is_shorter() {
        assert_eq!(
            appointments_label(&defaults()),
            "Appointments (not Social worker, Family time, Court or legal)"
        );
        assert_eq!(appointments_label(&AppointmentKind::ALL), "Appointments");
        assert_eq!(
            appointments_label(&[AppointmentKind::Gp, AppointmentKind::Housing]),
            "Appointments (only GP, Housing)"
        );
    }
}
