package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.MedicineList
import org.alongside.app.UiText
import org.alongside.app.models.MedicinesViewModel

/**
 * Her medicines, each with its dose now and how she collects it, in the core's words; one
 * tap opens a medicine, another adds one. (iOS: MedicinesScreen.swift.)
 */
@Composable
fun MedicinesScreen(text: UiText, list: MedicineList, model: MedicinesViewModel) {
    FormScreen(text["nav-more-medicines"]) {
        if (list.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        list.error?.let { ErrorMessage(it) }
        if (list.medicines.isEmpty()) Text(text["medicines-none"])
        list.medicines.forEach { m ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(m.name, style = MaterialTheme.typography.titleMedium)
                    Text(m.current.amountLabel)
                    Text(m.current.scheduleLabel, style = MaterialTheme.typography.bodyMedium)
                    Text(m.collectionLabel, style = MaterialTheme.typography.bodyMedium)
                    TextButton(onClick = { model.open(m.id) }) { Text(text["medicine-history"]) }
                }
            }
        }
        Button(onClick = model::add) { Text(text["medicine-form-add"]) }
    }
}
