package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.TodayActions
import org.alongside.core.SupportOffer

/**
 * One support-mode offer for her own care, exactly as the core words it, with where its
 * advice comes from.
 *
 * Why this exists: while her baby is not with her, Today offers her own care instead of
 * baby-feeding prompts. The core decides which offers show and drafts the 6 to 8 week
 * check; the card only renders: "Read more" opens the article the core names, and the
 * other button saves the core's draft.
 */
@Composable
fun SupportOfferCard(offer: SupportOffer, enabled: Boolean, actions: TodayActions) {
    Card(modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            SectionHeading(offer.title)
            Text(offer.body)
            // When the check is due (6 to 8 weeks after the birth), or how to get the dates.
            offer.whenLabel?.let { Text(it) }
            offer.sources.forEach { source ->
                Text(source.citation, style = MaterialTheme.typography.bodySmall)
            }
            offer.checkedLabel?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            TextButton(onClick = { actions.openArticle(offer.articleId) }, enabled = enabled) { Text(offer.readLabel) }
            val action = offer.actionLabel
            if (action != null && offer.appointment != null) {
                OutlinedButton(onClick = { actions.addOfferedAppointment(offer) }, enabled = enabled) {
                    Text(action)
                }
            }
        }
    }
}
