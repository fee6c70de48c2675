package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.Route
import org.alongside.app.Screen
import org.alongside.app.TodayActions
import org.alongside.app.TodayFeature
import org.alongside.core.Alert
import org.alongside.core.AppointmentStatus
import org.alongside.core.DoseAnswer
import org.alongside.core.DoseQuestion
import org.alongside.core.DoseStatus
import org.alongside.core.DoseView
import org.alongside.core.Occurrence
import org.alongside.core.SupportOffer

/** Today on the core's thread ([TodayFeature]); its buttons to other screens go to navigation. */
class TodayViewModel(session: SessionViewModel) : FeatureViewModel<Screen.Today>(session), TodayActions {
    private val feature = TodayFeature(session.session)

    private fun busy(s: Screen.Today) = s.copy(busy = true, error = null)

    /** Today read afresh (each time she comes to it, and every minute). */
    override fun refresh() = load { feature.open(it) }

    override fun lock() = session.lock()

    override fun logDose(dose: DoseView, status: DoseStatus) = act(::busy) { feature.logDose(it, dose, status) }

    override fun logDosePart(dose: DoseView, amount: Double) = act(::busy) { feature.logDosePart(it, dose, amount) }

    override fun confirmDoseChange() = act(::busy) { feature.confirmDoseChange(it) }

    override fun keepDose() = edit { feature.keepDose(it) }

    override fun answerDoseQuestion(question: DoseQuestion, dates: List<String>, answer: DoseAnswer) =
        act(::busy) { feature.answerDoseQuestion(it, question, dates, answer) }

    override fun dismissDoseQuestion(question: DoseQuestion) = act(::busy) { feature.dismissDoseQuestion(it, question) }

    override fun markAppointment(occurrence: Occurrence, status: AppointmentStatus) =
        act(::busy) { feature.markAppointment(it, occurrence, status) }

    override fun rebook(alert: Alert, newStart: String) = act(::busy) { feature.rebook(it, alert, newStart) }

    override fun dismissFollowUp(alert: Alert) = act(::busy) { feature.dismissFollowUp(it, alert) }

    override fun showMedicine(alert: Alert) = act(::busy) { feature.showMedicine(it, alert) }

    override fun closeMedicine() = edit { feature.closeMedicine(it) }

    override fun addOfferedAppointment(offer: SupportOffer) = act(::busy) { feature.addOfferedAppointment(it, offer) }

    override fun openSupport() = session.open(Route.Support)

    override fun openCrisis() = session.openCrisis()

    override fun openArticle(articleId: String) = session.open(Route.Article(articleId))

    override fun openAppointment(occurrence: Occurrence) = session.open(
        // The date it is on, from its local start ("YYYY-MM-DDTHH:MM").
        Route.Appointment(occurrence.appointmentId, occurrence.occurrence, occurrence.startLocal.substringBefore('T')),
    )

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { TodayViewModel(session) }
    }
}
