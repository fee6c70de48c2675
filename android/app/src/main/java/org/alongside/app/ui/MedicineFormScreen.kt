package org.alongside.app.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import org.alongside.app.MedicineEdit
import org.alongside.app.MedicineInput
import org.alongside.app.UiText
import org.alongside.app.models.MedicinesViewModel
import org.alongside.core.ScheduleKind

/**
 * Adding a medicine: opioid treatment first, then any medicine by name; the dose and its
 * unit; one dose a day or split, weekly, monthly or when needed; supervised or take-home and
 * which days; the pharmacy; start and end. The kinds, units and schedules that fit each
 * medicine, every word and every problem are the core's (`medicine_form`,
 * `check_medicine_draft`), each problem beside its field before she saves.
 * (iOS: MedicineFormScreen.swift.)
 */
@Composable
fun MedicineFormScreen(text: UiText, edit: MedicineEdit, model: MedicinesViewModel) {
    val form = edit.form
    val input = edit.input
    val kind = form.kinds.firstOrNull { it.kind == input.kind }
    fun field(code: String) = form.fields.firstOrNull { it.field == code }
    val set = { next: MedicineInput -> model.input(next) }
    val pick = { next: MedicineInput ->
        model.input(next)
        model.check()
    }
    @Composable
    fun textField(code: String, value: String, change: (String) -> MedicineInput) =
        CoreTextField(field(code), value, edit.problem(code), { set(change(it)) }, model::check)

    FormScreen(form.title) {
        if (edit.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        edit.error?.let { ErrorMessage(it) }
        edit.otherProblems().forEach { ErrorMessage(it.reason) }

        CoreChoicesHeading(field("kind"), edit.problem("kind"))
        form.kinds.forEach { k -> ChoiceRow(k.label, selected = input.kind == k.kind, radio = true) { pick(input.copy(kind = k.kind)) } }
        if (kind?.needsName == true) {
            CoreTextField(field("name")?.copy(hint = kind.nameHint), input.name, edit.problem("name"), { set(input.copy(name = it)) }, model::check)
        }

        // A split dose's first field is the morning dose, in the core's words.
        val doseField = field("dose")?.let { if (input.schedule == ScheduleKind.SPLIT_DAILY) it.copy(label = form.morningDoseLabel) else it }
        CoreTextField(doseField, input.amount, edit.problem("dose"), { set(input.copy(amount = it)) }, model::check)
        CoreChoicesHeading(field("unit"), edit.problem("unit"))
        kind?.units.orEmpty().forEach { u -> ChoiceRow(u.label, selected = input.unit == u.unit, radio = true) { pick(input.copy(unit = u.unit)) } }

        CoreChoicesHeading(field("schedule"), edit.problem("schedule"))
        kind?.schedules.orEmpty().forEach { s ->
            ChoiceRow(s.label, selected = input.schedule == s.schedule, radio = true) { pick(input.copy(schedule = s.schedule)) }
        }
        when (input.schedule) {
            ScheduleKind.DAILY -> textField("time", input.time) { input.copy(time = it) }
            ScheduleKind.SPLIT_DAILY -> {
                textField("morning time", input.morningTime) { input.copy(morningTime = it) }
                textField("evening dose", input.eveningAmount) { input.copy(eveningAmount = it) }
                textField("evening time", input.eveningTime) { input.copy(eveningTime = it) }
            }
            ScheduleKind.WEEKLY -> {
                CoreChoicesHeading(field("weekday"), edit.problem("weekday"))
                form.weekdays.forEach { w ->
                    ChoiceRow(w.label, selected = input.weekday == w.weekday, radio = true) { pick(input.copy(weekday = w.weekday)) }
                }
                textField("time", input.time) { input.copy(time = it) }
            }
            ScheduleKind.MONTHLY -> {
                textField("day of month", input.dayOfMonth) { input.copy(dayOfMonth = it) }
                textField("time", input.time) { input.copy(time = it) }
            }
            ScheduleKind.AS_NEEDED -> {}
        }

        CoreChoicesHeading(field("collection"), edit.problem("collection"))
        form.collections.forEach { c ->
            ChoiceRow("${c.label}\n${c.hint}", selected = input.collection == c.collection, radio = true) {
                pick(input.copy(collection = c.collection))
            }
        }
        if (form.collections.firstOrNull { it.collection == input.collection }?.hasTakeHomeDays == true) {
            CoreChoicesHeading(field("take home days"), edit.problem("take home days"))
            form.weekdays.forEach { w ->
                ChoiceRow(w.label, selected = w.weekday in input.takeHomeDays) { pick(input.toggleTakeHome(w.weekday)) }
            }
        }

        textField("pharmacy", input.pharmacy) { input.copy(pharmacy = it) }
        CoreDateField(text, field("start date"), input.startDate, edit.problem("start date"), withTime = false, { set(input.copy(startDate = it)) }, model::check)
        CoreDateField(text, field("end date"), input.endDate, edit.problem("end date"), withTime = false, { set(input.copy(endDate = it)) }, model::check)

        BusyButton(form.saveLabel, busy = edit.busy, enabled = true, onClick = model::save)
    }
}
