package org.alongside.app.reminders

import org.alongside.core.Reminder

/**
 * What to change in the phone's alarms so they match the core's reminders.
 *
 * Why this exists: scheduling must be idempotent. Every reminder the core returns is
 * (re)scheduled under its stable numeric id, which replaces any alarm already set for it,
 * and alarms set earlier whose ids the core no longer returns (a dose logged, an
 * appointment cancelled) are cancelled. Kept free of Android types so it reads on its own.
 */
data class ReminderPlan(val schedule: List<Reminder>, val cancel: Set<Int>) {
    /** The ids that are set once the plan is applied. */
    val scheduledIds: Set<Int> get() = schedule.mapTo(HashSet()) { it.numericId }

    companion object {
        /**
         * [wanted] as the core returned it (in firing order), limited to the first [limit]
         * so the app stays under Android's cap on alarms per app; the rest are set at a
         * later reschedule, long before they are due.
         */
        fun between(previous: Set<Int>, wanted: List<Reminder>, limit: Int): ReminderPlan {
            val kept = wanted.distinctBy { it.numericId }.take(limit)
            val ids = kept.mapTo(HashSet()) { it.numericId }
            return ReminderPlan(kept, previous - ids)
        }
    }
}
