package org.alongside.app

import org.alongside.core.AlongsideException
import org.alongside.core.CrisisHelp
import org.alongside.core.crisisHelp

/**
 * The crisis screen: the core's lines, or the core's words for why they could not be read.
 * It opens over whatever is on screen; Back (or Close) shows that again.
 *
 * Why this exists: `crisisHelp()` can throw like every core call, and "I'm not safe right
 * now" must never close the app. [read] is the core call (a stand-in in tests).
 */
fun crisisScreen(text: UiText, read: () -> CrisisHelp = ::crisisHelp): Screen.Crisis =
    try {
        Screen.Crisis(read())
    } catch (e: AlongsideException) {
        Screen.Crisis(help = null, error = text.errorText(e))
    }
