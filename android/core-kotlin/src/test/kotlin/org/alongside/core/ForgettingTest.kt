package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

/**
 * Forgetting on purpose through the generated Kotlin API: a preview with the honest note
 * about her team, then one call to forget old entries, one day, or one appointment, and
 * the setting that keeps forgetting entries as they grow old.
 */
class ForgettingTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    private fun titlesBetween(from: String, to: String) = vault.appointmentsBetween(from, to).map { it.title }

    @Test
    fun `the preview says what would go and that her team keeps what she shared, then forgetting removes it`() {
        vault.addAppointment(appointmentDraft(title = "July visit", start = "2026-07-10T10:00"), MONDAY_9AM)
        val preview = vault.forgetPreview(3u, MONDAY_9AM)
        assertEquals(1u, preview.appointments)
        assertFalse(preview.nothing)
        assertTrue(preview.teamNote, preview.teamNote.contains("care team"))
        assertEquals(listOf("July visit"), titlesBetween("2026-07-10", "2026-07-10"))

        val done = vault.forgetOlderThan(3u, MONDAY_9AM)
        assertEquals(1u, done.appointments)
        assertEquals(emptyList<String>(), titlesBetween("2026-07-10", "2026-07-10"))
        assertInvalid("months") { vault.forgetOlderThan(2u, MONDAY_9AM) }
    }

    @Test
    fun `one day, one date of a series, and the setting each forget only what they name`() {
        val series = vault.addAppointment(
            appointmentDraft(title = "Group", start = "2026-12-15T18:00", repeat = weekly(3u)),
            MONDAY_9AM,
        )
        assertEquals(1u, vault.forgetDayPreview("2026-12-15").appointments)
        assertEquals(1u, vault.forgetDay("2026-12-15", MONDAY_9AM).appointments)
        vault.forgetAppointment(series, 1u, MONDAY_9AM)
        assertEquals(listOf("2026-12-29T18:00"), vault.occurrencesOf(series, "2026-11-01", "2026-12-31").map { it.startLocal })

        val set = vault.setForgetAfter(6u, MONDAY_9AM)
        assertTrue(set.nothing)
        val view = vault.settingsView(MONDAY_9AM).forget
        assertEquals(6u, view.currentMonths)
        assertEquals(listOf(0u, 1u, 3u, 6u, 12u), view.choices.map { it.months })

        vault.forgetAppointment(series, null, MONDAY_9AM)
        assertEquals(listOf("Booking appointment"), titlesBetween("2026-11-01", "2026-12-31"))
    }
}
