package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/**
 * Adding, editing, rescheduling, cancelling and deleting appointments. The tests share one
 * vault (creating one costs an Argon2id calibration) and each works on its own appointments.
 */
class AppointmentsTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    @Test
    fun `an appointment is stored with every detail she entered`() {
        val id = vault.addAppointment(
            appointmentDraft(
                title = "  Growth scan  ",
                kind = AppointmentKind.ANTENATAL_CLINIC_OR_SCAN,
                start = "2026-12-03T11:30",
                durationMinutes = 45u,
                location = "Maternity unit, level 2",
                withWhom = "Sonographer",
                notes = "Ask about the due date",
                reminders = listOf(120u, 1440u),
            ),
            MONDAY_9AM,
        )

        val stored = vault.appointment(id)
        assertEquals(id, stored.id)
        assertEquals("Growth scan", stored.title)
        assertEquals(AppointmentKind.ANTENATAL_CLINIC_OR_SCAN, stored.kind)
        assertEquals("2026-12-03T11:30", stored.start)
        assertEquals("her home zone is used when none is given", "Europe/London", stored.timeZone)
        assertEquals(45u, stored.durationMinutes)
        assertEquals("Maternity unit, level 2", stored.location)
        assertEquals("Sonographer", stored.withWhom)
        assertEquals("Ask about the due date", stored.notes)
        assertEquals("earliest reminder first", listOf(1440u, 120u), stored.reminderMinutesBefore)
        assertEquals(listOf("1 day before", "2 hours before"), stored.reminderLabels)
        assertNull(stored.repeat)
        assertEquals(1u, stored.occurrenceCount)

        val occurrence = vault.occurrencesOf(id, "2026-12-03", "2026-12-03").single()
        assertEquals("2026-12-03T12:15", occurrence.endLocal)
        assertEquals("11:30 to 12:15", occurrence.timeLabel)
        assertEquals(at("2026-12-03T11:30:00Z"), occurrence.startsAt)
        assertEquals(AppointmentStatus.PLANNED, occurrence.status)
    }

    @Test
    fun `appointments between two dates list each occurrence of a fortnightly series in order`() {
        val id = vault.addAppointment(
            appointmentDraft(
                title = "Key worker",
                kind = AppointmentKind.DRUG_AND_ALCOHOL_KEY_WORKER,
                start = "2026-12-01T14:00",
                repeat = weekly(count = 4u, everyWeeks = 2u),
            ),
            MONDAY_9AM,
        )

        val occurrences = vault.occurrencesOf(id, "2026-11-30", "2027-02-28")
        assertEquals(
            listOf("2026-12-01T14:00", "2026-12-15T14:00", "2026-12-29T14:00", "2027-01-12T14:00"),
            occurrences.map { it.startLocal },
        )
        assertEquals(listOf(0u, 1u, 2u, 3u), occurrences.map { it.occurrence })
        assertTrue(occurrences.all { it.repeats })
        assertEquals(Repeat(2u, RepeatEnd.Count(4u)), vault.appointment(id).repeat)
        assertEquals("Every fortnight, 4 times", vault.appointment(id).repeatLabel)
        assertEquals(4u, vault.appointment(id).occurrenceCount)

        val all = vault.appointmentsBetween("2026-11-30", "2027-02-28")
        assertEquals("listed in time order", all.sortedBy { it.startsAt }, all)
    }

    @Test
    fun `a series can end on a date instead of after a number of times`() {
        val id = vault.addAppointment(
            appointmentDraft(
                title = "Peer support group",
                kind = AppointmentKind.PEER_SUPPORT,
                start = "2027-04-07T18:00",
                repeat = Repeat(1u, RepeatEnd.Until("2027-04-28")),
            ),
            MONDAY_9AM,
        )
        assertEquals(4, vault.occurrencesOf(id, "2027-04-01", "2027-05-31").size)
        assertEquals("Every week, until Wednesday 28 April 2027", vault.appointment(id).repeatLabel)
    }

    @Test
    fun `editing an appointment changes its details and keeps its id`() {
        val id = vault.addAppointment(appointmentDraft(title = "GP", kind = AppointmentKind.GP, start = "2026-12-08T09:00"), MONDAY_9AM)

        vault.editAppointment(
            id,
            appointmentDraft(
                title = "GP (phone call)",
                kind = AppointmentKind.GP,
                start = "2026-12-08T09:30",
                durationMinutes = 15u,
            ),
            MONDAY_9AM,
        )

        val edited = vault.appointment(id)
        assertEquals("GP (phone call)", edited.title)
        assertEquals("2026-12-08T09:30", edited.start)
        assertEquals(15u, edited.durationMinutes)
        assertEquals(listOf("2026-12-08T09:30"), vault.occurrencesOf(id, "2026-12-08", "2026-12-08").map { it.startLocal })
    }

    @Test
    fun `rescheduling one occurrence moves only that one and remembers where it was`() {
        val id = vault.addAppointment(
            appointmentDraft(title = "Health visitor", kind = AppointmentKind.HEALTH_VISITOR, start = "2027-01-05T10:00", repeat = weekly(3u)),
            MONDAY_9AM,
        )

        val holder = vault.rescheduleAppointment(id, 1u, "2027-01-13T15:00", Scope.THIS_OCCURRENCE, MONDAY_9AM)

        assertEquals("a one-off move stays in the same series", id, holder)
        val occurrences = vault.occurrencesOf(id, "2027-01-01", "2027-01-31")
        assertEquals(listOf("2027-01-05T10:00", "2027-01-13T15:00", "2027-01-19T10:00"), occurrences.map { it.startLocal })
        val moved = occurrences[1]
        assertEquals(AppointmentStatus.RESCHEDULED, moved.status)
        assertEquals("2027-01-12T10:00", moved.movedFromLocal)
        assertEquals("Moved from Tuesday 12 January, 10:00", moved.movedFromLabel)
        assertEquals("Moved", moved.statusLabel)
        assertEquals("Wednesday 13 January 2027", moved.dateLabel)
        assertEquals(AppointmentStatus.PLANNED, occurrences[2].status)
    }

    @Test
    fun `rescheduling this and following splits the series at that occurrence`() {
        val id = vault.addAppointment(
            appointmentDraft(title = "Family time", kind = AppointmentKind.FAMILY_TIME, start = "2027-02-02T10:00", repeat = weekly(4u)),
            MONDAY_9AM,
        )

        val tail = vault.rescheduleAppointment(id, 2u, "2027-02-17T11:00", Scope.THIS_AND_FOLLOWING, MONDAY_9AM)

        assertNotEquals("the later occurrences form a new series", id, tail)
        assertEquals(2u, vault.appointment(id).occurrenceCount)
        val later = vault.appointment(tail)
        assertEquals("2027-02-17T11:00", later.start)
        assertEquals(2u, later.occurrenceCount)
        assertEquals(
            listOf("2027-02-02T10:00", "2027-02-09T10:00", "2027-02-17T11:00", "2027-02-24T11:00"),
            vault.appointmentsBetween("2027-02-01", "2027-02-28")
                .filter { it.appointmentId == id || it.appointmentId == tail }
                .map { it.startLocal },
        )
    }

    @Test
    fun `attended or missed can be marked only once the appointment has started`() {
        val earlier = vault.addAppointment(appointmentDraft(title = "Pharmacy review", start = "2026-11-23T08:00", durationMinutes = 30u), MONDAY_9AM)
        val tomorrow = vault.addAppointment(appointmentDraft(title = "Housing officer", kind = AppointmentKind.HOUSING, start = "2026-11-24T13:00"), MONDAY_9AM)

        vault.setAppointmentStatus(earlier, 0u, AppointmentStatus.ATTENDED, MONDAY_9AM)
        assertEquals(AppointmentStatus.ATTENDED, vault.occurrencesOf(earlier, "2026-11-23", "2026-11-23").single().status)

        assertInvalid("status") { vault.setAppointmentStatus(tomorrow, 0u, AppointmentStatus.ATTENDED, MONDAY_9AM) }
        assertInvalid("status") { vault.setAppointmentStatus(tomorrow, 0u, AppointmentStatus.MISSED, MONDAY_9AM) }
        assertInvalid("status") { vault.setAppointmentStatus(earlier, 0u, AppointmentStatus.RESCHEDULED, MONDAY_9AM) }
        assertEquals(AppointmentStatus.PLANNED, vault.occurrencesOf(tomorrow, "2026-11-24", "2026-11-24").single().status)

        vault.setAppointmentStatus(earlier, 0u, AppointmentStatus.PLANNED, MONDAY_9AM)
        assertEquals("a mistake can be undone", AppointmentStatus.PLANNED, vault.occurrencesOf(earlier, "2026-11-23", "2026-11-23").single().status)
    }

    @Test
    fun `a cancelled occurrence stays visible, and cancelling this and following ends the series`() {
        val id = vault.addAppointment(
            appointmentDraft(title = "Perinatal mental health", kind = AppointmentKind.PERINATAL_MENTAL_HEALTH, start = "2027-03-02T10:00", repeat = weekly(5u)),
            MONDAY_9AM,
        )

        vault.cancelAppointment(id, 1u, Scope.THIS_OCCURRENCE, MONDAY_9AM)
        val afterOne = vault.occurrencesOf(id, "2027-03-01", "2027-04-30")
        assertEquals(5, afterOne.size)
        assertEquals(AppointmentStatus.CANCELLED, afterOne[1].status)
        assertEquals(AppointmentStatus.PLANNED, afterOne[2].status)

        vault.cancelAppointment(id, 3u, Scope.THIS_AND_FOLLOWING, MONDAY_9AM)
        assertEquals(4u, vault.appointment(id).occurrenceCount)
        val afterSeries = vault.occurrencesOf(id, "2027-03-01", "2027-04-30")
        assertEquals(
            listOf(AppointmentStatus.PLANNED, AppointmentStatus.CANCELLED, AppointmentStatus.PLANNED, AppointmentStatus.CANCELLED),
            afterSeries.map { it.status },
        )
    }

    @Test
    fun `a deleted appointment is gone and asking for it again is NotFound`() {
        val id = vault.addAppointment(appointmentDraft(title = "Court hearing", kind = AppointmentKind.COURT_OR_LEGAL, start = "2026-12-10T10:00"), MONDAY_9AM)

        vault.deleteAppointment(id, MONDAY_9AM)

        assertTrue(vault.occurrencesOf(id, "2026-12-10", "2026-12-10").isEmpty())
        val e = assertRaises<AlongsideException.NotFound> { vault.appointment(id) }
        assertEquals("appointment", e.what)
        assertRaises<AlongsideException.NotFound> { vault.deleteAppointment(id, MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> { vault.editAppointment(id, appointmentDraft(), MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> {
            vault.rescheduleAppointment(id, 0u, "2026-12-11T10:00", Scope.THIS_OCCURRENCE, MONDAY_9AM)
        }
        assertRaises<AlongsideException.NotFound> { vault.cancelAppointment(id, 0u, Scope.THIS_OCCURRENCE, MONDAY_9AM) }
    }

    @Test
    fun `bad appointment input is refused with InvalidInput and nothing is written`() {
        val day = "2027-05-04"
        fun draftOn(time: String = "${day}T10:00") = appointmentDraft(start = time)

        assertInvalid("title") { vault.addAppointment(draftOn().copy(title = "   "), MONDAY_9AM) }
        assertInvalid("time zone") { vault.addAppointment(draftOn().copy(timeZone = "Mars/Olympus_Mons"), MONDAY_9AM) }
        assertInvalid("start") { vault.addAppointment(draftOn("2027-02-30T10:00"), MONDAY_9AM) }
        assertInvalid("start") { vault.addAppointment(draftOn("${day}T25:00"), MONDAY_9AM) }
        assertInvalid("start") { vault.addAppointment(draftOn("20027-05-04T10:00"), MONDAY_9AM) }
        assertInvalid("duration") { vault.addAppointment(draftOn().copy(durationMinutes = 0u), MONDAY_9AM) }
        assertInvalid("repeat") { vault.addAppointment(draftOn().copy(repeat = Repeat(1u, RepeatEnd.Count(0u))), MONDAY_9AM) }
        assertInvalid("repeat") { vault.addAppointment(draftOn().copy(repeat = Repeat(1u, RepeatEnd.Until(""))), MONDAY_9AM) }
        assertInvalid("repeat") { vault.addAppointment(draftOn().copy(repeat = weekly(3u, everyWeeks = 0u)), MONDAY_9AM) }
        assertInvalid("repeat until") {
            vault.addAppointment(draftOn().copy(repeat = Repeat(1u, RepeatEnd.Until("2027-05-01"))), MONDAY_9AM)
        }
        assertInvalid("to") { vault.appointmentsBetween("2027-05-10", "2027-05-01") }

        assertTrue("nothing was saved", vault.appointmentsBetween(day, day).isEmpty())
    }
}
