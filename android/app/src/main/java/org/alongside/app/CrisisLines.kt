package org.alongside.app

import org.alongside.core.AlongsideException
import org.alongside.core.CrisisHelp
import org.alongside.core.crisisHelp

/**
 * The crisis screen over [back]: the core's lines, or the core's words for why they could
 * not be read.
 *
 * Why this exists: `crisisHelp()` can throw like every core call, and "I'm not safe right
 * now" must never close the app. [read] is the core call (a stand-in in tests).
 */
fun crisisScreen(text: UiText, back: Screen, read: () -> CrisisHelp = ::crisisHelp): Screen.Crisis =
    try {
        Screen.Crisis(read(), back)
    } catch (e: AlongsideException) {
        Screen.Crisis(help = null, back = back, error = text.errorText(e))
    }
