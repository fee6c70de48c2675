package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.MedicineDetail
import org.alongside.app.UiText
import org.alongside.core.DoseSchedule
import org.alongside.app.models.MedicinesViewModel

/**
 * One medicine: changing its dose (the old one stays in her history), logging a dose taken
 * when needed, stopping it after she says yes, and her dose history day by day with the
 * core's pages either side. Every word is the core's. (iOS: MedicineScreen.swift.)
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun MedicineScreen(text: UiText, detail: MedicineDetail, model: MedicinesViewModel) {
    val form = detail.form
    val history = detail.history
    val enabled = !detail.busy
    FormScreen(history.title) {
        if (detail.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        detail.error?.let { ErrorMessage(it) }

        form.logAsNeededLabel?.let { label ->
            CoreTextField(
                form.fields.firstOrNull { it.field == "dose" },
                detail.asNeededAmount,
                problem = null,
                onChange = model::editAsNeeded,
                onLeave = {},
            )
            BusyButton(label, busy = detail.busy, enabled = true, onClick = model::logAsNeeded)
        }

        form.changeDose?.let { cd ->
            val change = detail.change
            fun field(code: String) = cd.fields.firstOrNull { it.field == code }
            SectionHeading(cd.title)
            Text(cd.hint)
            Text(cd.currentLabel, style = MaterialTheme.typography.titleSmall)
            CoreDateField(text, field("effective date"), change.effectiveDate, null, withTime = false, { model.editChange(change.copy(effectiveDate = it)) }, {})
            CoreTextField(field("dose"), change.amount, null, { model.editChange(change.copy(amount = it)) }, {})
            if (cd.current.schedule is DoseSchedule.SplitDaily) {
                CoreTextField(field("evening dose"), change.eveningAmount, null, { model.editChange(change.copy(eveningAmount = it)) }, {})
            }
            CoreTextField(field("note"), change.note, null, { model.editChange(change.copy(note = it)) }, {})
            BusyButton(cd.title, busy = detail.busy, enabled = true, onClick = model::changeDose)
        }

        form.stop?.let { words ->
            if (detail.confirmStop) {
                CoreDateField(text, form.fields.firstOrNull { it.field == "end date" }, detail.stopDate, null, withTime = false, model::editStopDate, {})
                Confirm(words, detail.busy, onYes = model::stop, onNo = { model.askStop(false) })
            } else {
                OutlinedButton(onClick = { model.askStop(true) }, enabled = enabled) { Text(words.button) }
            }
        }

        SectionHeading(history.changesHeading)
        history.changes.forEach { c ->
            Text(c.label)
            c.note?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        }
        SectionHeading(history.daysHeading)
        Text(history.rangeLabel)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            OutlinedButton(onClick = { model.page(history.earlier.from, history.earlier.to) }, enabled = enabled) {
                Text(history.earlier.label)
            }
            history.later?.let { later ->
                OutlinedButton(onClick = { model.page(later.from, later.to) }, enabled = enabled) { Text(later.label) }
            }
        }
        history.days.forEach { day ->
            Text(day.label, style = MaterialTheme.typography.titleSmall)
            day.doses.forEach { dose -> Text("${dose.slotLabel}: ${dose.amountLabel}. ${dose.stateLabel}") }
            day.emptyLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        }
    }
}
