package org.alongside.core

import org.junit.After
import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.BeforeClass
import org.junit.ClassRule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/** The local notifications the phone should schedule: discreet, stable and on time. */
class RemindersTest {
    companion object {
        @ClassRule
        @JvmField
        val tmp = TemporaryFolder()

        lateinit var vault: Vault
        lateinit var scan: String
        lateinit var methadone: String

        @BeforeClass
        @JvmStatic
        fun openVault() {
            vault = newVault(tmp.root)
            scan = vault.addAppointment(
                appointmentDraft(
                    title = "Scan at the maternity unit",
                    kind = AppointmentKind.ANTENATAL_CLINIC_OR_SCAN,
                    start = "2026-11-25T10:00",
                    location = "Family centre",
                    reminders = listOf(1440u, 120u),
                ),
                MONDAY_9AM,
            )
            methadone = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        }

        @AfterClass
        @JvmStatic
        fun closeVault() {
            vault.close()
        }
    }

    @After
    fun backToDiscreet() {
        vault.updateSettings(Settings("Europe/London", true))
    }

    private fun nextThreeDays(): List<Reminder> = vault.reminders(MONDAY_9AM, MONDAY_9AM.plusDays(3))

    @Test
    fun `reminders are discreet by default and say nothing about what they are for`() {
        val reminders = nextThreeDays()
        assertTrue(reminders.isNotEmpty())
        for (r in reminders) {
            assertEquals("Alongside", r.title)
            assertEquals("You have a reminder", r.body)
        }
        val text = reminders.joinToString(" ") { it.title + " " + it.body }.lowercase()
        for (secret in listOf("scan", "maternity", "family centre", "methadone", "mg")) {
            assertFalse("'$secret' must not reach the lock screen", text.contains(secret))
        }
    }

    @Test
    fun `appointment reminders fire the chosen time before the start`() {
        val forScan = nextThreeDays().filter { it.appointmentId == scan }
        assertEquals(
            listOf(at("2026-11-24T10:00:00Z"), at("2026-11-25T08:00:00Z")),
            forScan.map { it.fireAt },
        )
        assertTrue(forScan.all { it.kind == ReminderKind.APPOINTMENT && it.occurrence == 0u })
    }

    @Test
    fun `each dose still to take gets a reminder at its time`() {
        val doses = nextThreeDays().filter { it.kind == ReminderKind.DOSE }
        assertEquals(
            "today's 09:00 dose is due now; then each morning",
            listOf(at("2026-11-23T09:00:00Z"), at("2026-11-24T09:00:00Z"), at("2026-11-25T09:00:00Z")),
            doses.map { it.fireAt },
        )
        assertTrue(doses.all { it.medicineId == methadone })
        assertEquals("firing order", nextThreeDays().sortedBy { it.fireAt }, nextThreeDays())
    }

    @Test
    fun `detailed notifications name the appointment and dose once she turns them on`() {
        vault.updateSettings(Settings("Europe/London", false))

        val reminders = nextThreeDays()
        val dayBefore = reminders.first { it.appointmentId == scan }
        assertEquals("Scan at the maternity unit", dayBefore.title)
        assertEquals("Starts at 10:00, Family centre", dayBefore.body)
        val dose = reminders.first { it.kind == ReminderKind.DOSE }
        assertTrue(dose.title, dose.title.contains("Methadone", ignoreCase = true))
        assertEquals("60 mg at 09:00", dose.body)
    }

    @Test
    fun `the copy kept for a restart has only numbers, times and the discreet words`() {
        vault.updateSettings(Settings("Europe/London", false))
        val reminders = nextThreeDays()

        val kept = restartReminders(reminders)

        assertEquals(reminders.map { it.numericId to it.fireAt }, kept.map { it.numericId to it.fireAt })
        assertTrue(kept.all { it.title == "Alongside" && it.body == "You have a reminder" })
        val text = kept.joinToString(" ").lowercase()
        for (secret in listOf("scan", "maternity", "family centre", "methadone", "mg", scan.lowercase(), methadone.lowercase())) {
            assertFalse("'$secret' must not be kept outside the vault", text.contains(secret))
        }
    }

    @Test
    fun `reminder ids are stable so the phone can reschedule without duplicates`() {
        val first = nextThreeDays()
        val second = nextThreeDays()
        assertEquals(first.map { it.id }, second.map { it.id })
        assertEquals(first.map { it.numericId }, second.map { it.numericId })
        assertEquals("ids are unique", first.size, first.map { it.id }.toSet().size)
        assertEquals(first.size, first.map { it.numericId }.toSet().size)
        assertTrue("Android notification ids must be positive", first.all { it.numericId >= 0 })
    }

    @Test
    fun `a logged dose and a cancelled appointment are not reminded`() {
        vault.logDose(doseEntry(methadone, "2026-11-23", DoseStatus.TAKEN, takenAt = MONDAY_9AM), MONDAY_9AM)
        val cancelled = vault.addAppointment(
            appointmentDraft(title = "Cancelled one", start = "2026-11-24T16:00", reminders = listOf(60u)),
            MONDAY_9AM,
        )
        vault.cancelAppointment(cancelled, 0u, Scope.THIS_OCCURRENCE, MONDAY_9AM)

        val reminders = nextThreeDays()
        assertFalse(reminders.any { it.fireAt == at("2026-11-23T09:00:00Z") && it.kind == ReminderKind.DOSE })
        assertFalse(reminders.any { it.appointmentId == cancelled })
    }

    @Test
    fun `a reminder the day before keeps the wall-clock time across the clock change`() {
        // Clocks go forward in London on Sunday 28 March 2027.
        val id = vault.addAppointment(
            appointmentDraft(title = "Key worker", start = "2027-03-23T10:00", reminders = listOf(1440u, 90u), repeat = weekly(2u)),
            MONDAY_9AM,
        )

        val reminders = vault.reminders(at("2027-03-20T00:00:00Z"), at("2027-04-01T00:00:00Z")).filter { it.appointmentId == id }

        assertEquals(
            listOf(
                at("2027-03-22T10:00:00Z"), // 10:00 GMT the day before
                at("2027-03-23T08:30:00Z"), // 90 minutes before 10:00 GMT
                at("2027-03-29T09:00:00Z"), // 10:00 BST the day before
                at("2027-03-30T07:30:00Z"), // 90 minutes before 10:00 BST
            ),
            reminders.map { it.fireAt },
        )
    }

    @Test
    fun `a reminder window longer than 62 days or ending before it starts is refused`() {
        assertInvalid("window") { vault.reminders(MONDAY_9AM, MONDAY_9AM.plusDays(63)) }
        assertInvalid("window") { vault.reminders(MONDAY_9AM, MONDAY_9AM) }
        assertInvalid("window") { vault.reminders(MONDAY_9AM, MONDAY_9AM.minusSeconds(60)) }
    }
}
