package org.alongside.app

import org.alongside.core.Reminder
import org.alongside.core.ReminderKind
import java.time.Instant

// Records as the core hands them over, built in Kotlin so these tests need no native
// library: they check only what the shell does with the records.

fun reminder(id: Int, at: String = "2026-11-24T09:00:00Z"): Reminder = Reminder(
    id = "dose:$id",
    numericId = id,
    fireAt = Instant.parse(at),
    title = "Alongside",
    body = "You have a reminder",
    kind = ReminderKind.DOSE,
    appointmentId = null,
    occurrence = null,
    medicineId = "m1",
)
