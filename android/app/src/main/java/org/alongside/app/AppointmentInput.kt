package org.alongside.app

import org.alongside.core.AppointmentDraft
import org.alongside.core.AppointmentKind
import org.alongside.core.ClockChangeChoice
import org.alongside.core.Repeat
import org.alongside.core.RepeatEnd

/**
 * What she has typed and picked on the appointment form, and the draft it makes for the
 * core.
 *
 * Why this exists: the form only collects; the core checks the draft (every problem beside
 * its field) and saves it. Blank optional text means "none"; a number of times that is not
 * a number goes as 0, which the core refuses in its words. [everyWeeks] 0 means it does not
 * repeat (the core's "Does not repeat" choice).
 */
data class AppointmentInput(
    val title: String = "",
    val kind: AppointmentKind = AppointmentKind.OTHER,
    val start: String = "",
    val timeZone: String? = null,
    val durationMinutes: UInt = 60u,
    val location: String = "",
    val venueId: String? = null,
    val withWhom: String = "",
    val notes: String = "",
    val reminders: Set<UInt> = emptySet(),
    val everyWeeks: UInt = 0u,
    val endByCount: Boolean = true,
    val until: String = "",
    val count: String = "",
    val clockChange: ClockChangeChoice? = null,
) {
    fun toggleReminder(minutes: UInt) =
        copy(reminders = if (minutes in reminders) reminders - minutes else reminders + minutes)

    /** The draft for the core; reminders in [reminderOrder], the form's order. */
    fun draft(reminderOrder: List<UInt>): AppointmentDraft = AppointmentDraft(
        title = title,
        kind = kind,
        start = start.trim(),
        timeZone = timeZone,
        durationMinutes = durationMinutes,
        location = location.trim().ifEmpty { null },
        withWhom = withWhom.trim().ifEmpty { null },
        notes = notes.trim().ifEmpty { null },
        reminderMinutesBefore = reminderOrder.filter { it in reminders } + reminders.filter { it !in reminderOrder },
        repeat = if (everyWeeks == 0u) {
            null
        } else {
            Repeat(
                everyWeeks,
                if (endByCount) RepeatEnd.Count(count.trim().toUIntOrNull() ?: 0u) else RepeatEnd.Until(until.trim()),
            )
        },
        venueId = venueId,
        clockChange = clockChange,
    )

    companion object {
        /** The form's starting values (the core's: an appointment's own, or its defaults). */
        fun from(d: AppointmentDraft): AppointmentInput {
            val end = d.repeat?.end
            return AppointmentInput(
                title = d.title,
                kind = d.kind,
                start = d.start,
                timeZone = d.timeZone,
                durationMinutes = d.durationMinutes,
                location = d.location.orEmpty(),
                venueId = d.venueId,
                withWhom = d.withWhom.orEmpty(),
                notes = d.notes.orEmpty(),
                reminders = d.reminderMinutesBefore.toSet(),
                everyWeeks = d.repeat?.everyWeeks ?: 0u,
                endByCount = end !is RepeatEnd.Until,
                until = (end as? RepeatEnd.Until)?.date.orEmpty(),
                count = (end as? RepeatEnd.Count)?.occurrences?.toString().orEmpty(),
                clockChange = d.clockChange,
            )
        }
    }
}
