package org.alongside.app.ui

import android.text.format.DateFormat
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.DateRange
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.DatePicker
import androidx.compose.material3.DatePickerDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
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
import org.alongside.app.DateTimeText
import org.alongside.app.UiText
import org.alongside.core.FormField
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneOffset

/**
 * A date field of a core form (or a date and time, with [withTime]): she can type it, or
 * choose it with the phone's pickers from the button beside it. Either way the field holds
 * the form the core takes, and the core checks it.
 */
@Composable
fun CoreDateField(
    text: UiText,
    field: FormField?,
    value: String,
    problem: String?,
    withTime: Boolean,
    onChange: (String) -> Unit,
    onLeave: () -> Unit,
    label: String? = null,
) {
    var choosing by remember { mutableStateOf(false) }
    CoreTextField(
        field,
        value,
        problem,
        onChange,
        onLeave,
        label = label,
        trailing = {
            IconButton(onClick = { choosing = true }) {
                Icon(Icons.Filled.DateRange, contentDescription = text["form-choose-date"])
            }
        },
    )
    if (choosing) {
        DateTimeDialog(
            text,
            initial = value,
            withTime = withTime,
            onPicked = {
                choosing = false
                onChange(it)
                onLeave()
            },
            onCancel = { choosing = false },
        )
    }
}

/** The phone's date picker, then (with [withTime]) its time picker, starting on what the field holds. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun DateTimeDialog(text: UiText, initial: String, withTime: Boolean, onPicked: (String) -> Unit, onCancel: () -> Unit) {
    var day by remember { mutableStateOf<LocalDate?>(null) }
    val picked = day
    if (picked == null) {
        // The picker works in midnight UTC of the chosen day.
        val dateState = rememberDatePickerState(
            initialSelectedDateMillis = DateTimeText.date(initial)?.atStartOfDay(ZoneOffset.UTC)?.toInstant()?.toEpochMilli(),
        )
        DatePickerDialog(
            onDismissRequest = onCancel,
            confirmButton = {
                TextButton(
                    onClick = {
                        dateState.selectedDateMillis?.let {
                            val date = Instant.ofEpochMilli(it).atZone(ZoneOffset.UTC).toLocalDate()
                            if (withTime) day = date else onPicked(DateTimeText.format(date, null))
                        }
                    },
                    enabled = dateState.selectedDateMillis != null,
                ) { Text(text["form-choose-done"]) }
            },
            dismissButton = { TextButton(onClick = onCancel) { Text(text["form-choose-cancel"]) } },
        ) {
            DatePicker(state = dateState)
        }
    } else {
        val start = DateTimeText.time(initial) ?: LocalTime.of(10, 0)
        val timeState = rememberTimePickerState(
            initialHour = start.hour,
            initialMinute = start.minute,
            is24Hour = DateFormat.is24HourFormat(LocalContext.current),
        )
        AlertDialog(
            onDismissRequest = onCancel,
            confirmButton = {
                TextButton(onClick = { onPicked(DateTimeText.format(picked, LocalTime.of(timeState.hour, timeState.minute))) }) {
                    Text(text["form-choose-done"])
                }
            },
            dismissButton = { TextButton(onClick = onCancel) { Text(text["form-choose-cancel"]) } },
            text = { TimePicker(state = timeState) },
        )
    }
}
