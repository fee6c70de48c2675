package org.alongside.app

import org.alongside.core.AlongsideException
import java.time.Instant

// Turns an error from the core into words she can act on.
//
// Why this exists: UniFFI does not carry the core's error messages across the boundary
// (Kotlin's `message` is "field=..., reason=..."), so each case is looked up in the core's
// copy (`error-*` in core/content/ui/en-GB.ftl) by id. InvalidInput, BundleRefused and
// NeedsConfirmation carry words of their own from the core, shown as they are. Mirrors
// ErrorText.swift on iOS.

/** Words for [e], from the core. */
fun UiText.errorText(e: AlongsideException): String = when (e) {
    is AlongsideException.InvalidInput -> e.reason
    is AlongsideException.WrongPasscode -> this["unlock-wrong"]
    is AlongsideException.TooManyAttempts -> this["unlock-wait"]
    is AlongsideException.NotAVault -> this["error-not-a-vault"]
    is AlongsideException.VaultExists -> this["error-vault-exists"]
    is AlongsideException.KeyFileDamaged -> this["error-key-file-damaged"]
    is AlongsideException.VaultDamaged -> this["error-vault-damaged"]
    is AlongsideException.VaultUnreadable -> this["error-vault-unreadable"]
    is AlongsideException.Locked -> this["error-locked"]
    is AlongsideException.NotFound -> this["error-not-found"]
    is AlongsideException.Storage -> this["error-storage"]
    is AlongsideException.BundleRefused -> e.explanation
    is AlongsideException.NeedsConfirmation -> e.question
}

/** When the core allows the next passcode try, if it asked for a pause. */
fun retryAt(e: AlongsideException, now: Instant): Instant? {
    val seconds = when (e) {
        is AlongsideException.WrongPasscode -> e.retryAfterSeconds
        is AlongsideException.TooManyAttempts -> e.retryAfterSeconds
        else -> 0uL
    }
    return if (seconds > 0uL) now.plusSeconds(seconds.toLong()) else null
}
