package org.alongside.core

import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Before
import org.junit.BeforeClass
import org.junit.ClassRule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/** Her home time zone and whether notifications are discreet. */
class SettingsTest {
    companion object {
        @ClassRule
        @JvmField
        val tmp = TemporaryFolder()

        lateinit var vault: Vault
        lateinit var asCreated: Settings

        @BeforeClass
        @JvmStatic
        fun openVault() {
            vault = newVault(tmp.root)
            asCreated = vault.settings()
        }

        @AfterClass
        @JvmStatic
        fun closeVault() {
            vault.close()
        }

        val DEFAULTS = Settings(timeZone = "Europe/London", discreetNotifications = true)
    }

    @Before
    fun resetSettings() {
        vault.updateSettings(DEFAULTS)
    }

    @Test
    fun `a new vault uses London time and discreet notifications`() {
        assertEquals(Settings(timeZone = "Europe/London", discreetNotifications = true), asCreated)
    }

    @Test
    fun `changing the home time zone moves what counts as today`() {
        val noonUtc = at("2026-11-23T12:00:00Z")
        assertEquals("2026-11-23", vault.today(noonUtc).date)
        assertEquals("2026-11-23", vault.todayDate(noonUtc))

        vault.updateSettings(Settings("Pacific/Auckland", true))

        assertEquals(Settings("Pacific/Auckland", true), vault.settings())
        val today = vault.today(noonUtc)
        assertEquals("it is already 01:00 on Tuesday in Auckland", "2026-11-24", today.date)
        assertEquals("Pacific/Auckland", today.timeZone)
        assertEquals("forms default to her date too", "2026-11-24", vault.todayDate(noonUtc))
        val id = vault.addAppointment(appointmentDraft(start = "2026-11-25T10:00"), noonUtc)
        assertEquals("new appointments default to her home zone", "Pacific/Auckland", vault.appointment(id).timeZone)
    }

    @Test
    fun `an unknown time zone is refused and the settings stay as they were`() {
        vault.updateSettings(Settings("Europe/London", false))
        assertInvalid("time zone") { vault.updateSettings(Settings("Europe/Atlantis", true)) }
        assertEquals(Settings("Europe/London", false), vault.settings())
    }
}
