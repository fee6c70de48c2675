package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

/**
 * The settings screen through the generated Kotlin API: one call for the whole screen, and
 * one call for each change she makes there (what reminders say, her time zone, a copy of
 * her diary for the share sheet, the sample directory and directory updates).
 */
class SettingsScreenTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    @Test
    fun `the screen starts discreet, in UK time, with every choice in the core's words`() {
        val view = vault.settingsView(MONDAY_9AM)
        assertEquals(NotificationWording.DISCREET, view.notifications.current)
        assertEquals(listOf("Discreet (recommended)", "Detailed"), view.notifications.choices.map { it.label })
        assertEquals("Europe/London", view.timeZone.current)
        assertEquals(listOf("Europe/London", "Europe/Dublin"), view.timeZone.choices.map { it.zone })
        assertEquals(listOf(ExportFormat.JSON, ExportFormat.ICS), view.export.choices.map { it.format })
        assertEquals("DELETE", view.wipe.confirmWord)
        assertTrue(wipeConfirmationAccepted(view.wipe.confirmWord))
        assertNull(view.directory.status)
        assertTrue(view.directory.sampleAvailable)
    }

    @Test
    fun `wording and time zone change one at a time, and an unknown zone changes nothing`() {
        vault.setNotificationWording(NotificationWording.DETAILED)
        vault.setTimeZone("Europe/Dublin")
        assertEquals(Settings(timeZone = "Europe/Dublin", discreetNotifications = false), vault.settings())
        assertEquals(NotificationWording.DETAILED, vault.settingsView(MONDAY_9AM).notifications.current)

        assertInvalid("time zone") { vault.setTimeZone("Europe/Atlantis") }
        assertEquals(Settings(timeZone = "Europe/Dublin", discreetNotifications = false), vault.settings())
    }

    @Test
    fun `a copy of her diary comes with a file name and type for the share sheet`() {
        val ics = vault.exportFile(ExportFormat.ICS, MONDAY_9AM)
        assertEquals("diary-2026-11-23.ics", ics.fileName)
        assertEquals("text/calendar", ics.mimeType)
        assertTrue(ics.contents.startsWith("BEGIN:VCALENDAR"))
        val json = vault.exportFile(ExportFormat.JSON, MONDAY_9AM)
        assertEquals("diary-2026-11-23.json", json.fileName)
        assertEquals("application/json", json.mimeType)
        assertTrue(json.contents.contains("Booking appointment"))
    }

    @Test
    fun `the sample directory and directory updates are one tap each`() {
        val sample = vault.setSampleDirectory(true, MONDAY_9AM)!!
        assertTrue(sample.sample)
        assertTrue(vault.settingsView(MONDAY_9AM).directory.sampleOn)

        val options = vault.setDirectoryUpdates(true, "https://example.org/area.bundle")
        assertTrue(options.updatesEnabled && options.allowSampleData)
        assertInvalid("update address") { vault.setDirectoryUpdates(true, "http://example.org/area.bundle") }
        assertEquals(options, vault.directoryOptions())

        assertNull(vault.setSampleDirectory(false, MONDAY_9AM))
        assertNull(vault.directoryStatus(MONDAY_9AM))
        assertFalse(vault.settingsView(MONDAY_9AM).directory.sampleOn)
    }
}
