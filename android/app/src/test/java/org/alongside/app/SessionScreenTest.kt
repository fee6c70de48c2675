package org.alongside.app

import org.junit.Assert.assertEquals
import org.junit.Test

// Which session screens lock when she leaves the app: every one where her diary is open,
// or is about to be.
class SessionScreenTest {
    @Test
    fun leaving_the_app_locks_it_wherever_her_diary_is_open_or_opening() {
        val locks = mapOf(
            Screen.Open() to true,
            Screen.Wipe(back = Screen.Open()) to true,
            Screen.Wipe(back = Screen.Open(), busy = true) to false,
            Screen.Setup(busy = true) to true,
            Screen.Unlock(busy = true) to true,
            Screen.Setup() to false,
            Screen.Unlock() to false,
            Screen.Failed("x") to false,
            Screen.Wipe(back = Screen.Unlock()) to false,
        )
        for ((screen, expected) in locks) assertEquals("$screen", expected, screen.locksOnLeaving())
    }
}
