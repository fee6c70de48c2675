package org.alongside.app

import org.alongside.core.Vault
import org.junit.rules.ExternalResource
import org.junit.rules.TemporaryFolder
import java.time.Duration
import java.time.Instant

// A real vault session for the app's flow tests: the real library, a fixed clock she can
// move forward, and no alarms (reminders are counted, not set).

/** Monday 23 November 2026, 09:00 in London (GMT in November, so UTC is local time). */
val MONDAY_9AM: Instant = Instant.parse("2026-11-23T09:00:00Z")

const val PASSCODE = "blue kettle 42"

/** A clock that stands still until a test moves it. */
class FixedClock(var now: Instant = MONDAY_9AM) : Clock {
    override fun now(): Instant = now
    override fun sinceBoot(): Duration = Duration.ofHours(3).plus(Duration.between(MONDAY_9AM, now).abs())

    fun plusDays(days: Long) {
        now = now.plus(Duration.ofDays(days))
    }
}

/** Counts how often the reminders were set again, instead of setting alarms. */
class CountedReminders : Reminders {
    var reschedules = 0
    var cleared = 0
    override fun reschedule(vault: Vault, now: Instant) {
        reschedules++
        vault.reminders(now, now.plus(Duration.ofDays(14)))
    }

    override fun clear() {
        cleared++
    }
}

/** A fresh folder with no vault yet, and a session over it (closed after the test). */
class AppSession : ExternalResource() {
    private val folder = TemporaryFolder()
    val clock = FixedClock()
    val reminders = CountedReminders()
    lateinit var session: VaultSession
        private set

    override fun before() {
        folder.create()
        session = VaultSession(folder.root.resolve("vault").path, clock, reminders)
    }

    override fun after() {
        session.close()
        folder.delete()
    }

    /** First start: set-up, then her diary created and open. */
    fun created(): VaultSession {
        session.start()
        val opened = session.create(PASSCODE, PASSCODE)
        check(opened is Screen.Open) { "the diary did not open: $opened" }
        return session
    }
}
