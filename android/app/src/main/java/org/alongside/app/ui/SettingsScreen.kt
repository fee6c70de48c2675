package org.alongside.app.ui

import android.content.Intent
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.alongside.app.SettingsState
import org.alongside.app.UiText
import org.alongside.app.models.SettingsViewModel

/**
 * Settings: what reminders say (discreet by default), where a quick exit goes, her time
 * zone, her passcode, a copy of her diary through the share sheet, the service directory
 * (a file she picks, the sample, updates), her baby's situation and her dates, forgetting
 * old entries, and deleting the diary. Every choice and
 * word is the core's (`settings_view`); this screen renders and forwards taps, and hands
 * files to Android. (iOS: SettingsScreen.swift.)
 */
@Composable
fun SettingsScreen(text: UiText, s: SettingsState, model: SettingsViewModel) {
    val view = s.view
    val enabled = !s.busy
    val share by model.share.collectAsStateWithLifecycle()
    val shareSheet = rememberLauncherForActivityResult(ActivityResultContracts.StartActivityForResult()) { model.shareClosed() }
    val picker = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri -> uri?.let(model::install) }
    LaunchedEffect(share) {
        val file = share ?: return@LaunchedEffect
        val send = Intent(Intent.ACTION_SEND)
            .setType(file.mimeType)
            .putExtra(Intent.EXTRA_STREAM, file.uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        model.leavingForSystemScreen()
        shareSheet.launch(Intent.createChooser(send, null))
    }
    FormScreen(view.title) {
        if (s.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        s.error?.let { ErrorMessage(it) }
        s.notice?.let { Text(it, style = MaterialTheme.typography.titleSmall) }

        SectionHeading(view.notifications.heading)
        view.notifications.choices.forEach { c ->
            ChoiceRow("${c.label}\n${c.detail}", selected = view.notifications.current == c.wording, radio = true) {
                if (enabled) model.setWording(c.wording)
            }
        }

        val exit = view.quickExit
        SectionHeading(exit.heading)
        Text(exit.explainer)
        exit.choices.forEach { c ->
            ChoiceRow("${c.label}\n${c.detail}", selected = exit.current == c.destination, radio = true) {
                if (enabled) model.setQuickExit(c.destination)
            }
        }
        Text(exit.limits)

        SectionHeading(view.timeZone.heading)
        Text(view.timeZone.explainer)
        view.timeZone.choices.forEach { c ->
            ChoiceRow(c.label, selected = view.timeZone.current == c.zone, radio = true) { if (enabled) model.setTimeZone(c.zone) }
        }

        val words = view.passcode
        SectionHeading(words.heading)
        PasscodeField(s.passcode.current, { model.editPasscode(s.passcode.copy(current = it)) }, words.currentLabel, enabled, ImeAction.Next)
        PasscodeField(s.passcode.new, { model.editPasscode(s.passcode.copy(new = it)) }, words.newLabel, enabled, ImeAction.Next)
        PasscodeField(s.passcode.again, { model.editPasscode(s.passcode.copy(again = it)) }, words.againLabel, enabled, ImeAction.Done)
        BusyButton(words.button, busy = s.busy, enabled = s.passcode.current.isNotEmpty() && s.passcode.new.isNotEmpty(), onClick = model::changePasscode)

        SectionHeading(view.export.heading)
        Text(view.export.explainer)
        view.export.choices.forEach { c ->
            Text(c.label, style = MaterialTheme.typography.titleSmall)
            Text(c.detail, style = MaterialTheme.typography.bodyMedium)
            OutlinedButton(
                onClick = { model.export(c.format) },
                enabled = enabled,
                modifier = Modifier.semantics { contentDescription = "${view.export.button}: ${c.label}" },
            ) { Text(view.export.button) }
        }

        val dir = view.directory
        SectionHeading(dir.heading)
        Text(dir.statusLabel)
        Text(dir.installDetail, style = MaterialTheme.typography.bodyMedium)
        OutlinedButton(onClick = {
            model.leavingForSystemScreen()
            picker.launch(arrayOf("*/*"))
        }, enabled = enabled) { Text(dir.installLabel) }
        SwitchRow(dir.sampleLabel, dir.sampleDetail, dir.sampleOn, enabled && (dir.sampleAvailable || dir.sampleOn), model::setSample)
        CoreTextField(null, s.updatesAddress, null, model::editUpdatesAddress, {}, label = dir.addressLabel)
        SwitchRow(dir.updatesLabel, dir.updatesDetail, dir.updatesOn, enabled, model::setUpdates)
        if (dir.updatesOn) OutlinedButton(onClick = model::checkForUpdate, enabled = enabled) { Text(dir.checkNowLabel) }
        dir.lastCheckedLabel?.let { Text(it, style = MaterialTheme.typography.bodySmall) }

        val baby = view.baby
        SectionHeading(baby.heading)
        Text(baby.explainer)
        Text(baby.current.statusLabel, style = MaterialTheme.typography.titleSmall)
        baby.current.sinceLabel?.let { Text(it) }
        baby.choices.forEach { c ->
            ChoiceRow(c.label, selected = s.babyStatus == c.status, radio = true) { model.editBaby(c.status, s.babySince) }
        }
        CoreDateField(text, null, s.babySince, null, withTime = false, { model.editBaby(s.babyStatus, it) }, {}, label = baby.sinceLabel)
        BusyButton(baby.saveLabel, busy = s.busy, enabled = true, onClick = model::saveBaby)

        val dates = view.dates
        SectionHeading(dates.heading)
        dates.current.dueDateLabel?.let { Text(it) }
        dates.current.babyBornLabel?.let { Text(it) }
        CoreDateField(text, null, s.dueDate, null, withTime = false, { model.editDates(it, s.bornDate) }, {}, label = dates.dueLabel)
        CoreDateField(text, null, s.bornDate, null, withTime = false, { model.editDates(s.dueDate, it) }, {}, label = dates.bornLabel)
        Text(dates.current.message, style = MaterialTheme.typography.bodyMedium)
        BusyButton(dates.saveLabel, busy = s.busy, enabled = true, onClick = model::saveDates)

        val forget = view.forget
        SectionHeading(forget.heading)
        Text(forget.explainer)
        forget.choices.forEach { c ->
            ChoiceRow(c.label, selected = (s.forgetMonths ?: forget.currentMonths) == c.months, radio = true) {
                if (enabled) model.chooseForget(c.months)
            }
        }
        s.forget?.let { preview ->
            Text(preview.summary, style = MaterialTheme.typography.titleSmall)
            Text(preview.teamNote)
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                BusyButton(forget.confirmLabel, busy = s.busy, enabled = enabled, onClick = model::confirmForget)
                OutlinedButton(onClick = model::cancelForget, enabled = enabled) { Text(text["settings-forget-keep"]) }
            }
        }

        SectionHeading(view.wipe.heading)
        Text(view.wipe.explainer)
        OutlinedButton(onClick = model::wipe, enabled = enabled) { Text(view.wipe.button) }
    }
}

/** A setting she turns on or off: its words beside the switch, the whole row at least 48 dp. */
@Composable
private fun SwitchRow(label: String, detail: String, on: Boolean, enabled: Boolean, onChange: (Boolean) -> Unit) {
    Row(
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) {
        Column(Modifier.weight(1f)) {
            Text(label)
            Text(detail, style = MaterialTheme.typography.bodySmall)
        }
        Switch(
            checked = on,
            onCheckedChange = onChange,
            enabled = enabled,
            modifier = Modifier.semantics { contentDescription = label },
        )
    }
}
