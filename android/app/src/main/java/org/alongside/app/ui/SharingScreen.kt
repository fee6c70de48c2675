package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.Screen
import org.alongside.app.SharingActions
import org.alongside.app.UiText
import org.alongside.core.SharingContact

/**
 * Sharing with her care team: add someone from their invite code and compare the safety
 * number in person; choose what to share with them from today until she stops it (and which
 * kinds of appointment), see what they will and will not see, and agree; stop it; send now;
 * read what has gone; and take up their suggested appointments.
 *
 * Why this exists: nothing leaves the phone without her yes, and this is where she gives or
 * takes it back. Every word, check and summary is the core's. (iOS: SharingScreen.swift.)
 */
@Composable
fun SharingScreen(text: UiText, screen: Screen.Sharing, actions: SharingActions) {
    val enabled = !screen.busy
    val view = screen.view
    FormScreen(text["sharing-title"]) {
        if (screen.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        screen.error?.let { ErrorMessage(it) }
        screen.notice?.let { Text(it) }

        if (view.messages.isNotEmpty()) {
            SectionHeading(text["sharing-messages"])
            view.messages.forEach { m ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp)) {
                        Text(m.summary)
                        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                            TextButton(onClick = { actions.acceptProposal(m.messageId) }, enabled = enabled) { Text(text["sharing-accept"]) }
                            TextButton(onClick = { actions.dismissProposal(m.messageId) }, enabled = enabled) { Text(text["sharing-dismiss"]) }
                        }
                    }
                }
            }
        }

        SectionHeading(text["sharing-contacts"])
        view.contacts.forEach { c -> ContactCard(text, screen, c, enabled, actions) }

        SectionHeading(text["sharing-pair-heading"])
        OutlinedTextField(
            value = screen.code,
            onValueChange = actions::editInviteCode,
            label = { Text(text["sharing-pair-code"]) },
            modifier = Modifier.fillMaxWidth(),
        )
        BusyButton(text["sharing-pair-button"], busy = screen.busy, enabled = screen.code.isNotBlank(), onClick = actions::pairContact)

        Text(view.pendingLabel)
        OutlinedButton(onClick = actions::syncSharing, enabled = enabled) { Text(text["sharing-sync"]) }

        if (view.ledger.isNotEmpty()) {
            SectionHeading(text["sharing-ledger"])
            view.ledger.forEach { e ->
                Column {
                    Text(e.summary)
                    Text("${e.contactName} · ${e.statusLabel}", style = MaterialTheme.typography.bodySmall)
                    Text(e.agreementLabel, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        TextButton(onClick = actions::closeSharing) { Text(text["sharing-close"]) }
    }
}

@Composable
private fun ContactCard(text: UiText, screen: Screen.Sharing, sc: SharingContact, enabled: Boolean, actions: SharingActions) {
    val c = sc.contact
    val choices = screen.view.choices
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(sc.label, style = MaterialTheme.typography.titleMedium)
            if (c.frozen) Text(text["sharing-frozen"])
            if (c.verified) {
                Text(text["sharing-verified"])
            } else {
                Text(text["sharing-safety"])
                Text(sc.safetyNumber.joinToString(" "), style = MaterialTheme.typography.titleSmall)
                TextButton(onClick = { actions.markVerified(c.id) }, enabled = enabled) { Text(text["sharing-matches"]) }
            }
            // Only agreements still running: the core leaves out the ones she stopped.
            sc.agreements.forEach { g ->
                Text(g.summary)
                TextButton(onClick = { actions.stopSharing(g.id) }, enabled = enabled) { Text(text["sharing-stop"]) }
            }
            if (sc.canShare) {
                val form = screen.form
                Text(text["sharing-choose"])
                choices.categories.forEach { choice ->
                    ChoiceRow(choice.label, selected = choice.category in form.categories) { actions.toggleShare(choice.category) }
                }
                if (form.asksKinds) {
                    // Family time, court or legal and social worker meetings start unticked: the core's defaults.
                    Text(text["sharing-kinds"])
                    choices.appointmentKinds.forEach { k ->
                        ChoiceRow(k.label, selected = k.kind in form.kinds) { actions.toggleShareKind(k.kind) }
                    }
                }
                Text(text["sharing-why"])
                choices.purposes.forEach { p ->
                    ChoiceRow(p.label, selected = form.purpose == p.purpose, radio = true) { actions.choosePurpose(p.purpose) }
                }
                val preview = form.preview
                if (preview != null && form.previewing(c.id)) {
                    // The core's words: what they will see, and what they will not.
                    Text(preview.heading, style = MaterialTheme.typography.titleSmall)
                    preview.shared.forEach { Text(it, Modifier.padding(start = 12.dp)) }
                    Text(preview.notSharedHeading, style = MaterialTheme.typography.titleSmall)
                    preview.notShared.forEach { Text(it, Modifier.padding(start = 12.dp)) }
                    BusyButton(text["sharing-share-button"], busy = screen.busy, enabled = true, onClick = { actions.shareWith(c.id) })
                    TextButton(onClick = actions::changeShare, enabled = enabled) { Text(text["sharing-change"]) }
                } else {
                    BusyButton(
                        text["sharing-preview-button"],
                        busy = screen.busy,
                        enabled = form.categories.isNotEmpty(),
                        onClick = { actions.previewShare(c.id) },
                    )
                }
            }
        }
    }
}
