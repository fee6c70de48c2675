package org.alongside.app

import org.alongside.core.AlongsideException
import org.alongside.core.QuickExitControl
import org.alongside.core.QuickExitDestination
import org.alongside.core.Vault
import org.alongside.core.quickExitControl
import org.alongside.core.vaultExists
import org.alongside.core.wipeVault
import java.time.Instant

/**
 * Her vault on this phone: looking for it, creating it, unlocking, locking and deleting it.
 *
 * Why this exists: the one place that holds the vault handle, so every feature reaches the
 * diary through it ([Core]) and locking is one call. Each method is synchronous (Argon2id
 * alone takes about a second): the app runs them on the core's one thread, tests directly.
 * Each returns the session screen to show; [Screen.Open] means the diary is open.
 */
class VaultSession(
    private val dir: String,
    private val clock: Clock,
    private val reminders: Reminders,
) : Core {
    // Read by a quick exit from outside the core's one thread.
    @Volatile private var handle: Vault? = null

    override var text: UiText = UiText(emptyMap())
        private set

    override val vault: Vault get() = handle ?: throw AlongsideException.Locked()

    override fun now(): Instant = clock.now()

    override fun sinceBoot(): java.time.Duration = clock.sinceBoot()

    override fun diaryChanged(vault: Vault, now: Instant) = reminders.reschedule(vault, now)

    /** The quick exit control's volume-button rule (the core's), read by [start]. */
    @Volatile var exitControl: QuickExitControl? = null
        private set

    /** Reads the copy and looks for her vault: set-up, unlock, or why it can't be opened. */
    fun start(): Screen {
        text = UiText.load()
        exitControl = quickExitControl()
        if (!vaultExists(dir)) return Screen.Setup()
        return try {
            handle = Vault.open(dir)
            Screen.Unlock()
        } catch (e: AlongsideException) {
            Screen.Failed(text.errorText(e))
        }
    }

    /** First run: creates the vault. [again] is the passcode typed a second time. */
    fun create(passcode: String, again: String): Screen {
        if (passcode != again) return Screen.Setup(error = text["setup-passcode-mismatch"])
        return try {
            val created = Vault.create(dir, passcode)
            handle = created
            opened(created)
        } catch (e: AlongsideException) {
            Screen.Setup(error = text.errorText(e))
        }
    }

    fun unlock(passcode: String): Screen {
        val now = clock.now()
        return try {
            val v = handle ?: Vault.open(dir).also { handle = it }
            v.unlock(passcode, now, clock.sinceBoot())
            opened(v)
        } catch (e: AlongsideException) {
            Screen.Unlock(error = text.errorText(e), retryAt = retryAt(e, now))
        }
    }

    /** The diary is open: its reminders are set (a failure there does not keep her out). */
    private fun opened(v: Vault): Screen.Open {
        val problem = try {
            reminders.reschedule(v, clock.now())
            null
        } catch (e: AlongsideException) {
            text.errorText(e)
        }
        return Screen.Open(problem)
    }

    /** Locks the vault (the core wipes the key): the unlock screen, or set-up if there is none. */
    fun lock(): Screen {
        val v = handle ?: return Screen.Setup()
        v.lock()
        return Screen.Unlock()
    }

    /** Deletes the vault (the core shreds it) and every reminder of it: set-up again. */
    fun wipe(from: Screen.Wipe): Screen = try {
        handle?.close()
        handle = null
        wipeVault(dir)
        reminders.clear()
        Screen.Setup()
    } catch (e: AlongsideException) {
        from.copy(busy = false, error = text.errorText(e))
    }

    /**
     * Quick exit: locks the vault at once (the core wipes the key) and returns where the
     * phone goes next, her choice, or the home screen when there is no open diary.
     */
    fun quickExit(): QuickExitDestination = handle?.quickExit() ?: QuickExitDestination.HOME_SCREEN

    /** Frees the native handle; the core drops the database connection and wipes the key. */
    fun close() {
        handle?.close()
        handle = null
    }
}
