package org.alongside.app

import org.alongside.core.Alert
import org.alongside.core.AppointmentStatus
import org.alongside.core.DoseStatus
import org.alongside.core.DoseView
import org.alongside.core.Occurrence
import org.alongside.core.SupportOffer

/**
 * What she can do on Today. Each action is one core call; the result is a fresh Today.
 *
 * Why this exists: the Today composables take this interface rather than the ViewModel,
 * so they only render and forward.
 */
interface TodayActions : DoseQuestionActions {
    fun refresh()
    fun lock()
    fun logDose(dose: DoseView, status: DoseStatus)

    /** She says about how much of a partly taken dose she took: one of `partChoices`. */
    fun logDosePart(dose: DoseView, amount: Double)

    /** Her yes to the core's question before changing a dose she already logged. */
    fun confirmDoseChange()

    /** Keeps the dose as it was logged (closes the question). */
    fun keepDose()

    fun markAppointment(occurrence: Occurrence, status: AppointmentStatus)

    /** Opens one appointment in full, where she can change, move or cancel it. */
    fun openAppointment(occurrence: Occurrence)

    /** Books a new time for a missed appointment; [newStart] is local "YYYY-MM-DDTHH:MM". */
    fun rebook(alert: Alert, newStart: String)
    fun dismissFollowUp(alert: Alert)

    /** Shows the medicine an alert is about (the core's `medicine_id`), from the vault. */
    fun showMedicine(alert: Alert)
    fun closeMedicine()

    /**
     * Saves the appointment a support-mode offer comes with (the 6 to 8 week check), as
     * the core drafted it. She can change it afterwards like any appointment.
     */
    fun addOfferedAppointment(offer: SupportOffer)

    /** Opens the request-for-support screen (any time, not only in support mode). */
    fun openSupport()

    /** "I'm not safe right now": the crisis lines, at once. */
    fun openCrisis()

    /** Opens the guidance article a Today card names (`article_id`). */
    fun openArticle(articleId: String)
}
