package org.alongside.app

import org.alongside.app.reminders.ReminderPlan
import org.junit.Assert.assertEquals
import org.junit.Test

// Rescheduling is idempotent: the same reminders give the same alarms, and alarms the core
// no longer returns are cancelled.
class ReminderPlanTest {
    @Test
    fun the_same_reminders_twice_cancel_nothing() {
        val wanted = listOf(reminder(1), reminder(2))
        val first = ReminderPlan.between(emptySet(), wanted, limit = 10)
        val again = ReminderPlan.between(first.scheduledIds, wanted, limit = 10)
        assertEquals(setOf(1, 2), again.scheduledIds)
        assertEquals(emptySet<Int>(), again.cancel)
    }

    @Test
    fun reminders_the_core_no_longer_returns_are_cancelled() {
        val plan = ReminderPlan.between(setOf(1, 2, 3), listOf(reminder(2)), limit = 10)
        assertEquals(setOf(1, 3), plan.cancel)
        assertEquals(setOf(2), plan.scheduledIds)
    }

    @Test
    fun only_the_earliest_fit_under_the_limit_and_a_repeated_id_counts_once() {
        val wanted = listOf(reminder(5, "2026-11-24T08:00:00Z"), reminder(5, "2026-11-24T08:00:00Z"), reminder(6), reminder(7))
        val plan = ReminderPlan.between(setOf(7), wanted, limit = 2)
        assertEquals(listOf(5, 6), plan.schedule.map { it.numericId })
        assertEquals(setOf(7), plan.cancel)
    }
}
