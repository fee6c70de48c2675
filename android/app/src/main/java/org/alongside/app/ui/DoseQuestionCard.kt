package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
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
import org.alongside.app.DoseQuestionActions
import org.alongside.core.DoseQuestion

/**
 * The core's question about days of her medicine with nothing logged ("Did you have your
 * methadone on Friday, Saturday and Sunday?"), with an answer for each day, for all of
 * them at once, and "Not now". Why this exists: the tolerance warning is only as honest
 * as the log, so Today (and the diary) asks, once; every word and choice is the core's.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun DoseQuestionCard(question: DoseQuestion, enabled: Boolean, actions: DoseQuestionActions) {
    val allDates = question.days.map { it.date }
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(
                question.question,
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier.semantics { heading() },
            )
            Text(question.intro, style = MaterialTheme.typography.bodyMedium)
            for (day in question.days) {
                Text(day.label, style = MaterialTheme.typography.labelLarge)
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (choice in question.answers) {
                        // Each button says its day too, for a screen reader moving button by button.
                        OutlinedButton(
                            onClick = { actions.answerDoseQuestion(question, listOf(day.date), choice.answer) },
                            enabled = enabled,
                            modifier = Modifier.semantics { contentDescription = "${day.label}: ${choice.label}" },
                        ) { Text(choice.label) }
                    }
                }
            }
            if (question.allAnswers.isNotEmpty()) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (choice in question.allAnswers) {
                        OutlinedButton(
                            onClick = { actions.answerDoseQuestion(question, allDates, choice.answer) },
                            enabled = enabled,
                        ) { Text(choice.label) }
                    }
                }
            }
            TextButton(onClick = { actions.dismissDoseQuestion(question) }, enabled = enabled) {
                Text(question.dismissLabel)
            }
        }
    }
}
