package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import org.alongside.app.TodayActions
import org.alongside.app.UiText
import org.alongside.core.Alert
import org.alongside.core.AlertAction

/**
 * Something on Today that needs her attention, exactly as the core words it: title, body,
 * what to do straight away if something is wrong, and where the advice comes from.
 *
 * Why this exists: alerts carry clinical statements, so the safety net and sources are
 * always shown with them. The core names the action: rebooking picks a new time for a
 * missed appointment; showing the medicine opens its details (pharmacy, how it is
 * collected) so she knows who to talk to.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun AlertCard(text: UiText, alert: Alert, enabled: Boolean, actions: TodayActions) {
    var picking by remember { mutableStateOf(false) }
    Card(
        colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer),
        modifier = Modifier.fillMaxWidth(),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            SectionHeading(alert.title)
            Text(alert.body)
            alert.safetyNet?.let {
                Text(text["alert-safety-heading"], style = MaterialTheme.typography.labelLarge)
                Text(it, fontWeight = FontWeight.SemiBold)
            }
            if (alert.sources.isNotEmpty()) {
                Text(text["alert-sources-heading"], style = MaterialTheme.typography.labelLarge)
                alert.sources.forEach { source ->
                    Text(source.citation, style = MaterialTheme.typography.bodySmall)
                }
            }
            alert.checkedLabel?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                alert.actionLabel?.let { label ->
                    val onAction = {
                        when (alert.action) {
                            AlertAction.REBOOK_APPOINTMENT -> picking = true
                            AlertAction.SHOW_MEDICINE -> actions.showMedicine(alert)
                        }
                    }
                    Button(onClick = onAction, enabled = enabled) { Text(label) }
                }
                alert.articleId?.let { id ->
                    TextButton(onClick = { actions.openArticle(id) }, enabled = enabled) { Text(text["support-offer-read"]) }
                }
                if (alert.action == AlertAction.REBOOK_APPOINTMENT) {
                    alert.dismissLabel?.let { label ->
                        TextButton(onClick = { actions.dismissFollowUp(alert) }, enabled = enabled) { Text(label) }
                    }
                }
            }
        }
    }
    if (picking) {
        RebookDialog(
            confirmLabel = alert.actionLabel.orEmpty(),
            cancelLabel = alert.dismissLabel.orEmpty(),
            onPicked = { start ->
                picking = false
                actions.rebook(alert, start)
            },
            onCancel = { picking = false },
        )
    }
}
