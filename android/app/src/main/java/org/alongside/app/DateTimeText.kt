package org.alongside.app

import java.time.LocalDate
import java.time.LocalTime
import java.util.Locale

/**
 * Between what a date field holds ("YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" for a date and time,
 * the forms the core takes) and what the phone's date and time pickers give.
 *
 * Why this exists: the pickers only help her type; the core still checks what the field
 * holds. Text that isn't a date starts the picker on no date, and is kept if she cancels.
 */
object DateTimeText {
    /** The date the field holds, if it holds one. */
    fun date(text: String): LocalDate? = runCatching { LocalDate.parse(text.trim().take(10)) }.getOrNull()

    /** The time the field holds after its date ("…T10:30"), if it holds one. */
    fun time(text: String): LocalTime? =
        text.trim().substringAfter('T', "").takeIf { it.isNotEmpty() }?.let { runCatching { LocalTime.parse(it) }.getOrNull() }

    /** What the field holds after she picked [date] (and [time], for a date-and-time field). */
    fun format(date: LocalDate, time: LocalTime?): String =
        if (time == null) date.toString() else String.format(Locale.ROOT, "%sT%02d:%02d", date, time.hour, time.minute)
}
