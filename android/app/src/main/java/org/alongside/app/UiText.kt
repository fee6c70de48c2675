package org.alongside.app

import org.alongside.core.uiStrings

/**
 * The core's screen copy (`ui_strings()`), looked up by message id.
 *
 * Why this exists: every word the app shows comes from the core, so both phones say the
 * same reviewed words. A missing id shows as the id itself, the convention the core uses
 * for its own messages, so a gap in the copy is visible instead of papered over with
 * words of our own.
 */
class UiText(private val messages: Map<String, String>) {
    operator fun get(id: String): String = messages[id] ?: id

    companion object {
        /** Reads the copy from the core. Loads the native library: call it off the main thread. */
        fun load(): UiText = UiText(uiStrings())
    }
}
