package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.UiText
import org.alongside.core.DoseStatus
import org.alongside.core.DoseView

/**
 * One of today's doses: medicine, which dose, when, how much, and what she has logged (in
 * words, never only a colour). Why this exists: the dose row on Today, with one tap to log
 * it. The buttons stay after she has logged: a different answer over a logged dose makes
 * the core ask first (Today shows its question), and the clocks' words show when they
 * change over the dose's time. After "Partly taken" she may tap about how much she took,
 * from the core's `partChoices`.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun DoseCard(
    text: UiText,
    dose: DoseView,
    enabled: Boolean,
    onLog: (DoseStatus) -> Unit,
    onPart: (Double) -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(dose.medicineName, style = MaterialTheme.typography.titleMedium)
            Text(listOfNotNull(dose.slotLabel, dose.scheduledTime, dose.amountLabel).joinToString(" · "))
            dose.clockChangeLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            Text(dose.placeLabel, style = MaterialTheme.typography.bodyMedium)
            Text(
                listOfNotNull(dose.stateLabel, dose.amountTakenLabel).joinToString(" · "),
                style = MaterialTheme.typography.labelLarge,
            )
            if (dose.loggable && dose.partChoices.isNotEmpty()) {
                Text(text["dose-part-prompt"], style = MaterialTheme.typography.bodyMedium)
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    dose.partChoices.forEach { part ->
                        OutlinedButton(onClick = { onPart(part.amount) }, enabled = enabled) { Text(part.label) }
                    }
                }
            }
            if (dose.loggable) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Button(onClick = { onLog(DoseStatus.TAKEN) }, enabled = enabled) { Text(text["dose-take"]) }
                    OutlinedButton(onClick = { onLog(DoseStatus.MISSED) }, enabled = enabled) { Text(text["dose-miss"]) }
                    TextButton(onClick = { onLog(DoseStatus.PARTLY_TAKEN) }, enabled = enabled) { Text(text["dose-partly"]) }
                    TextButton(onClick = { onLog(DoseStatus.VOMITED) }, enabled = enabled) { Text(text["dose-vomited"]) }
                }
            }
        }
    }
}
