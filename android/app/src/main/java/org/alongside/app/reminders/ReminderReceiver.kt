package org.alongside.app.reminders

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

/**
 * Receives a reminder's alarm and posts its notification.
 *
 * Why this exists: the vault is locked when alarms fire, so the core's title and body
 * travel inside the alarm itself (set by [ReminderScheduler]); nothing is read from the
 * vault and no text is made up here.
 */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION) return
        val id = intent.getIntExtra(EXTRA_ID, 0)
        val title = intent.getStringExtra(EXTRA_TITLE) ?: return
        val body = intent.getStringExtra(EXTRA_BODY) ?: return
        ReminderNotifier.post(context, id, title, body)
    }

    companion object {
        const val ACTION = "org.alongside.app.REMINDER"
        const val EXTRA_ID = "id"
        const val EXTRA_TITLE = "title"
        const val EXTRA_BODY = "body"
    }
}
