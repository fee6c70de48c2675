package org.alongside.app.ui

import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.runtime.Composable
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.ui.Modifier
import org.alongside.app.AppointmentEdit
import org.alongside.app.AppointmentInput
import org.alongside.app.UiText
import org.alongside.app.models.DiaryViewModel

/**
 * Adding or changing an appointment: every field, choice and word is the core's
 * (`appointment_form`), and so is every problem, shown beside its field as soon as she
 * leaves it or picks a choice (`check_appointment_draft`), before she saves.
 * (iOS: AppointmentFormScreen.swift.)
 */
@Composable
fun AppointmentFormScreen(text: UiText, edit: AppointmentEdit, model: DiaryViewModel) {
    val form = edit.form
    val input = edit.input
    fun field(code: String) = form.fields.firstOrNull { it.field == code }
    val set = { next: AppointmentInput -> model.input(next) }
    val pick = { next: AppointmentInput ->
        model.input(next)
        model.check()
    }
    FormScreen(form.title) {
        if (edit.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        edit.error?.let { ErrorMessage(it) }
        edit.otherProblems().forEach { ErrorMessage(it.reason) }
        CoreTextField(field("title"), input.title, edit.problem("title"), { set(input.copy(title = it)) }, model::check)

        CoreChoicesHeading(field("kind"), edit.problem("kind"))
        form.kinds.forEach { k -> ChoiceRow(k.label, selected = input.kind == k.kind, radio = true) { pick(input.copy(kind = k.kind)) } }

        CoreDateField(text, field("start"), input.start, edit.problem("start"), withTime = true, { set(input.copy(start = it)) }, model::check)
        if (edit.problem("clock change") != null) {
            CoreChoicesHeading(field("clock change"), edit.problem("clock change"))
            form.clockChangeChoices.forEach { c ->
                ChoiceRow(c.label, selected = input.clockChange == c.choice, radio = true) { pick(input.copy(clockChange = c.choice)) }
            }
        }

        CoreChoicesHeading(field("duration"), edit.problem("duration"))
        form.durations.forEach { d ->
            ChoiceRow(d.label, selected = input.durationMinutes == d.minutes, radio = true) { pick(input.copy(durationMinutes = d.minutes)) }
        }

        CoreTextField(field("location"), input.location, edit.problem("location"), { set(input.copy(location = it)) }, model::check)
        if (form.venues.isNotEmpty()) {
            CoreChoicesHeading(field("place"), edit.problem("place"))
            ChoiceRow(form.venueNoneLabel, selected = input.venueId == null, radio = true) { pick(input.copy(venueId = null)) }
            form.venues.forEach { v ->
                ChoiceRow("${v.name}\n${v.address}", selected = input.venueId == v.id, radio = true) { pick(input.copy(venueId = v.id)) }
            }
        }

        CoreTextField(field("with whom"), input.withWhom, edit.problem("with whom"), { set(input.copy(withWhom = it)) }, model::check)
        CoreTextField(field("notes"), input.notes, edit.problem("notes"), { set(input.copy(notes = it)) }, model::check, singleLine = false)

        CoreChoicesHeading(field("reminders"), edit.problem("reminders"))
        form.reminderChoices.forEach { r ->
            ChoiceRow(r.label, selected = r.minutes in input.reminders) { pick(input.toggleReminder(r.minutes)) }
        }

        CoreChoicesHeading(field("repeat"), edit.problem("repeat"))
        form.repeatChoices.forEach { r ->
            ChoiceRow(r.label, selected = input.everyWeeks == r.everyWeeks, radio = true) { pick(input.copy(everyWeeks = r.everyWeeks)) }
        }
        if (input.everyWeeks != 0u) {
            ChoiceRow(form.repeatEndCountLabel, selected = input.endByCount, radio = true) { pick(input.copy(endByCount = true)) }
            ChoiceRow(form.repeatEndUntilLabel, selected = !input.endByCount, radio = true) { pick(input.copy(endByCount = false)) }
            if (input.endByCount) {
                CoreTextField(field("repeat count"), input.count, edit.problem("repeat count"), { set(input.copy(count = it)) }, model::check)
            } else {
                CoreDateField(text, field("repeat until"), input.until, edit.problem("repeat until"), withTime = false, { set(input.copy(until = it)) }, model::check)
            }
        }

        BusyButton(form.saveLabel, busy = edit.busy, enabled = true, onClick = model::save)
    }
}
