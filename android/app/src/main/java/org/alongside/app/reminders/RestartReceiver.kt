package org.alongside.app.reminders

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import java.time.Instant

/**
 * Sets her reminders again when the phone has restarted, before she unlocks it.
 *
 * Why this exists: Android forgets alarms at a restart. This runs at LOCKED_BOOT_COMPLETED
 * (direct boot: before she first unlocks the phone) and again at BOOT_COMPLETED, and sets
 * the alarms from the restart copy (numbers, times, discreet words; see [RestartFile]).
 * Setting them twice replaces rather than doubles them. When she next unlocks her diary,
 * the full reminders replace these under the same numbers.
 */
class RestartReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != Intent.ACTION_LOCKED_BOOT_COMPLETED && intent.action != Intent.ACTION_BOOT_COMPLETED) return
        ReminderScheduler(context).restore(Instant.now())
    }
}
