package org.alongside.app

import org.alongside.core.AppointmentStatus
import org.alongside.core.DiaryAppointment
import org.alongside.core.DoseAnswer
import org.alongside.core.DoseQuestion
import org.alongside.core.DiaryPage
import org.alongside.core.DiaryRange
import org.alongside.core.MoveScope
import org.alongside.core.Scope
import org.alongside.core.Vault

/**
 * Her diary: the agenda by day for any week, month or dates the core offers, each
 * appointment in full, adding and changing one with the core's problems beside their
 * fields, moving, cancelling, deleting and marking. Each method is one core call (or none,
 * for typing) and returns the next state.
 *
 * Why this exists: the dates, ranges, labels, choices and checks are all the core's; this
 * class only holds what she sees and turns her taps into calls, in plain Kotlin so the JVM
 * tests drive it against the real library.
 */
class DiaryFeature(private val core: Core) {
    /** The agenda afresh: [range] if given, else the page she was on, else this week. */
    fun agenda(s: DiaryState?, range: DiaryRange? = null): DiaryState {
        val showing = range ?: s?.agenda?.view?.range ?: DiaryRange.Week(null)
        return (s ?: DiaryState()).copy(agenda = DiaryAgenda(core.vault.diary(showing, core.now())))
    }

    /** Another page: the next or previous week or month, this week, weeks or months. */
    fun go(s: DiaryState, page: DiaryPage): DiaryState = onAgenda(s) { agenda(s, page.range) }

    /** Marks a date on the agenda as went or missed (or a cancelled one back to planned). */
    fun mark(s: DiaryState, a: DiaryAppointment, status: AppointmentStatus): DiaryState = onAgenda(s) {
        changed { v, now -> v.setAppointmentStatus(a.occurrence.appointmentId, a.occurrence.occurrence, status, now) }
        agenda(s)
    }

    /** Answers the core's question about days with nothing logged, for [dates]; the agenda afresh. */
    fun answerDoseQuestion(s: DiaryState, question: DoseQuestion, dates: List<String>, answer: DoseAnswer): DiaryState =
        onAgenda(s) {
            changed { v, now -> v.answerDoseQuestion(question.medicineId, dates, answer, now) }
            agenda(s)
        }

    /** "Not now": the question's days are not asked about again. */
    fun dismissDoseQuestion(s: DiaryState, question: DoseQuestion): DiaryState = onAgenda(s) {
        changed { v, now -> v.dismissDoseQuestion(question.medicineId, question.days.map { it.date }, now) }
        agenda(s)
    }

    /** One date of an appointment in full, with the core's words to change it. */
    fun detail(s: DiaryState, id: String, occurrence: UInt, date: String): DiaryState {
        val v = core.vault
        val now = core.now()
        val form = v.appointmentForm(id, now, occurrence)
        val item = v.diary(DiaryRange.Dates(date, date), now).days
            .flatMap { it.appointments }
            .firstOrNull { it.occurrence.appointmentId == id && it.occurrence.occurrence == occurrence }
        return s.copy(detail = AppointmentDetail(form, item, date, moveStart = item?.occurrence?.startLocal ?: form.values.start))
    }

    fun editMove(s: DiaryState, start: String, scope: MoveScope): DiaryState =
        s.copy(detail = s.detail?.copy(moveStart = start, moveScope = scope, error = null))

    /** Which dates a cancellation covers: one of the core's `cancel_scopes` for a series. */
    fun chooseCancelScope(s: DiaryState, scope: Scope): DiaryState = s.copy(detail = s.detail?.copy(cancelScope = scope, error = null))

    fun ask(s: DiaryState, confirm: DiaryConfirm?): DiaryState = s.copy(detail = s.detail?.copy(confirm = confirm, error = null))

    /** Moves this date (and, for a series, the dates she chose) to [AppointmentDetail.moveStart]. */
    fun move(s: DiaryState): DiaryState = onDetail(s) { d ->
        val id = d.form.appointmentId ?: return@onDetail d
        val occurrence = d.form.occurrence ?: return@onDetail d
        changed { v, now -> v.moveAppointment(id, occurrence, d.moveStart, d.moveScope, now) }
        d.copy(done = true)
    }

