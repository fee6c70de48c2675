package org.alongside.app

import org.alongside.core.QuickExitDestination
import org.alongside.core.quickExitControl
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

// Quick exit through the same plain-Kotlin classes the phone runs, against the real
// library: the volume-button count with the core's rule on a fixed clock, and the session
// locking at once and saying where the phone goes.
class QuickExitFlowTest {
    @get:Rule
    val app = AppSession()

    @Test
    fun three_volume_presses_within_the_cores_window_make_a_quick_exit() {
        val presses = QuickExitPresses(quickExitControl())
        assertFalse(presses.press(10_000))
        assertFalse(presses.press(10_400))
        assertTrue(presses.press(11_500))
    }

    @Test
    fun presses_slower_than_the_window_do_not_exit_and_a_late_third_starts_a_new_count() {
        val presses = QuickExitPresses(quickExitControl())
        assertFalse(presses.press(10_000))
        assertFalse(presses.press(10_900))
        assertFalse("1.6 s from the first", presses.press(11_600))
        assertTrue("the last three are within 1.5 s", presses.press(11_800))
    }

    @Test
    fun after_an_exit_the_count_starts_again() {
        val presses = QuickExitPresses(quickExitControl())
        repeat(2) { presses.press(1_000L + it) }
        assertTrue(presses.press(1_002))
        assertFalse(presses.press(1_003))
        assertFalse(presses.press(1_004))
        assertTrue(presses.press(1_005))
    }

    @Test
    fun quick_exit_locks_her_diary_and_goes_where_she_chose() {
        val session = app.created()
        val settings = SettingsFeature(session)
        val s = settings.setQuickExit(settings.open(), QuickExitDestination.CALCULATOR)
        assertEquals(QuickExitDestination.CALCULATOR, s.view.quickExit.current)

        assertEquals(QuickExitDestination.CALCULATOR, session.quickExit())
        assertTrue("the core holds nothing open", session.vault.isLocked())
        assertEquals(Screen.Open(), session.unlock(PASSCODE))
    }

    @Test
    fun quick_exit_before_there_is_a_diary_goes_to_the_home_screen() {
        app.session.start()
        assertEquals(QuickExitDestination.HOME_SCREEN, app.session.quickExit())
    }
}
