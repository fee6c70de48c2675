package org.alongside.app

import org.alongside.core.AlongsideException
import org.alongside.core.Vault
import java.time.Duration
import java.time.Instant

/**
 * What a feature needs from the app to make its core calls: the open vault, the clock and
 * the core's copy, and a word when the diary changed (so reminders are set again).
 *
 * Why this exists: the features are plain Kotlin, run synchronously on the core's one
 * thread; the tests hand them a real vault and a fixed clock through this interface.
 */
interface Core {
    /** The open vault; `Locked` when there is none (or the core says so on the next call). */
    val vault: Vault

    /** The core's screen copy. */
    val text: UiText

    fun now(): Instant

    /** Time since the phone started, which nobody can set (passcode pauses are measured on it too). */
    fun sinceBoot(): Duration

    /** Anything that can change reminders calls this after its change; it can throw like a core call. */
    fun diaryChanged(vault: Vault, now: Instant)
}

/** The wall clock, and time since the phone started (a clock nobody can set, for passcode pauses). */
interface Clock {
    fun now(): Instant
    fun sinceBoot(): Duration
}

/** Where the core's reminders go on this phone (AlarmManager on Android; nothing in tests). */
interface Reminders {
    fun reschedule(vault: Vault, now: Instant)
    fun clear()
}

/**
 * Runs [work]; a core error becomes [failed] with its words, except `Locked`, which goes up
 * to the session (the app shows the unlock screen and forgets every screen of hers).
 */
inline fun <S> Core.attempt(failed: (message: String, e: AlongsideException) -> S, work: () -> S): S =
    try {
        work()
    } catch (e: AlongsideException.Locked) {
        throw e
    } catch (e: AlongsideException) {
        failed(text.errorText(e), e)
    }
