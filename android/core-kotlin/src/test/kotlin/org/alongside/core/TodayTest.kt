package org.alongside.core

import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.BeforeClass
import org.junit.ClassRule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * The Today screen in one call: what is on now and next, today's doses, and how full the
 * week is. One realistic week is set up once; "now" is Monday 23 November 2026, 09:00.
 */
class TodayTest {
    companion object {
        @ClassRule
        @JvmField
        val tmp = TemporaryFolder()

        lateinit var vault: Vault
        lateinit var methadone: String
        lateinit var today: TodayView

        @BeforeClass
        @JvmStatic
        fun setUpWeek() {
            vault = newVault(tmp.root)
            val booked = MONDAY_9AM.minusSeconds(14 * 86_400)
            fun add(title: String, start: String, minutes: UInt = 60u) =
                vault.addAppointment(appointmentDraft(title = title, start = start, durationMinutes = minutes), booked)

            add("Key worker", "2026-11-23T08:00", 30u)
            add("Scan", "2026-11-23T08:30")
            add("Midwife", "2026-11-23T14:00")
            add("GP", "2026-11-24T10:00")
            add("Health visitor", "2026-11-24T15:00")
            val cancelled = add("Housing", "2026-11-25T11:00")
            vault.cancelAppointment(cancelled, 0u, Scope.THIS_OCCURRENCE, booked)
            add("Peer support", "2026-11-30T18:00")
            add("Court", "2026-12-02T10:00")
            methadone = vault.addMedicine(methadoneDraft(), booked)

            today = vault.today(MONDAY_9AM)
        }

        @AfterClass
        @JvmStatic
        fun closeVault() {
            vault.close()
        }
    }

    @Test
    fun `Today is for her date in her home time zone`() {
        assertEquals("2026-11-23", today.date)
        assertEquals("Europe/London", today.timeZone)
        assertEquals(today.date, vault.todayDate(MONDAY_9AM))
        assertEquals("London midnight starts a new day", "2026-11-24", vault.todayDate(at("2026-11-24T00:00:00Z")))
    }

    @Test
    fun `today's appointments are split into earlier, happening now and later`() {
        assertEquals(listOf("Key worker"), today.earlierToday.map { it.title })
        assertEquals(listOf("Scan"), today.happeningNow.map { it.title })
        assertEquals(listOf("Midwife"), today.laterToday.map { it.title })
    }

    @Test
    fun `the next seven days are listed after today, without cancelled appointments`() {
        assertEquals(listOf("GP", "Health visitor", "Peer support"), today.nextDays.map { it.title })
    }

    @Test
    fun `this week's count names the days that hold more than one appointment`() {
        val week = today.week
        assertEquals("2026-11-23", week.weekStart)
        assertEquals("2026-11-29", week.weekEnd)
        assertEquals(5u, week.appointmentCount)
        assertEquals(listOf("2026-11-23" to 3u, "2026-11-24" to 2u), week.busyDays.map { it.date to it.count })
        assertEquals(
            listOf("Monday 23 November: 3 appointments", "Tuesday 24 November: 2 appointments"),
            week.busyDays.map { it.label },
        )
        assertEquals("You have 5 appointments this week. 2 days have more than one appointment.", week.summary)
    }

    @Test
    fun `today's doses show what is still to take`() {
        val dose = today.doses.single { it.medicineId == methadone }
        assertEquals("2026-11-23", dose.date)
        assertEquals("09:00", dose.scheduledTime)
        assertEquals(DoseState.NOT_YET_LOGGED, dose.state)
        assertTrue("nothing needs her attention", today.alerts.isEmpty())
    }

    @Test
    fun `a quiet week says so plainly`() {
        val quiet = vault.today(at("2027-06-07T09:00:00Z"))
        assertEquals(0u, quiet.week.appointmentCount)
        assertEquals("You have no appointments this week.", quiet.week.summary)
        assertTrue(quiet.happeningNow.isEmpty() && quiet.laterToday.isEmpty() && quiet.nextDays.isEmpty())
    }
}
