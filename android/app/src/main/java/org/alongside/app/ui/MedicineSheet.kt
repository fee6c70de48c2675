package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.ModalBottomSheet
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.UiText
import org.alongside.core.DoseView
import org.alongside.core.Medicine

/**
 * One medicine, for an alert that asks her to talk to her pharmacist or prescriber: its
 * name, how it is taken, how it is collected and the pharmacy, all in the core's words.
 *
 * Why this exists: the tolerance warning's action (`AlertAction.SHOW_MEDICINE`). Today's
 * doses of it carry the amounts in words, so they are listed under the schedule. A sheet,
 * closed by swiping down or Back, because the core has no word for a close button.
 * (iOS: MedicineSheet.swift.)
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun MedicineSheet(text: UiText, medicine: Medicine, today: List<DoseView>, onClose: () -> Unit) {
    ModalBottomSheet(onDismissRequest = onClose) {
        Column(
            verticalArrangement = Arrangement.spacedBy(8.dp),
            modifier = Modifier.fillMaxWidth().padding(start = 24.dp, end = 24.dp, bottom = 32.dp),
        ) {
            Text(medicine.name, style = MaterialTheme.typography.headlineMedium)
            SectionHeading(text["medicine-dose"])
            Text(medicine.current.scheduleLabel)
            // The scheduled doses only: log_dose takes exactly those.
            today.filter { it.medicineId == medicine.id && it.loggable }.forEach { dose ->
                Text(listOf(dose.slotLabel, dose.amountLabel).joinToString(" · "))
            }
            SectionHeading(text["medicine-collected"])
            Text(medicine.collectionLabel)
            medicine.pharmacy?.let {
                SectionHeading(text["medicine-pharmacy"])
                Text(it)
            }
        }
    }
}
