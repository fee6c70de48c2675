package org.alongside.app

import org.alongside.core.Alert
import org.alongside.core.AlongsideException
import org.alongside.core.AppointmentStatus
import org.alongside.core.DoseAnswer
import org.alongside.core.DoseEntry
import org.alongside.core.DoseQuestion
import org.alongside.core.DoseStatus
import org.alongside.core.DoseView
import org.alongside.core.Occurrence
import org.alongside.core.SupportOffer
import org.alongside.core.Vault

/**
 * Today: the core's TodayView and what she can do on it. Each method is one core call (or
 * none) and returns the next state; a core error stays on Today in the core's words.
 *
 * Why this exists: the rules are the core's; this holds what Today shows and turns her taps
 * into calls, in plain Kotlin so the JVM tests drive it against the real library.
 */
class TodayFeature(private val core: Core) {
    /** Today read afresh; a medicine she is looking at stays open. */
    fun open(s: Screen.Today? = null): Screen.Today {
        val v = core.vault
        return Screen.Today(v.today(core.now()), medicine = s?.medicine)
    }

    fun logDose(s: Screen.Today, dose: DoseView, status: DoseStatus): Screen.Today {
        val entry = DoseEntry(dose.medicineId, dose.date, dose.slot, status, null, null)
        // A dose already logged as something else is not changed: the core asks first, and
        // Today shows its question until she answers.
        return core.attempt({ msg, e ->
            if (e is AlongsideException.NeedsConfirmation) {
                s.copy(busy = false, error = null, confirm = DoseChangeConfirm(entry, e.question, e.confirmLabel, e.cancelLabel))
            } else {
                s.copy(busy = false, error = msg)
            }
        }) { changed(s) { v, now -> v.logDose(entry, now) } }
    }

    fun confirmDoseChange(s: Screen.Today): Screen.Today {
        val confirm = s.confirm ?: return s
        return change(s.copy(confirm = null)) { v, now -> v.logDose(confirm.confirmed(), now) }
    }

    fun keepDose(s: Screen.Today): Screen.Today = s.copy(confirm = null)

    fun logDosePart(s: Screen.Today, dose: DoseView, amount: Double) = change(s) { v, now ->
        v.logDose(DoseEntry(dose.medicineId, dose.date, dose.slot, DoseStatus.PARTLY_TAKEN, dose.takenAt, null, amount), now)
    }

    fun answerDoseQuestion(s: Screen.Today, question: DoseQuestion, dates: List<String>, answer: DoseAnswer) =
        change(s) { v, now -> v.answerDoseQuestion(question.medicineId, dates, answer, now) }

    fun dismissDoseQuestion(s: Screen.Today, question: DoseQuestion) =
        change(s) { v, now -> v.dismissDoseQuestion(question.medicineId, question.days.map { it.date }, now) }

    fun markAppointment(s: Screen.Today, occurrence: Occurrence, status: AppointmentStatus) =
        change(s) { v, now -> v.setAppointmentStatus(occurrence.appointmentId, occurrence.occurrence, status, now) }

    fun rebook(s: Screen.Today, alert: Alert, newStart: String) = change(s) { v, now ->
        val id = alert.appointmentId ?: return@change
        val occurrence = alert.occurrence ?: return@change
        v.rebookMissedAppointmentAt(id, occurrence, newStart, now)
    }

    fun dismissFollowUp(s: Screen.Today, alert: Alert) = change(s) { v, now ->
        val id = alert.appointmentId ?: return@change
        val occurrence = alert.occurrence ?: return@change
        v.dismissMissedFollowUp(id, occurrence, now)
    }

    fun addOfferedAppointment(s: Screen.Today, offer: SupportOffer) = change(s) { v, now ->
        val draft = offer.appointment ?: return@change
        v.addAppointment(draft, now)
    }

    /** Shows the medicine an alert is about (the core's `medicine_id`). */
    fun showMedicine(s: Screen.Today, alert: Alert): Screen.Today {
        val id = alert.medicineId ?: return s
        return core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) {
            val medicine = core.vault.medicines(core.now()).firstOrNull { it.id == id }
                ?: throw AlongsideException.NotFound("medicine")
            s.copy(busy = false, error = null, medicine = medicine)
        }
    }

    fun closeMedicine(s: Screen.Today): Screen.Today = s.copy(medicine = null)

    /** Runs one change, then Today afresh (or Today as it was, with the change's error). */
    private fun change(s: Screen.Today, action: (Vault, java.time.Instant) -> Unit): Screen.Today =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) { changed(s, action) }

    /** [action], then reminders set again and Today afresh; a reminder problem shows on Today. */
    private fun changed(s: Screen.Today, action: (Vault, java.time.Instant) -> Unit): Screen.Today {
        val v = core.vault
        val now = core.now()
        action(v, now)
        val problem = try {
            core.diaryChanged(v, now)
            null
        } catch (e: AlongsideException.Locked) {
            throw e
        } catch (e: AlongsideException) {
            core.text.errorText(e)
        }
        return Screen.Today(v.today(now), error = problem, medicine = s.medicine)
    }
}
