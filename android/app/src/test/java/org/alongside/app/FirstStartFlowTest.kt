package org.alongside.app

import org.alongside.core.AlongsideException
import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

// Her first minutes with the app, through the same plain-Kotlin classes the phone runs,
// against the real library.
class FirstStartFlowTest {
    @get:Rule
    val app = AppSession()

    @Test
    fun first_start_asks_her_to_set_up_then_creates_the_vault_and_shows_today() {
        assertEquals(Screen.Setup(), app.session.start())
        val opened = app.session.create(PASSCODE, PASSCODE)
        assertEquals(Screen.Open(), opened)
        assertEquals("her reminders were set as the diary opened", 1, app.reminders.reschedules)

        val today = TodayFeature(app.session).open()
        assertEquals("2026-11-23", today.view.date)
        assertTrue(today.view.doses.isEmpty())
        assertEquals(null, today.error)
    }

    @Test
    fun two_different_passcodes_at_set_up_are_refused_in_the_cores_words_and_nothing_is_created() {
        app.session.start()
        val refused = app.session.create(PASSCODE, "something else")
        assertEquals(Screen.Setup(error = app.session.text["setup-passcode-mismatch"]), refused)
        assertEquals("no vault was made", Screen.Setup(), app.session.start())
    }

    @Test
    fun after_locking_her_diary_asks_for_the_passcode_and_opens_again_with_it() {
        app.created()
        assertEquals(Screen.Unlock(), app.session.lock())
        assertThrows(AlongsideException.Locked::class.java) { TodayFeature(app.session).open() }

        val wrong = app.session.unlock("not my passcode")
        assertTrue(wrong is Screen.Unlock && wrong.error == app.session.text["unlock-wrong"])
        assertEquals(Screen.Open(), app.session.unlock(PASSCODE))
        assertEquals("2026-11-23", TodayFeature(app.session).open().view.date)
    }

    @Test
    fun starting_again_deletes_her_diary_and_its_reminders_and_shows_set_up() {
        app.created()
        app.session.lock()
        val wipe = Screen.Wipe(back = Screen.Unlock())
        assertEquals(Screen.Setup(), app.session.wipe(wipe))
        assertEquals(1, app.reminders.cleared)
        assertEquals(Screen.Setup(), app.session.start())
    }
}
