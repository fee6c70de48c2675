package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/**
 * After three missed days of an opioid substitution medicine, Today warns that her
 * tolerance may be lower, and says where that advice comes from.
 */
class ToleranceWarningTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    private fun logMissed(id: String, vararg dates: String) {
        for (date in dates) vault.logDose(doseEntry(id, date, DoseStatus.MISSED), MONDAY_9AM)
    }

    private fun toleranceWarningFor(id: String): Alert? =
        vault.today(MONDAY_9AM).alerts.singleOrNull { it.kind == AlertKind.TOLERANCE_WARNING && it.medicineId == id }

    @Test
    fun `three missed methadone days in a row raise the tolerance warning with its sources`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        logMissed(id, "2026-11-20", "2026-11-21", "2026-11-22")

        val alert = toleranceWarningFor(id) ?: throw AssertionError("Today should show the tolerance warning")
        assertEquals(3u, alert.missedDays)
        assertEquals("its button shows the medicine and who to talk to", AlertAction.SHOW_MEDICINE, alert.action)
        assertEquals("Please talk to your prescriber or pharmacist before your next dose", alert.title)
        assertTrue(alert.body, alert.body.contains("3 missed days of methadone"))
        assertTrue(alert.body, alert.body.contains("tolerance"))
        val safetyNet = alert.safetyNet ?: throw AssertionError("the warning says what to do in an emergency")
        assertTrue(safetyNet, safetyNet.contains("999"))
        assertTrue(safetyNet, safetyNet.contains("naloxone"))
        assertTrue("the advice names its sources", alert.sources.isNotEmpty())
        assertTrue(alert.sources.map { it.organisation }.toString(), alert.sources.any { it.organisation == "NHS Lothian" })
        for (source in alert.sources) {
            assertTrue(source.citation, source.citation.startsWith("${source.organisation}, ${source.title}"))
        }
        assertNotNull(alert.lastReviewed)
        assertNotNull(alert.reviewBy)
        val checked = alert.checkedLabel ?: throw AssertionError("the warning says when it was last checked")
        assertTrue(checked, checked.startsWith("Checked "))
    }

    @Test
    fun `two missed days are not yet a tolerance warning`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        logMissed(id, "2026-11-21", "2026-11-22")
        assertNull(toleranceWarningFor(id))
    }

    @Test
    fun `a taken dose in between breaks the run of missed days`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        logMissed(id, "2026-11-18", "2026-11-19", "2026-11-21", "2026-11-22")
        vault.logDose(doseEntry(id, "2026-11-20", DoseStatus.TAKEN, takenAt = at("2026-11-20T09:05:00Z")), MONDAY_9AM)
        assertNull(toleranceWarningFor(id))
    }

    @Test
    fun `taking today's dose clears the warning`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        logMissed(id, "2026-11-20", "2026-11-21", "2026-11-22")
        assertNotNull(toleranceWarningFor(id))

        vault.logDose(doseEntry(id, "2026-11-23", DoseStatus.TAKEN, takenAt = MONDAY_9AM), MONDAY_9AM)

        assertNull(toleranceWarningFor(id))
    }

    @Test
    fun `four missed buprenorphine days count all four`() {
        val id = vault.addMedicine(
            methadoneDraft().copy(kind = MedicineKind.BUPRENORPHINE_SUBLINGUAL, amount = 16.0),
            MONDAY_9AM,
        )
        logMissed(id, "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22")
        assertEquals(4u, toleranceWarningFor(id)?.missedDays)
    }

    @Test
    fun `missed days of a medicine that is not opioid treatment raise no tolerance warning`() {
        val id = vault.addMedicine(
            otherMedicineDraft("Iron tablets", 1.0, DoseUnit.TABLET, DoseSchedule.Daily("08:00")),
            MONDAY_9AM,
        )
        logMissed(id, "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22")
        assertNull(toleranceWarningFor(id))
    }
}
