package org.alongside.app.models

import androidx.lifecycle.ViewModel
import androidx.lifecycle.ViewModelProvider
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow

/**
 * A thin wrapper that runs one feature's plain-Kotlin class on the core's thread and
 * publishes its state.
 *
 * Why this exists: each feature (today, diary, ...) has its own ViewModel, so each screen
 * only sees its own state; the rule and the calls stay in the plain class, tested on the
 * JVM. [state] is null until the feature's screen is first shown, and again after a lock.
 */
abstract class FeatureViewModel<S : Any>(protected val session: SessionViewModel) : ViewModel() {
    private val _state = MutableStateFlow<S?>(null)
    val state: StateFlow<S?> = _state.asStateFlow()

    /** The core's words when the screen could not be read at all (shown with a way to try again). */
    private val _problem = MutableStateFlow<String?>(null)
    val problem: StateFlow<String?> = _problem.asStateFlow()

    /** True while an action runs: a second tap meanwhile is ignored. */
    private var running = false

    init {
        session.onLock {
            running = false
            _state.value = null
            _problem.value = null
        }
    }

    /** Reads the screen afresh from [current] (null the first time). */
    protected fun load(read: (S?) -> S) {
        val current = _state.value
        session.call({ read(current) }, failed = { _problem.value = it }) {
            _problem.value = null
            _state.value = it
        }
    }

    /** Shows [working] while [work] runs on the core's thread, then its result (and tells [after]). */
    protected fun act(working: (S) -> S, after: (S) -> Unit = {}, work: (S) -> S) {
        val s = _state.value ?: return
        if (running) return
        running = true
        _state.value = working(s)
        session.call(
            { work(s) },
            failed = {
                running = false
                _state.value = s
                _problem.value = it
            },
        ) {
            running = false
            _state.value = it
            after(it)
        }
    }

    /** The state as it is now (null before the screen is first read). */
    protected fun current(): S? = _state.value

    /** A change that needs no core call (ticking a box): applied at once, unless a call is running. */
    protected fun edit(change: (S) -> S) {
        val s = _state.value ?: return
        if (!running) _state.value = change(s)
    }
}

/** A factory for one feature's ViewModel, which needs the session (the activity makes the session first). */
fun featureFactory(make: () -> ViewModel): ViewModelProvider.Factory = object : ViewModelProvider.Factory {
    @Suppress("UNCHECKED_CAST")
    override fun <T : ViewModel> create(modelClass: Class<T>): T = make() as T
}
