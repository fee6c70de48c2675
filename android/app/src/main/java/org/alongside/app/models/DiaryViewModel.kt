package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.AppointmentInput
import org.alongside.app.DiaryConfirm
import org.alongside.app.DiaryFeature
import org.alongside.app.DiaryState
import org.alongside.app.DoseQuestionActions
import org.alongside.app.Route
import org.alongside.core.AppointmentStatus
import org.alongside.core.DiaryAppointment
import org.alongside.core.DiaryPage
import org.alongside.core.DoseAnswer
import org.alongside.core.DoseQuestion
import org.alongside.core.MoveScope
import org.alongside.core.Scope

/**
 * The diary on the core's thread ([DiaryFeature]): the agenda, an appointment in full, and
 * the form. A screen whose work is done (saved, moved, cancelled, deleted) closes itself.
 */
class DiaryViewModel(session: SessionViewModel) : FeatureViewModel<DiaryState>(session), DoseQuestionActions {
    private val feature = DiaryFeature(session.session)

    private fun busy(s: DiaryState) = s.copy(
        agenda = s.agenda?.copy(busy = true, error = null),
        detail = s.detail?.copy(busy = true, error = null),
        edit = s.edit?.copy(busy = true, error = null),
    )

    /** The agenda read afresh, on the page she was on. */
    fun showAgenda() = load { feature.agenda(it) }

    fun showAppointment(route: Route.Appointment) =
        load { feature.detail(it ?: DiaryState(), route.id, route.occurrence, route.date) }

    fun showForm(route: Route.AppointmentForm) = load { feature.form(it ?: DiaryState(), route.id) }

    fun go(page: DiaryPage) = act(::busy) { feature.go(it, page) }

    fun mark(a: DiaryAppointment, status: AppointmentStatus) = act(::busy) { feature.mark(it, a, status) }

    override fun answerDoseQuestion(question: DoseQuestion, dates: List<String>, answer: DoseAnswer) =
        act(::busy) { feature.answerDoseQuestion(it, question, dates, answer) }

    override fun dismissDoseQuestion(question: DoseQuestion) = act(::busy) { feature.dismissDoseQuestion(it, question) }

    fun open(a: DiaryAppointment, date: String) =
        session.open(Route.Appointment(a.occurrence.appointmentId, a.occurrence.occurrence, date))

    fun add() = session.open(Route.AppointmentForm(null))

    fun change(id: String) = session.open(Route.AppointmentForm(id))

    fun editMove(start: String, scope: MoveScope) = edit { feature.editMove(it, start, scope) }

    fun ask(confirm: DiaryConfirm?) = edit { feature.ask(it, confirm) }

    fun chooseCancelScope(scope: Scope) = edit { feature.chooseCancelScope(it, scope) }

    fun move() = act(::busy, ::closeDetailIfDone) { feature.move(it) }

    fun cancel() = act(::busy, ::closeDetailIfDone) { feature.cancel(it) }

    fun delete() = act(::busy, ::closeDetailIfDone) { feature.delete(it) }

    fun markDetail(status: AppointmentStatus) = act(::busy) { feature.markDetail(it, status) }

    fun input(input: AppointmentInput) = edit { feature.input(it, input) }

    /** Asks the core about the draft as it is (after she leaves a field or picks a choice). */
    fun check() = act(::busy) { feature.check(it) }

    fun save() = act(::busy, { s ->
        val e = s.edit
        if (e != null && e.saved) session.close(Route.AppointmentForm(e.form.appointmentId))
    }) { feature.save(it) }

    private fun closeDetailIfDone(s: DiaryState) {
        val d = s.detail ?: return
        val id = d.form.appointmentId ?: return
        val occurrence = d.form.occurrence ?: return
        if (d.done) session.close(Route.Appointment(id, occurrence, d.date))
    }

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { DiaryViewModel(session) }
    }
}