    /** Cancels the date she opened (and, for a series, the later ones if she chose), after she said yes. */
    fun cancel(s: DiaryState): DiaryState = onDetail(s) { d ->
        val id = d.form.appointmentId ?: return@onDetail d
        val occurrence = d.form.occurrence ?: return@onDetail d
        changed { v, now -> v.cancelAppointment(id, occurrence, d.cancelScope, now) }
        d.copy(done = true, confirm = null)
    }

    /** Deletes the whole appointment, after she said yes. */
    fun delete(s: DiaryState): DiaryState = onDetail(s) { d ->
        val id = d.form.appointmentId ?: return@onDetail d
        changed { v, now -> v.deleteAppointment(id, now) }
        d.copy(done = true, confirm = null)
    }

    /** Marks the date she opened as went or missed (or a cancelled one back to planned). */
    fun markDetail(s: DiaryState, status: AppointmentStatus): DiaryState = onDetail(s) { d ->
        val id = d.form.appointmentId ?: return@onDetail d
        val occurrence = d.form.occurrence ?: return@onDetail d
        changed { v, now -> v.setAppointmentStatus(id, occurrence, status, now) }
        detail(s, id, occurrence, d.date).detail ?: d
    }

    /**
     * The form: empty with the core's defaults ([id] null), or an appointment's values. What
     * she had entered and not saved is kept when she comes back to the same form.
     */
    fun form(s: DiaryState, id: String?): DiaryState {
        s.edit?.let { if (!it.saved && it.form.appointmentId == id) return s }
        val form = core.vault.appointmentForm(id, core.now())
        return s.copy(edit = AppointmentEdit(form, AppointmentInput.from(form.values)))
    }

    /** Only collects what she typed or picked. */
    fun input(s: DiaryState, input: AppointmentInput): DiaryState = s.copy(edit = s.edit?.copy(input = input, error = null))

    /** The core's problems with the draft as it is, each beside its field; nothing is written. */
    fun check(s: DiaryState): DiaryState = onEdit(s) { e ->
        e.copy(problems = core.vault.checkAppointmentDraft(e.draft(), core.now(), e.form.appointmentId))
    }

    /** Saves the draft if the core finds no problem with it; else shows every problem. */
    fun save(s: DiaryState): DiaryState = onEdit(s) { e ->
        val draft = e.draft()
        val id = e.form.appointmentId
        val problems = core.vault.checkAppointmentDraft(draft, core.now(), id)
        if (problems.isNotEmpty()) return@onEdit e.copy(problems = problems)
        changed { v, now -> if (id == null) v.addAppointment(draft, now) else v.editAppointment(id, draft, now) }
        e.copy(problems = emptyList(), saved = true)
    }

    /** [action], then reminders set again. */
    private fun changed(action: (Vault, java.time.Instant) -> Unit) {
        val v = core.vault
        val now = core.now()
        action(v, now)
        core.diaryChanged(v, now)
    }

    private fun onAgenda(s: DiaryState, work: () -> DiaryState): DiaryState =
        core.attempt({ msg, _ -> s.copy(agenda = s.agenda?.copy(busy = false, error = msg)) }) {
            val next = work()
            next.copy(agenda = next.agenda?.copy(busy = false, error = null))
        }

    private fun onDetail(s: DiaryState, work: (AppointmentDetail) -> AppointmentDetail): DiaryState {
        val d = s.detail ?: return s
        return core.attempt({ msg, _ -> s.copy(detail = d.copy(busy = false, error = msg)) }) {
            s.copy(detail = work(d).copy(busy = false, error = null))
        }
    }

    private fun onEdit(s: DiaryState, work: (AppointmentEdit) -> AppointmentEdit): DiaryState {
        val e = s.edit ?: return s
        return core.attempt({ msg, _ -> s.copy(edit = e.copy(busy = false, error = msg)) }) {
            s.copy(edit = work(e).copy(busy = false, error = null))
        }
    }
}
