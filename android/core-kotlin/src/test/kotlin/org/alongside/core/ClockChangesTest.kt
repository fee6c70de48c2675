package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/**
 * Times on the nights the clocks change, through the API the phones call: a time that does
 * not exist is refused in her words, a time that happens twice needs her choice, and what
 * she is shown is the true local time.
 */
class ClockChangesTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    @Test
    fun `a time in the spring-forward gap is refused saying when the clocks change`() {
        val refused = assertRaises<AlongsideException.InvalidInput> {
            vault.addAppointment(appointmentDraft(start = "2027-03-28T01:30"), MONDAY_9AM)
        }
        assertEquals("start", refused.field)
        assertTrue(refused.reason, refused.reason.startsWith("The clocks go forward at 01:00 on Sunday 28 March 2027"))
        assertTrue(refused.reason, refused.reason.contains("before 01:00, or 02:00 or later"))
    }

    @Test
    fun `a time that happens twice needs her choice, and then shows which one it is`() {
        val draft = appointmentDraft(title = "Late group", start = "2027-10-31T01:30")
        val refused = assertRaises<AlongsideException.InvalidInput> { vault.addAppointment(draft, MONDAY_9AM) }
        assertEquals("clock change", refused.field)
        assertTrue(refused.reason, refused.reason.contains("01:30 happens twice"))

        val id = vault.addAppointment(draft.copy(clockChange = ClockChangeChoice.FIRST), MONDAY_9AM)
        val first = vault.occurrencesOf(id, "2027-10-31", "2027-10-31").single()
        assertEquals(at("2027-10-31T00:30:00Z"), first.startsAt)
        assertEquals("01:30 (before the clocks go back) to 01:30 (after the clocks go back)", first.timeLabel)
        assertEquals("The clocks go back an hour at 02:00 during this.", first.clockChangeLabel)
        assertEquals(ClockChangeChoice.FIRST, vault.appointment(id).clockChange)
    }

    @Test
    fun `moving to the second of two equal times takes the choice as a last argument`() {
        val id = vault.addAppointment(appointmentDraft(title = "Moved group", start = "2027-10-20T10:00"), MONDAY_9AM)
        assertRaises<AlongsideException.InvalidInput> {
            vault.rescheduleAppointment(id, 0u, "2027-10-31T01:30", Scope.THIS_OCCURRENCE, MONDAY_9AM)
        }
        vault.rescheduleAppointment(
            id, 0u, "2027-10-31T01:30", Scope.THIS_OCCURRENCE, MONDAY_9AM, clockChange = ClockChangeChoice.SECOND,
        )
        val moved = vault.occurrencesOf(id, "2027-10-31", "2027-10-31").single()
        assertEquals(at("2027-10-31T01:30:00Z"), moved.startsAt)
        assertEquals("01:30 (after the clocks go back) to 02:30", moved.timeLabel)
    }

    @Test
    fun `a dose time the clocks skip shows its true time and says why`() {
        val id = vault.addMedicine(methadoneDraft(time = "01:30", startDate = "2027-03-01"), MONDAY_9AM)
        val dose = vault.dosesBetween("2027-03-28", "2027-03-28").single { it.medicineId == id }
        assertEquals("02:30", dose.scheduledTime)
        assertEquals("The clocks go forward that day, so there is no 01:30. It's at 02:30 instead.", dose.clockChangeLabel)
    }
}
