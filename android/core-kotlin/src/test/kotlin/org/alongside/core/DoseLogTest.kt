package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/** Logging doses: taken (with the time), missed, partly taken or vomited, and as needed. */
class DoseLogTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    private fun dosesOf(id: String, from: String, to: String = from): List<DoseView> =
        vault.dosesBetween(from, to).filter { it.medicineId == id }

    @Test
    fun `a scheduled dose marked taken shows as taken at the time she gave`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        val takenAt = at("2026-11-23T08:50:00Z")

        vault.logDose(doseEntry(id, "2026-11-23", DoseStatus.TAKEN, takenAt = takenAt), MONDAY_9AM)

        val dose = dosesOf(id, "2026-11-23").single()
        assertEquals(DoseState.TAKEN, dose.state)
        assertEquals(takenAt, dose.takenAt)
        assertEquals("Methadone", dose.medicineName)
        assertEquals("09:00", dose.scheduledTime)
        assertEquals(60.0, dose.amount, 0.0)
        assertEquals(DoseUnit.MG, dose.unit)
        assertEquals("60 mg", dose.amountLabel)
        assertTrue("a scheduled dose is logged with logDose", dose.loggable)
    }

    @Test
    fun `a taken dose without a time is recorded at now`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        vault.logDose(doseEntry(id, "2026-11-23", DoseStatus.TAKEN), MONDAY_9AM)
        assertEquals(MONDAY_9AM, dosesOf(id, "2026-11-23").single().takenAt)
    }

    @Test
    fun `a correction with her yes replaces the dose instead of adding a second entry`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        vault.logDose(doseEntry(id, "2026-11-22", DoseStatus.MISSED), MONDAY_9AM)

        val vomited = doseEntry(
            id, "2026-11-22", DoseStatus.VOMITED, takenAt = at("2026-11-22T09:15:00Z"), note = "Sick after 10 minutes",
        )
        assertRaises<AlongsideException.NeedsConfirmation> { vault.logDose(vomited, MONDAY_9AM) }
        assertEquals("asked first, nothing changed", DoseState.MISSED, dosesOf(id, "2026-11-22").single().state)
        vault.logDose(vomited.copy(confirmChange = true), MONDAY_9AM)

        val dose = dosesOf(id, "2026-11-22").single()
        assertEquals(DoseState.VOMITED, dose.state)
        assertEquals("Sick after 10 minutes", dose.note)

        vault.logDose(
            doseEntry(id, "2026-11-22", DoseStatus.PARTLY_TAKEN, takenAt = at("2026-11-22T09:15:00Z"), confirmChange = true),
            MONDAY_9AM,
        )
        assertEquals(DoseState.PARTLY_TAKEN, dosesOf(id, "2026-11-22").single().state)
    }

    @Test
    fun `a partly taken dose keeps how much she took, and an amount that is not part of the dose is refused`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        vault.logDose(doseEntry(id, "2026-11-21", DoseStatus.PARTLY_TAKEN, amountTaken = 25.0), MONDAY_9AM)

        val dose = dosesOf(id, "2026-11-21").single()
        assertEquals(DoseState.PARTLY_TAKEN, dose.state)
        assertEquals(
            listOf("About a quarter (15 mg)", "About half (30 mg)", "About three quarters (45 mg)"),
            dose.partChoices.map { it.label },
        )
        assertEquals(25.0, dose.amountTaken!!, 0.0)
        assertEquals("25 mg", dose.amountTakenLabel)

        assertInvalid("amount taken") {
            vault.logDose(doseEntry(id, "2026-11-20", DoseStatus.PARTLY_TAKEN, amountTaken = 60.0), MONDAY_9AM)
        }
        assertInvalid("amount taken") {
            vault.logDose(doseEntry(id, "2026-11-20", DoseStatus.TAKEN, amountTaken = 20.0), MONDAY_9AM)
        }
        assertEquals(DoseState.NOT_YET_LOGGED, dosesOf(id, "2026-11-20").single().state)
        // Without an amount, nothing about the amount is claimed.
        vault.logDose(doseEntry(id, "2026-11-20", DoseStatus.PARTLY_TAKEN), MONDAY_9AM)
        assertNull(dosesOf(id, "2026-11-20").single().amountTaken)
    }

    @Test
    fun `days with nothing logged show as not yet logged rather than missed`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        val doses = dosesOf(id, "2026-11-20", "2026-11-23")
        assertEquals(listOf("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"), doses.map { it.date })
        assertEquals(List(4) { DoseState.NOT_YET_LOGGED }, doses.map { it.state })
        doses.forEach { assertNull(it.takenAt) }
    }

    @Test
    fun `a dose can't be logged for a future day or a day with nothing scheduled`() {
        val id = vault.addMedicine(methadoneDraft(startDate = "2026-11-10"), MONDAY_9AM)

        assertInvalid("date") { vault.logDose(doseEntry(id, "2026-11-24", DoseStatus.TAKEN), MONDAY_9AM) }
        assertInvalid("dose") { vault.logDose(doseEntry(id, "2026-11-01", DoseStatus.MISSED), MONDAY_9AM) }
        assertInvalid("dose") { vault.logDose(doseEntry(id, "2026-11-23", DoseStatus.TAKEN, slot = DoseSlot.EVENING), MONDAY_9AM) }
        assertInvalid("dose") { vault.logDose(doseEntry(id, "2026-11-23", DoseStatus.TAKEN, slot = DoseSlot.AS_NEEDED), MONDAY_9AM) }
        assertInvalid("date") { vault.logDose(doseEntry(id, "2026-11-31", DoseStatus.TAKEN), MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> {
            vault.logDose(doseEntry("no-such-medicine", "2026-11-23", DoseStatus.TAKEN), MONDAY_9AM)
        }

        assertEquals(DoseState.NOT_YET_LOGGED, dosesOf(id, "2026-11-23").single().state)
    }

    @Test
    fun `an as-needed dose is logged with its amount, time and note`() {
        val id = vault.addMedicine(
            otherMedicineDraft("Paracetamol", 1.0, DoseUnit.TABLET, DoseSchedule.AsNeeded),
            MONDAY_9AM,
        )
        val takenAt = at("2026-11-23T07:30:00Z")

        val entryId = vault.logAsNeededDose(id, takenAt, 2.0, "Headache", MONDAY_9AM)

        assertTrue(entryId.isNotBlank())
        val dose = dosesOf(id, "2026-11-23").single()
        assertEquals(DoseSlot.AS_NEEDED, dose.slot)
        assertNull(dose.scheduledTime)
        assertEquals(2.0, dose.amount, 0.0)
        assertEquals(DoseState.TAKEN, dose.state)
        assertEquals(takenAt, dose.takenAt)
        assertEquals("Headache", dose.note)
        assertEquals("2 tablets", dose.amountLabel)
        assertFalse("as-needed doses are logged with logAsNeededDose", dose.loggable)

        assertInvalid("taken at") { vault.logAsNeededDose(id, MONDAY_9AM.plusMinutes(60), 1.0, null, MONDAY_9AM) }
        assertInvalid("taken at") { vault.logAsNeededDose(id, at("2026-10-01T09:00:00Z"), 1.0, null, MONDAY_9AM) }
        assertInvalid("dose") { vault.logAsNeededDose(id, takenAt, 0.0, null, MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> { vault.logAsNeededDose("no-such-medicine", takenAt, 1.0, null, MONDAY_9AM) }
        assertEquals(1, dosesOf(id, "2026-11-23").size)
    }

    @Test
    fun `a dose list longer than 400 days or ending before it starts is refused`() {
        assertInvalid("to") { vault.dosesBetween("2026-11-23", "2026-11-01") }
        assertInvalid("to") { vault.dosesBetween("2026-01-01", "2027-06-01") }
    }
}
