package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.Screen
import org.alongside.app.SupportActions
import org.alongside.app.UiText

/**
 * Asking for support: who receives it, what she needs, how and when it is safe to contact
 * her, how soon; then exactly what will be sent, word for word, before she sends it; and the
 * requests she has sent, each with how far it has got.
 *
 * Why this exists: issue "support after a baby is taken into care". Every label, check and
 * word of the preview is the core's; this screen only collects taps. (iOS: SupportScreen.swift.)
 */
@Composable
fun SupportScreen(text: UiText, screen: Screen.Support, actions: SupportActions) {
    val form = screen.form
    val preview = screen.preview
    FormScreen(text["support-form-title"]) {
        screen.error?.let { ErrorMessage(it) }
        if (preview != null) {
            Text(preview.heading, style = MaterialTheme.typography.titleMedium)
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    preview.lines.forEach { Text(it) }
                }
            }
            Text(preview.notSent)
            Text(preview.consent)
            BusyButton(text["support-form-send"], busy = screen.busy, enabled = true, onClick = actions::sendSupport)
            TextButton(onClick = { actions.editSupport(form) }) { Text(text["support-form-change"]) }
        } else {
            SectionHeading(text["support-form-who"])
            screen.recipients.forEach { r ->
                ChoiceRow(r.name + "\n" + r.description, selected = form.recipient == r.recipient, radio = true) {
                    actions.editSupport(form.copy(recipient = r.recipient))
                }
            }
            SectionHeading(text["support-form-needs"])
            screen.choices.needs.forEach { c ->
                ChoiceRow(c.label, selected = c.need in form.needs) { actions.editSupport(form.toggle(c.need)) }
            }
            SectionHeading(text["support-form-how"])
            screen.choices.methods.forEach { c ->
                ChoiceRow(c.label, selected = c.method in form.methods) { actions.editSupport(form.toggle(c.method)) }
            }
            FormField(text["support-form-phone"], form.phone) { actions.editSupport(form.copy(phone = it)) }
            FormField(text["support-form-name"], form.nameToUse) { actions.editSupport(form.copy(nameToUse = it)) }
            SectionHeading(text["support-form-times"])
            screen.choices.safeTimes.forEach { c ->
                ChoiceRow(c.label, selected = c.time in form.safeTimes) { actions.editSupport(form.toggle(c.time)) }
            }
            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                Switch(checked = form.mayLeaveMessage, onCheckedChange = { actions.editSupport(form.copy(mayLeaveMessage = it)) })
                Text(text["support-form-leave-message"])
            }
            SectionHeading(text["support-form-soon"])
            screen.choices.urgencies.forEach { c ->
                ChoiceRow(c.label, selected = form.urgency == c.urgency, radio = true) {
                    actions.editSupport(form.copy(urgency = c.urgency))
                }
            }
            FormField(text["support-form-note"], form.note) { actions.editSupport(form.copy(note = it)) }
            BusyButton(
                text["support-form-preview"],
                busy = screen.busy,
                enabled = form.recipient != null,
                onClick = actions::previewSupport,
            )
        }
        if (screen.requests.isNotEmpty()) {
            SectionHeading(text["support-requests-title"])
            screen.requests.forEach { r ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                        Text(r.recipientName, style = MaterialTheme.typography.titleSmall)
                        Text(r.stateLabel)
                        r.answer?.let { Text(it) }
                        if (r.state == org.alongside.core.SupportRequestState.WAITING_TO_SEND) {
                            TextButton(onClick = { actions.cancelSupportRequest(r.id) }) {
                                Text(text["support-request-take-back"])
                            }
                        }
                    }
                }
            }
        }
        TextButton(onClick = actions::closeSupport) { Text(text["support-form-close"]) }
    }
}

@Composable
private fun FormField(label: String, value: String, onChange: (String) -> Unit) {
    OutlinedTextField(value = value, onValueChange = onChange, label = { Text(label) }, modifier = Modifier.fillMaxWidth())
}
