package org.alongside.app.reminders

import org.alongside.core.RestartReminder
import java.time.Instant
import java.util.Base64

/**
 * The reminders to set again after the phone restarts, as the text of a small file kept
 * outside the vault.
 *
 * Why this exists: Android forgets alarms at a restart and the vault is locked then, so the
 * core's discreet copy of her reminders (`restartReminders`: numbers, times and the discreet
 * words, nothing else) is kept where the restart receiver can read it before she unlocks.
 * Reading is bounded and forgiving: a damaged or oversized file sets nothing and never
 * crashes. Kept free of Android types so it is tested on the JVM.
 */
class RestartPlan(val reminders: List<RestartReminder>) {
    /** The reminders still to come at [now]; one whose time passed while the phone was off is not shown late. */
    fun due(now: Instant): List<RestartReminder> = reminders.filter { it.fireAt.isAfter(now) }

    /** The file's text: a header line, then one line per reminder. */
    fun encode(): String = buildString {
        append(HEADER).append('\n')
        for (r in reminders.take(MAX_REMINDERS)) {
            append(r.numericId).append('\t')
                .append(r.fireAt.toEpochMilli()).append('\t')
                .append(words.encodeToString(r.title.toByteArray(Charsets.UTF_8))).append('\t')
                .append(words.encodeToString(r.body.toByteArray(Charsets.UTF_8))).append('\n')
        }
    }

    companion object {
        private const val HEADER = "alongside-restart-reminders 1"

        /** As many as the scheduler ever sets (its MAX_ALARMS). */
        const val MAX_REMINDERS = 400

        /** Far more than [MAX_REMINDERS] lines of discreet words take; a larger file is not ours. */
        const val MAX_BYTES = 64 * 1024

        private val words = Base64.getUrlEncoder().withoutPadding()

        /** Reads a file's text; anything it cannot read (another version, a damaged line) is left out. */
        fun decode(text: String): RestartPlan {
            if (text.length > MAX_BYTES) return RestartPlan(emptyList())
            val lines = text.split('\n')
            if (lines.firstOrNull() != HEADER) return RestartPlan(emptyList())
            return RestartPlan(lines.drop(1).asSequence().mapNotNull(::line).take(MAX_REMINDERS).toList())
        }

        private fun line(line: String): RestartReminder? {
            val parts = line.split('\t')
            if (parts.size != 4) return null
            return try {
                RestartReminder(
                    numericId = parts[0].toInt(),
                    fireAt = Instant.ofEpochMilli(parts[1].toLong()),
                    title = String(Base64.getUrlDecoder().decode(parts[2]), Charsets.UTF_8),
                    body = String(Base64.getUrlDecoder().decode(parts[3]), Charsets.UTF_8),
                )
            } catch (e: IllegalArgumentException) {
                null // a number or the words damaged (NumberFormatException is one too)
            } catch (e: java.time.DateTimeException) {
                null
            }
        }
    }
}
