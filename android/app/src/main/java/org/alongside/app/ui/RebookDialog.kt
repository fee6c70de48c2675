package org.alongside.app.ui

import android.text.format.DateFormat
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.DatePicker
import androidx.compose.material3.DatePickerDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimePicker
import androidx.compose.material3.rememberDatePickerState
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.platform.LocalContext
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneOffset
import java.util.Locale

/**
 * Picks the day, then the time, of a new appointment; hands back local
 * "YYYY-MM-DDTHH:MM", the form the core takes. Why this exists: the one-tap rebook of a
 * missed appointment. The core checks the time; the buttons use the alert's own words.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun RebookDialog(confirmLabel: String, cancelLabel: String, onPicked: (String) -> Unit, onCancel: () -> Unit) {
    var day by remember { mutableStateOf<LocalDate?>(null) }
    val picked = day
    if (picked == null) {
        val dateState = rememberDatePickerState()
        DatePickerDialog(
            onDismissRequest = onCancel,
            confirmButton = {
                TextButton(
                    onClick = {
                        // The picker reports midnight UTC of the chosen day.
                        dateState.selectedDateMillis?.let {
                            day = Instant.ofEpochMilli(it).atZone(ZoneOffset.UTC).toLocalDate()
                        }
                    },
                    enabled = dateState.selectedDateMillis != null,
                ) { Text(confirmLabel) }
            },
            dismissButton = { TextButton(onClick = onCancel) { Text(cancelLabel) } },
        ) {
            DatePicker(state = dateState, title = null, headline = null, showModeToggle = false)
        }
    } else {
        val now = LocalTime.now()
        val timeState = rememberTimePickerState(
            initialHour = now.hour,
            initialMinute = 0,
            is24Hour = DateFormat.is24HourFormat(LocalContext.current),
        )
        AlertDialog(
            onDismissRequest = onCancel,
            confirmButton = {
                TextButton(onClick = {
                    onPicked(String.format(Locale.ROOT, "%sT%02d:%02d", picked, timeState.hour, timeState.minute))
                }) { Text(confirmLabel) }
            },
            dismissButton = { TextButton(onClick = onCancel) { Text(cancelLabel) } },
            text = { TimePicker(state = timeState) },
        )
    }
}
