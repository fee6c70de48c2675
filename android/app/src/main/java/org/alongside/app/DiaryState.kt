package org.alongside.app

import org.alongside.core.AppointmentForm
import org.alongside.core.DiaryAppointment
import org.alongside.core.DiaryView
import org.alongside.core.DraftProblem
import org.alongside.core.MoveScope
import org.alongside.core.Scope

/** The diary's screens: the agenda, one appointment in full, and the form. */
data class DiaryState(
    val agenda: DiaryAgenda? = null,
    val detail: AppointmentDetail? = null,
    val edit: AppointmentEdit? = null,
)

/** The agenda: the core's days for a week, a month or dates, with the pages either side. */
data class DiaryAgenda(val view: DiaryView, val busy: Boolean = false, val error: String? = null)

/** What she is asked to confirm on an appointment before it changes. */
enum class DiaryConfirm { CANCEL, DELETE }

/**
 * One date of an appointment in full ([item], the core's), with the core's words to move,
 * cancel, delete or mark it ([form]). [moveStart] and [moveScope] are what she picked to move
 * it, [cancelScope] which dates a cancellation covers; [done] is true once it moved, was cancelled or deleted (the screen closes).
 */
data class AppointmentDetail(
    val form: AppointmentForm,
    val item: DiaryAppointment?,
    val date: String,
    val moveStart: String,
    val moveScope: MoveScope = MoveScope.THIS_DATE,
    val cancelScope: Scope = Scope.THIS_OCCURRENCE,
    val confirm: DiaryConfirm? = null,
    val done: Boolean = false,
    val busy: Boolean = false,
    val error: String? = null,
)

/**
 * Adding or changing an appointment: the core's form, what she has entered, and the core's
 * problems with it, each beside its field. [saved] is true once the core took it.
 */
data class AppointmentEdit(
    val form: AppointmentForm,
    val input: AppointmentInput,
    val problems: List<DraftProblem> = emptyList(),
    val saved: Boolean = false,
    val busy: Boolean = false,
    val error: String? = null,
) {
    /** The core's words about [field], if any. */
    fun problem(field: String): String? = problems.firstOrNull { it.field == field }?.reason

    /** Problems about a field the form has no place for, shown at the top. */
    fun otherProblems(): List<DraftProblem> = problems.filter { p -> form.fields.none { it.field == p.field } }

    /** The draft as the core will get it. */
    fun draft() = input.draft(form.reminderChoices.map { it.minutes })
}
