package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.delay
import org.alongside.app.Screen
import org.alongside.app.TodayActions
import org.alongside.app.UiText
import org.alongside.core.AppointmentStatus
import org.alongside.core.Occurrence

/**
 * The Today screen: the core's TodayView, section by section, in the core's words.
 *
 * Why this exists: it is the app's home. It renders; every tap goes to [TodayActions] and
 * comes back as a new TodayView. It refreshes every minute so "now" and "later" stay true.
 * A medicine an alert asked to show opens over it in a sheet. The core's question about
 * days with nothing logged sits with today's doses, and its question before changing a
 * logged dose is a dialog.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun TodayScreen(text: UiText, state: Screen.Today, actions: TodayActions) {
    val view = state.view
    val enabled = !state.busy
    val exactAlarms = rememberExactAlarmsAllowed()
    AskForNotificationsOnce()
    LaunchedEffect(Unit) {
        while (true) {
            delay(60_000)
            actions.refresh()
        }
    }
    Scaffold(
        topBar = {
            TopAppBar(
                title = { Text(text["today-title"]) },
                actions = { LockButton(text["lock-button"], actions::lock) },
            )
        },
    ) { padding ->
        LazyColumn(
            contentPadding = PaddingValues(
                start = 16.dp,
                end = 16.dp,
                top = padding.calculateTopPadding() + 8.dp,
                bottom = padding.calculateBottomPadding() + 24.dp,
            ),
            verticalArrangement = Arrangement.spacedBy(12.dp),
            modifier = Modifier.fillMaxSize(),
        ) {
            if (state.busy) item { LinearProgressIndicator(Modifier.fillMaxWidth()) }
            state.error?.let { item { ErrorMessage(it) } }
            if (!exactAlarms) item { ExactAlarmNotice(text) }
            if (view.alerts.isNotEmpty()) {
                item { SectionHeading(text["today-alerts"]) }
                items(view.alerts) { AlertCard(text, it, enabled, actions) }
            }
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                    OutlinedButton(onClick = actions::openCrisis) { Text(text["support-crisis-button"]) }
                    OutlinedButton(onClick = actions::openSupport, enabled = enabled) { Text(text["support-open"]) }
                }
            }
            // Sharing, services and guidance are in the tab bar and More, not repeated here.
            // Support mode: her next family time, then her own care, as the core offers them.
            view.support.nextFamilyTimeLabel?.let { item { SectionHeading(it) } }
            view.support.heading?.let { heading ->
                item { SectionHeading(heading) }
                view.support.intro?.let { item { Text(it) } }
                items(view.support.offers) { SupportOfferCard(it, enabled, actions) }
            }

            if (view.happeningNow.isEmpty() && view.laterToday.isEmpty() && view.earlierToday.isEmpty()) {
                item { Text(text["today-nothing"], modifier = Modifier.padding(vertical = 8.dp)) }
            }
            appointments(text, text["today-now"], view.happeningNow, withDay = false, enabled, actions, canMark = true)
            appointments(text, text["today-later"], view.laterToday, withDay = false, enabled, actions, canMark = false)

            item { SectionHeading(text["today-doses"]) }
            items(view.doseQuestions) { DoseQuestionCard(it, enabled, actions) }
            if (view.doses.isEmpty()) item { Text(text["today-no-doses"]) }
            items(view.doses) { dose ->
                DoseCard(
                    text,
                    dose,
                    enabled,
                    onLog = { status -> actions.logDose(dose, status) },
                    onPart = { amount -> actions.logDosePart(dose, amount) },
                )
            }

            appointments(text, text["today-earlier"], view.earlierToday, withDay = false, enabled, actions, canMark = true)
            item { SectionHeading(text["today-next-days"]) }
            if (view.nextDays.isEmpty()) item { Text(text["today-nothing-next"]) }
            appointments(text, null, view.nextDays, withDay = true, enabled, actions, canMark = false)
            item { WeekCard(text, view.week) }
        }
    }
    state.medicine?.let { MedicineSheet(text, it, view.doses, onClose = actions::closeMedicine) }
    // The core asks before a logged dose changes; nothing changes unless she says yes.
    state.confirm?.let { confirm ->
        AlertDialog(
            onDismissRequest = actions::keepDose,
            text = { Text(confirm.question) },
            confirmButton = { TextButton(onClick = actions::confirmDoseChange) { Text(confirm.confirmLabel) } },
            dismissButton = { TextButton(onClick = actions::keepDose) { Text(confirm.cancelLabel) } },
        )
    }
}

/** One section of appointments under [title] (if any); nothing at all when it is empty. */
private fun LazyListScope.appointments(
    text: UiText,
    title: String?,
    occurrences: List<Occurrence>,
    withDay: Boolean,
    enabled: Boolean,
    actions: TodayActions,
    canMark: Boolean,
) {
    if (occurrences.isEmpty()) return
    title?.let { item { SectionHeading(it) } }
    items(occurrences) { o ->
        Column {
            AppointmentCard(
                text = text,
                occurrence = o,
                withDay = withDay,
                enabled = enabled,
                onMark = { status: AppointmentStatus -> actions.markAppointment(o, status) }.takeIf { canMark },
            )
            TextButton(onClick = { actions.openAppointment(o) }, enabled = enabled) { Text(text["diary-open-appointment"]) }
        }
    }
}
