package org.alongside.app.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import org.alongside.app.AppointmentDetail
import org.alongside.app.DiaryConfirm
import org.alongside.app.UiText
import org.alongside.app.models.DiaryViewModel
import org.alongside.core.AppointmentStatus
import org.alongside.core.ConfirmWords

/**
 * One date of an appointment in full, with what she can do to it: change it, move it (one
 * date, this and the following, or every date, as the core offers), cancel the date or
 * delete it after she says yes, and mark it. Every word is the core's. (iOS: AppointmentScreen.swift.)
 */
@Composable
fun AppointmentScreen(text: UiText, detail: AppointmentDetail, model: DiaryViewModel) {
    val form = detail.form
    val item = detail.item
    val enabled = !detail.busy
    val id = form.appointmentId
    FormScreen(item?.occurrence?.title ?: form.values.title) {
        if (detail.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        detail.error?.let { ErrorMessage(it) }
        form.occurrenceLabel?.let { Text(it) }
        if (item != null) {
            AppointmentCard(
                text = text,
                occurrence = item.occurrence,
                withDay = false,
                enabled = enabled,
                onMark = { status: AppointmentStatus -> model.markDetail(status) }.takeIf { item.canMark },
            )
            // Her private notes: only here, never in a reminder.
            item.occurrence.notes?.let { Text(it) }
            if (item.canRestore) {
                TextButton(onClick = { model.markDetail(AppointmentStatus.PLANNED) }, enabled = enabled) { Text(text["diary-restore"]) }
            }
        }
        if (id != null) {
            OutlinedButton(onClick = { model.change(id) }, enabled = enabled) { Text(text["appointment-form-edit"]) }
        }
        if (item?.canChange == true) {
            SectionHeading(form.moveLabel)
            CoreDateField(
                text,
                form.fields.firstOrNull { it.field == "start" }?.copy(hint = form.moveHint),
                detail.moveStart,
                problem = null,
                withTime = true,
                onChange = { model.editMove(it, detail.moveScope) },
                onLeave = {},
            )
            form.moveScopes.forEach { s ->
                ChoiceRow(s.label, selected = detail.moveScope == s.scope, radio = true) { model.editMove(detail.moveStart, s.scope) }
            }
            BusyButton(form.moveLabel, busy = detail.busy, enabled = true, onClick = model::move)
        }
        when (detail.confirm) {
            DiaryConfirm.CANCEL -> form.cancel?.let {
                // For a series: this date only, or this and the following (the core's choices).
                form.cancelScopes.forEach { c ->
                    ChoiceRow(c.label, selected = detail.cancelScope == c.scope, radio = true) { model.chooseCancelScope(c.scope) }
                }
                Confirm(it, detail.busy, onYes = model::cancel, onNo = { model.ask(null) })
            }
            DiaryConfirm.DELETE -> form.delete?.let { Confirm(it, detail.busy, onYes = model::delete, onNo = { model.ask(null) }) }
            null -> {
                form.cancel?.takeIf { item?.canChange == true }?.let { w ->
                    OutlinedButton(onClick = { model.ask(DiaryConfirm.CANCEL) }, enabled = enabled) { Text(w.button) }
                }
                form.delete?.let { w ->
                    OutlinedButton(onClick = { model.ask(DiaryConfirm.DELETE) }, enabled = enabled) { Text(w.button) }
                }
            }
        }
    }
}

/** The core's question before a change she can't undo, with its yes and no. */
@Composable
fun Confirm(words: ConfirmWords, busy: Boolean, onYes: () -> Unit, onNo: () -> Unit) {
    Text(words.question)
    BusyButton(words.confirm, busy = busy, enabled = true, onClick = onYes)
    TextButton(onClick = onNo, enabled = !busy) { Text(words.keep) }
}
