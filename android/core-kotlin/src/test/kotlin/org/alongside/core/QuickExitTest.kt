package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

/**
 * Quick exit through the generated Kotlin API: one call locks the diary at once and says
 * where the phone goes; her choice of place is one call and shows on the settings screen;
 * the control's words and the volume-button rule need no vault.
 */
class QuickExitTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    @Test
    fun `quick exit locks at once and goes to the home screen until she chooses another place`() {
        assertEquals(QuickExitDestination.HOME_SCREEN, vault.settingsView(MONDAY_9AM).quickExit.current)
        assertEquals(QuickExitDestination.HOME_SCREEN, vault.quickExit())
        assertTrue(vault.isLocked())
        assertThrows(AlongsideException.Locked::class.java) { vault.today(MONDAY_9AM) }
    }

    @Test
    fun `the place she chose is where quick exit goes`() {
        vault.setQuickExitDestination(QuickExitDestination.CLOCK)
        val q = vault.settingsView(MONDAY_9AM).quickExit
        assertEquals(QuickExitDestination.CLOCK, q.current)
        assertEquals(
            listOf(QuickExitDestination.HOME_SCREEN, QuickExitDestination.CLOCK, QuickExitDestination.CALCULATOR),
            q.choices.map { it.destination },
        )
        assertTrue(q.iphoneExplainer.isNotEmpty())
        assertEquals(QuickExitDestination.CLOCK, vault.quickExit())
        assertTrue(vault.isLocked())
    }

    @Test
    fun `the exit control's words say nothing about the app and three presses in a second and a half count`() {
        val control = quickExitControl()
        assertEquals("Exit", control.label)
        assertFalse(control.description.contains("Alongside"))
        assertEquals(3u, control.presses)
        assertEquals(1_500uL, control.windowMs)
    }

    @Test
    fun `a trip to the file picker or share sheet holds the diary open for two minutes, set by the core`() {
        assertEquals(120_000uL, systemScreenHoldMs())
    }
}
