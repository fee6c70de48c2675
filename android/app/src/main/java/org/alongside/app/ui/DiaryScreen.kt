package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.alongside.app.DiaryAgenda
import org.alongside.app.UiText
import org.alongside.app.models.DiaryViewModel
import org.alongside.core.AppointmentStatus
import org.alongside.core.DiaryAppointment
import org.alongside.core.DiaryPage

/**
 * The diary: a week, a month or dates, day by day, with what needs her attention first.
 * The pages either side, their words and every date are the core's (`diary`); this screen
 * renders and forwards taps. (iOS: DiaryScreen.swift.)
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun DiaryScreen(text: UiText, agenda: DiaryAgenda, model: DiaryViewModel) {
    val view = agenda.view
    val enabled = !agenda.busy
    LazyColumn(
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
        modifier = Modifier.fillMaxSize(),
    ) {
        item {
            Text(view.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
        }
        if (agenda.busy) item { LinearProgressIndicator(Modifier.fillMaxWidth()) }
        agenda.error?.let { item { ErrorMessage(it) } }
        item {
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                PageButton(view.previous, enabled, model)
                if (!view.includesToday) PageButton(view.thisPeriod, enabled, model)
                PageButton(view.next, enabled, model)
                PageButton(view.week, enabled, model)
                PageButton(view.month, enabled, model)
            }
        }
        item { Button(onClick = model::add) { Text(text["diary-add-appointment"]) } }
        val attention = view.attention
        if (attention.unmarked.isNotEmpty() || attention.alerts.isNotEmpty() || attention.doseQuestions.isNotEmpty()) {
            item { SectionHeading(attention.heading) }
            items(attention.alerts) { Text(it.title, style = MaterialTheme.typography.titleSmall) }
            items(attention.doseQuestions) { DoseQuestionCard(it, enabled, model) }
            items(attention.unmarked) { a -> DiaryAppointmentItem(text, a, a.occurrence.startLocal.substringBefore('T'), enabled, model, withDay = true) }
        }
        item { Text(view.summary) }
        view.emptyLabel?.let { item { Text(it) } }
        view.days.forEach { day ->
            item { SectionHeading(day.label) }
            items(day.appointments) { a -> DiaryAppointmentItem(text, a, day.date, enabled, model, withDay = false) }
            items(day.doses) { dose ->
                Text("${dose.slotLabel}: ${dose.medicineName}, ${dose.amountLabel}. ${dose.stateLabel}")
            }
            day.emptyLabel?.let { item { Text(it, style = MaterialTheme.typography.bodyMedium) } }
        }
    }
}

/** A page of the diary; the button reads the page's full title to screen readers. */
@Composable
private fun PageButton(page: DiaryPage, enabled: Boolean, model: DiaryViewModel) {
    OutlinedButton(
        onClick = { model.go(page) },
        enabled = enabled,
        modifier = Modifier.semantics { contentDescription = page.title },
    ) { Text(page.label) }
}

/** One date of an appointment: the card, marking it when it can be, and opening it in full. */
@Composable
private fun DiaryAppointmentItem(
    text: UiText,
    a: DiaryAppointment,
    date: String,
    enabled: Boolean,
    model: DiaryViewModel,
    withDay: Boolean,
) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        a.markQuestion?.let { Text(it, style = MaterialTheme.typography.titleSmall) }
        AppointmentCard(
            text = text,
            occurrence = a.occurrence,
            withDay = withDay,
            enabled = enabled,
            onMark = { status: AppointmentStatus -> model.mark(a, status) }.takeIf { a.canMark },
        )
        if (a.canRestore) {
            TextButton(onClick = { model.mark(a, AppointmentStatus.PLANNED) }, enabled = enabled) { Text(text["diary-restore"]) }
        }
        TextButton(onClick = { model.open(a, date) }, enabled = enabled) { Text(text["diary-open-appointment"]) }
    }
}
