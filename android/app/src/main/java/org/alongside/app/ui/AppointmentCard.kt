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
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.UiText
import org.alongside.core.AppointmentStatus
import org.alongside.core.Occurrence

/**
 * One appointment as the core describes it: title, when, kind, where, with whom and its
 * status in words, and what else meets at its venue that day. Why this exists: the same card in every Today section. [withDay] adds
 * the day for appointments on other days. With [onMark] (for appointments that have
 * started) she can say she went or missed it.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun AppointmentCard(
    text: UiText,
    occurrence: Occurrence,
    withDay: Boolean,
    enabled: Boolean,
    onMark: ((AppointmentStatus) -> Unit)?,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(occurrence.title, style = MaterialTheme.typography.titleMedium)
            if (withDay) Text(occurrence.dateLabel)
            Text(occurrence.timeLabel)
            occurrence.clockChangeLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            Text(occurrence.kindLabel, style = MaterialTheme.typography.bodyMedium)
            occurrence.location?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            // What else meets at the same venue that day, so one trip can cover more.
            occurrence.place?.alsoThereLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            occurrence.withWhom?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            Text(occurrence.statusLabel, style = MaterialTheme.typography.labelLarge)
            occurrence.movedFromLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            if (onMark != null) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    OutlinedButton(onClick = { onMark(AppointmentStatus.ATTENDED) }, enabled = enabled) {
                        Text(text["appointment-went"])
                    }
                    OutlinedButton(onClick = { onMark(AppointmentStatus.MISSED) }, enabled = enabled) {
                        Text(text["appointment-missed"])
                    }
                }
            }
        }
    }
}
