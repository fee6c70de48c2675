package org.alongside.app

import org.alongside.core.QuickExitControl

/**
 * Counts volume-button presses and says when they make a quick exit: [QuickExitControl.presses]
 * presses with no more than [QuickExitControl.windowMs] from the first to the last.
 *
 * Why this exists: the count and the window are the core's; this only keeps the times of
 * the latest presses (on a clock the caller gives, so the JVM tests fix it). A press that
 * makes an exit starts the count again.
 */
class QuickExitPresses(control: QuickExitControl) {
    private val needed = control.presses.toInt().coerceAtLeast(1)
    private val windowMs = control.windowMs.toLong()
    private val times = ArrayDeque<Long>()

    /** One press at [atMs] (milliseconds on a clock that only moves forward). True: exit now. */
    fun press(atMs: Long): Boolean {
        times.addLast(atMs)
        while (times.size > needed) times.removeFirst()
        val exit = times.size == needed && atMs - times.first() <= windowMs
        if (exit) times.clear()
        return exit
    }
}
