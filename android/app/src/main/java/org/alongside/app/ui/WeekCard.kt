package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.UiText
import org.alongside.core.WeekSummary

/** This week's load, in the core's sentence. Why this exists: the burden-of-care signal on Today. */
@Composable
fun WeekCard(text: UiText, week: WeekSummary) {
    OutlinedCard(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            SectionHeading(text["today-week"])
            Text(week.summary)
            week.busyDays.forEach { Text(it.label) }
        }
    }
}
