package org.alongside.app

import org.alongside.core.AlongsideException
import org.alongside.core.uiStrings
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

// "I'm not safe right now" always opens a screen: the core's lines, or the core's words for
// why it could not read them. It never closes the app, and it opens over whatever is on
// screen (the session keeps it apart from navigation), so closing it shows that again.
class CrisisLinesTest {
    private val text = UiText(uiStrings())

    @Test
    fun the_crisis_button_opens_every_line_the_core_gives_emergency_first() {
        val screen = crisisScreen(text)
        val help = screen.help
        assertNotNull(help)
        assertNull(screen.error)
        assertEquals("emergency", help!!.contacts.first().id)
    }

    @Test
    fun when_the_core_cannot_read_the_lines_the_screen_says_so_in_its_words() {
        val screen = crisisScreen(text) { throw AlongsideException.Storage("contacts") }
        assertNull(screen.help)
        assertEquals(text["error-storage"], screen.error)
        assertTrue("the core's words, not an id", screen.error!!.contains(' '))
    }
}
