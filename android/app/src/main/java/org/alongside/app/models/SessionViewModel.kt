package org.alongside.app.models

import android.app.Application
import android.os.SystemClock
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.alongside.app.AppState
import org.alongside.app.Clock
import org.alongside.app.Navigator
import org.alongside.app.Reminders
import org.alongside.app.Route
import org.alongside.app.Screen
import org.alongside.app.Tab
import org.alongside.app.UiText
import org.alongside.app.VaultLocation
import org.alongside.app.VaultSession
import org.alongside.app.crisisScreen
import org.alongside.app.errorText
import org.alongside.app.locksOnLeaving
import org.alongside.app.reminders.ReminderScheduler
import org.alongside.core.AlongsideException
import org.alongside.core.QuickExitDestination
import org.alongside.core.Vault
import org.alongside.core.systemScreenHoldMs
import java.time.Duration
import java.time.Instant

/**
 * The vault session, the core's one thread, navigation and the crisis lines.
 *
 * Why this exists: the core's calls block, so every one runs here, one at a time and in
 * order, off the main thread ([call]); a lock queued after an unlock runs after it. The vault
 * locks when the app leaves the foreground; locking starts navigation again and tells every
 * feature to forget its state ([onLock]), so nothing of hers stays in memory on screen.
 */
class SessionViewModel(application: Application) : AndroidViewModel(application), DefaultLifecycleObserver {
    private val scheduler = ReminderScheduler(application)

    val session = VaultSession(
        VaultLocation.dir(application).path,
        object : Clock {
            override fun now(): Instant = Instant.now()

            // Time since the phone started, including deep sleep: a clock she (or anyone
            // holding the phone) cannot set, so moving the phone's clock does not end a pause.
            override fun sinceBoot(): Duration = Duration.ofMillis(SystemClock.elapsedRealtime())
        },
        object : Reminders {
            override fun reschedule(vault: Vault, now: Instant) = scheduler.reschedule(vault, now)
            override fun clear() = scheduler.clear()
        },
    )

    /** Dispatchers.IO, one call at a time. */
    private val core = Dispatchers.IO.limitedParallelism(1)

    /** Bumped by every lock (main thread only); results of calls started before are dropped. */
    private var epoch = 0

    private val lockListeners = mutableListOf<() -> Unit>()

    private val _state = MutableStateFlow<AppState>(AppState.Starting)
    val state: StateFlow<AppState> = _state.asStateFlow()

    private val _nav = MutableStateFlow(Navigator())
    val nav: StateFlow<Navigator> = _nav.asStateFlow()

    /** The crisis lines when open, over whatever is on screen (locked or not). */
    private val _crisis = MutableStateFlow<Screen.Crisis?>(null)
    val crisis: StateFlow<Screen.Crisis?> = _crisis.asStateFlow()

    val text: UiText get() = (_state.value as? AppState.Ready)?.text ?: UiText(emptyMap())

    init {
        ProcessLifecycleOwner.get().lifecycle.addObserver(this)
        viewModelScope.launch {
            val screen = withContext(core) { session.start() }
            _state.value = AppState.Ready(session.text, screen)
        }
    }

    /** Features register here to forget their state when the vault locks. */
    fun onLock(forget: () -> Unit) {
        lockListeners += forget
    }

    /**
     * Runs [work] on the core's thread and hands its result to [done] on the main thread,
     * unless she locked meanwhile. `Locked` from the core means the unlock screen; any other
     * core error reaching here goes to [failed] in the core's words.
     */
    fun <T> call(work: () -> T, failed: (String) -> Unit, done: (T) -> Unit) {
        val started = epoch
        viewModelScope.launch {
            val result = withContext(core) {
                try {
                    Result.success(work())
                } catch (e: AlongsideException.Locked) {
                    null
                } catch (e: AlongsideException) {
                    Result.failure(e)
                }
            }
            if (started != epoch) return@launch
            when {
                result == null -> locked()
                result.isSuccess -> done(result.getOrThrow())
                else -> (result.exceptionOrNull() as? AlongsideException)?.let { failed(text.errorText(it)) }
            }
        }
    }

    fun createVault(passcode: String, again: String) = sessionStep({ it is Screen.Setup && !it.busy }, Screen.Setup(busy = true)) {
        session.create(passcode, again)
    }

    fun unlock(passcode: String) = sessionStep({ it is Screen.Unlock && !it.busy }, Screen.Unlock(busy = true)) {
        session.unlock(passcode)
    }

    /**
     * She has forgotten her passcode (from Unlock), the vault can't be opened (from Failed),
     * or she chose to delete her diary (from settings, while it is open).
     */
    fun showWipe() {
        val back = when (val s = screen()) {
            is Screen.Unlock -> s.takeIf { !it.busy }?.copy(error = null)
            is Screen.Failed -> s
            is Screen.Open -> s
            else -> null
        } ?: return
        show(Screen.Wipe(back))
    }

