package org.alongside.app.reminders

import android.content.Context

/**
 * The numeric ids of the alarms the app has set, so a reschedule can cancel the ones the
 * core no longer returns.
 *
 * Why this exists: Android cannot list an app's alarms. The ids are hashes of the core's
 * reminder ids and say nothing about her; like every file of the app they are excluded from
 * backups (see the manifest).
 */
internal class ScheduledIds(context: Context) {
    private val prefs = context.applicationContext.getSharedPreferences("reminders", Context.MODE_PRIVATE)

    fun load(): Set<Int> =
        prefs.getStringSet(KEY, emptySet()).orEmpty().mapNotNullTo(HashSet()) { it.toIntOrNull() }

    fun save(ids: Set<Int>) {
        prefs.edit().putStringSet(KEY, ids.mapTo(HashSet()) { it.toString() }).apply()
    }

    private companion object {
        const val KEY = "scheduled-ids"
    }
}
