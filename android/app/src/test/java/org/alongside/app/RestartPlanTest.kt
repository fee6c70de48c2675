package org.alongside.app

import org.alongside.app.reminders.RestartPlan
import org.alongside.core.RestartReminder
import org.alongside.core.restartReminders
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.Instant

// After a restart her reminders come back from a small file kept outside the vault: only the
// core's discreet copy, read back exactly, and a damaged file sets nothing instead of crashing.
class RestartPlanTest {
    private val now = Instant.parse("2026-11-24T08:30:00Z")

    private fun detailed(id: Int, at: String) = reminder(id, at).copy(title = "Methadone: time for your dose", body = "60 mg at 09:00")

    @Test
    fun the_file_keeps_the_cores_discreet_copy_and_reads_it_back_exactly() {
        val kept = restartReminders(listOf(detailed(1, "2026-11-24T09:00:00Z"), detailed(2, "2026-11-25T09:00:00Z")))
        val text = RestartPlan(kept).encode()

        assertEquals(kept, RestartPlan.decode(text).reminders)
        assertFalse("nothing detailed is written", text.contains("Methadone") || text.contains("mg"))
    }

    @Test
    fun after_a_restart_only_reminders_still_to_come_are_set() {
        val plan = RestartPlan(restartReminders(listOf(detailed(1, "2026-11-24T08:00:00Z"), detailed(2, "2026-11-24T09:00:00Z"))))
        assertEquals(listOf(2), RestartPlan.decode(plan.encode()).due(now).map { it.numericId })
    }

    @Test
    fun a_damaged_file_sets_only_the_lines_it_can_read() {
        val good = RestartPlan(restartReminders(listOf(detailed(7, "2026-11-24T09:00:00Z")))).encode()
        val damaged = good + "8\tnot-a-time\tQQ\tQQ\n" + "9\t1\t!!!\tQQ\n" + "10\t2\n"
        assertEquals(listOf(7), RestartPlan.decode(damaged).reminders.map { it.numericId })
    }

    @Test
    fun a_file_of_another_kind_or_too_large_sets_nothing() {
        assertTrue(RestartPlan.decode("").reminders.isEmpty())
        assertTrue(RestartPlan.decode("something else\n1\t2\tQQ\tQQ\n").reminders.isEmpty())
        val many = RestartPlan((1..RestartPlan.MAX_REMINDERS).map { RestartReminder(it, now, "Alongside", "You have a reminder") }).encode()
        assertEquals(RestartPlan.MAX_REMINDERS, RestartPlan.decode(many).reminders.size)
        assertTrue(RestartPlan.decode(many + "x".repeat(RestartPlan.MAX_BYTES)).reminders.isEmpty())
    }
}