    fun leaveWipe() {
        val wipe = screen() as? Screen.Wipe ?: return
        if (!wipe.busy) show(wipe.back)
    }

    fun wipe() {
        val wipe = screen() as? Screen.Wipe ?: return
        if (wipe.busy) return
        // From an open diary: every screen of hers is forgotten before it goes.
        if (wipe.back is Screen.Open) forget()
        sessionStep({ true }, wipe.copy(busy = true, error = null)) { session.wipe(wipe) }
    }

    /** Locks the vault (key wiped in the core), forgets every screen of hers, shows Unlock. */
    fun lock() {
        val here = screen() ?: return
        if (!here.locksOnLeaving()) return
        locked()
        val locking = epoch
        viewModelScope.launch {
            val next = withContext(core) { session.lock() }
            if (locking == epoch) show(next)
        }
    }

    /**
     * Quick exit: the crisis lines closed, every screen of hers forgotten and the vault
     * locked at once, then [leave] (main thread) with where the phone goes. The lock runs
     * beside the core's queue, not behind it, so a long call (a directory import) does not
     * hold it back; a second lock in the queue catches an unlock that was still running.
     */
    fun quickExit(leave: (QuickExitDestination) -> Unit) {
        _crisis.value = null
        val here = screen()
        if (here != null && here.locksOnLeaving()) locked() else forget()
        viewModelScope.launch { withContext(core) { session.lock() } }
        viewModelScope.launch {
            val destination = withContext(Dispatchers.IO) { session.quickExit() }
            leave(destination)
        }
    }

    /** The core said Locked, or she locked: every feature forgets, navigation starts again. */
    private fun locked() {
        forget()
        show(Screen.Unlock())
    }

    /** Every feature forgets its state and navigation starts again; calls still running are dropped. */
    private fun forget() {
        epoch++
        lockListeners.forEach { it() }
        _nav.value = Navigator()
    }

    /**
     * Until when (time since the phone started, ms) a trip to a system screen the app opened
     * for her (the file picker, the share sheet) does not lock: she comes back to where she
     * was. Coming back later than that locks at once. 0: no such trip.
     */
    private var holdUntil = 0L
    private var held = false

    /** The app is about to open a system screen for her: leaving for it does not lock, for a while. */
    fun holdOpenOnce() {
        holdUntil = SystemClock.elapsedRealtime() + systemScreenHoldMs().toLong()
    }

    /** Back in front: after a trip that took too long, the diary locks now. */
    override fun onStart(owner: LifecycleOwner) {
        val late = held && SystemClock.elapsedRealtime() > holdUntil
        held = false
        holdUntil = 0L
        if (late) lock()
    }

    /** The app went to the background (ProcessLifecycleOwner): lock, unless she is in a picker we opened. */
    override fun onStop(owner: LifecycleOwner) {
        if (SystemClock.elapsedRealtime() < holdUntil) {
            held = true
            return
        }
        lock()
    }

    fun select(tab: Tab) {
        if (screen() is Screen.Open) _nav.value = _nav.value.select(tab)
    }

    fun open(route: Route) {
        if (screen() is Screen.Open) _nav.value = _nav.value.open(route)
    }

    /** Back inside the app; false when Back should leave it (Today's first screen). */
    fun back(): Boolean {
        if (_crisis.value != null) {
            _crisis.value = null
            return true
        }
        val previous = _nav.value.back() ?: return false
        _nav.value = previous
        return true
    }

    /** Closes [route] if she is still on it (after a save, say). */
    fun close(route: Route) {
        _nav.value = _nav.value.close(route)
    }

    fun openCrisis() {
        if (_crisis.value != null) return
        viewModelScope.launch {
            // Needs no vault: built from the compiled-in contacts, with no network.
            _crisis.value = withContext(Dispatchers.Default) { crisisScreen(text) }
        }
    }

    fun closeCrisis() {
        _crisis.value = null
    }

    /** Runs one session step on the core's thread if [can] holds, showing [busy] meanwhile. */
    private fun sessionStep(can: (Screen) -> Boolean, busy: Screen, work: () -> Screen) {
        val here = screen() ?: return
        if (!can(here)) return
        show(busy)
        val started = epoch
        viewModelScope.launch {
            val next = withContext(core) { work() }
            if (started == epoch) show(next)
        }
    }

    private fun screen(): Screen? = (_state.value as? AppState.Ready)?.screen

    private fun show(screen: Screen) {
        val ready = _state.value as? AppState.Ready ?: return
        _state.value = ready.copy(screen = screen)
    }

    override fun onCleared() {
        ProcessLifecycleOwner.get().lifecycle.removeObserver(this)
        session.close()
    }
}
