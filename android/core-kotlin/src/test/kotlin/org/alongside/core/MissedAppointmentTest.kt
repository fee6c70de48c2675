package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/** A missed appointment offers, kindly, to book a new time; she can accept or set it aside. */
class MissedAppointmentTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    private fun missed(title: String, start: String): String {
        val id = vault.addAppointment(appointmentDraft(title = title, start = start), MONDAY_9AM.minusSeconds(7 * 86_400))
        vault.setAppointmentStatus(id, 0u, AppointmentStatus.MISSED, MONDAY_9AM)
        return id
    }

    private fun followUpFor(id: String): Alert? =
        vault.today(MONDAY_9AM).alerts.singleOrNull {
            it.kind == AlertKind.MISSED_APPOINTMENT_FOLLOW_UP && it.appointmentId == id
        }

    @Test
    fun `a missed appointment offers to book a new time on Today, without blame`() {
        val id = missed("Antenatal clinic", "2026-11-20T10:00")

        val alert = followUpFor(id) ?: throw AssertionError("Today should offer to rebook")
        assertEquals(0u, alert.occurrence)
        assertTrue(alert.title, alert.title.contains("Antenatal clinic"))
        assertEquals("Book a new time", alert.actionLabel)
        assertEquals("Not now", alert.dismissLabel)
        assertEquals(AlertAction.REBOOK_APPOINTMENT, alert.action)
        val words = (alert.title + " " + alert.body).lowercase()
        for (blame in listOf("failed", "did not attend", "dna", "non-engagement", "you must")) {
            assertFalse("no blaming words ('$blame') in: $words", words.contains(blame))
        }
    }

    @Test
    fun `rebooking a missed appointment books the new time and clears the offer`() {
        val id = missed("Specialist midwife", "2026-11-19T14:00")

        val newId = vault.rebookMissedAppointment(
            id,
            0u,
            appointmentDraft(title = "Specialist midwife", start = "2026-11-26T14:00"),
            MONDAY_9AM,
        )

        assertNotEquals(id, newId)
        assertEquals(null, followUpFor(id))
        assertEquals("2026-11-26T14:00", vault.appointment(newId).start)
        assertTrue(vault.today(MONDAY_9AM).nextDays.any { it.appointmentId == newId })
        assertEquals(
            "the missed one is still in her history",
            AppointmentStatus.MISSED,
            vault.occurrencesOf(id, "2026-11-19", "2026-11-19").single().status,
        )
    }

    @Test
    fun `booking the same appointment at a new time keeps its details and clears the offer`() {
        val id = vault.addAppointment(
            appointmentDraft(
                title = "Drug and alcohol key worker",
                kind = AppointmentKind.DRUG_AND_ALCOHOL_KEY_WORKER,
                start = "2026-11-17T11:00",
                durationMinutes = 45u,
                location = "Recovery hub",
                withWhom = "Sam",
                reminders = listOf(1440u),
                repeat = weekly(count = 2u),
            ),
            MONDAY_9AM.minusSeconds(14 * 86_400),
        )
        vault.setAppointmentStatus(id, 0u, AppointmentStatus.MISSED, MONDAY_9AM)

        val newId = vault.rebookMissedAppointmentAt(id, 0u, "2026-11-25T11:30", MONDAY_9AM)

        val rebooked = vault.appointment(newId)
        assertEquals("Drug and alcohol key worker", rebooked.title)
        assertEquals(AppointmentKind.DRUG_AND_ALCOHOL_KEY_WORKER, rebooked.kind)
        assertEquals("2026-11-25T11:30", rebooked.start)
        assertEquals(45u, rebooked.durationMinutes)
        assertEquals("Recovery hub", rebooked.location)
        assertEquals("Sam", rebooked.withWhom)
        assertEquals(listOf(1440u), rebooked.reminderMinutesBefore)
        assertEquals("a one-off, even when the missed one repeats", null, rebooked.repeat)
        assertEquals(null, followUpFor(id))
        assertInvalid("start") { vault.rebookMissedAppointmentAt(id, 0u, "2026-11-31T10:00", MONDAY_9AM) }
    }

    @Test
    fun `setting the offer aside removes it from Today without deleting anything`() {
        val id = missed("Social worker visit", "2026-11-18T11:00")
        assertTrue(followUpFor(id) != null)

        vault.dismissMissedFollowUp(id, 0u, MONDAY_9AM)

        assertEquals(null, followUpFor(id))
        assertEquals("Social worker visit", vault.appointment(id).title)
        assertEquals(AppointmentStatus.MISSED, vault.occurrencesOf(id, "2026-11-18", "2026-11-18").single().status)
    }

    @Test
    fun `only a missed appointment can be rebooked or set aside`() {
        val attended = vault.addAppointment(appointmentDraft(title = "GP", start = "2026-11-17T09:00"), MONDAY_9AM)
        vault.setAppointmentStatus(attended, 0u, AppointmentStatus.ATTENDED, MONDAY_9AM)

        assertInvalid("appointment") {
            vault.rebookMissedAppointment(attended, 0u, appointmentDraft(start = "2026-11-30T09:00"), MONDAY_9AM)
        }
        assertInvalid("appointment") { vault.dismissMissedFollowUp(attended, 0u, MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> { vault.dismissMissedFollowUp("no-such-id", 0u, MONDAY_9AM) }

        val id = missed("Key worker", "2026-11-16T15:00")
        assertInvalid("title") { vault.rebookMissedAppointment(id, 0u, appointmentDraft(title = ""), MONDAY_9AM) }
        assertTrue("a refused rebooking leaves the offer in place", followUpFor(id) != null)
    }
}
