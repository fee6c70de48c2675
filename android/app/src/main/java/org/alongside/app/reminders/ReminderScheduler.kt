package org.alongside.app.reminders

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.core.app.NotificationManagerCompat
import org.alongside.core.Reminder
import org.alongside.core.Vault
import java.time.Duration
import java.time.Instant

/**
 * Puts the core's reminders for the next 14 days into AlarmManager.
 *
 * Why this exists: the core decides which reminders exist, when they fire and what they
 * say (discreet unless she chose otherwise); this class only hands them to Android. Each
 * alarm is keyed by the reminder's stable `numericId`, so calling [reschedule] again
 * replaces alarms rather than doubling them, and alarms the core no longer returns are
 * cancelled. Call it whenever the vault is unlocked or changed.
 *
 * Alarms do not survive a reboot, and the vault is locked then, so after a restart the
 * reminders come back at the next unlock. [clear] removes them all when her diary is
 * deleted.
 */
class ReminderScheduler(context: Context) {
    private val context = context.applicationContext
    private val alarms: AlarmManager = requireNotNull(this.context.getSystemService(AlarmManager::class.java))
    private val ids = ScheduledIds(this.context)

    /** Replaces the app's alarms with the core's reminders from [now] for [WINDOW]. Blocking. */
    fun reschedule(vault: Vault, now: Instant) {
        val plan = ReminderPlan.between(ids.load(), vault.reminders(now, now.plus(WINDOW)), MAX_ALARMS)
        plan.cancel.forEach(::cancel)
        plan.schedule.forEach(::schedule)
        ids.save(plan.scheduledIds)
    }

    /** Cancels every alarm the app has set and removes its notifications: the diary is gone. */
    fun clear() {
        ids.load().forEach(::cancel)
        ids.save(emptySet())
        NotificationManagerCompat.from(context).cancelAll()
    }

    private fun schedule(reminder: Reminder) {
        val intent = intentFor(reminder.numericId)
            .putExtra(ReminderReceiver.EXTRA_ID, reminder.numericId)
            .putExtra(ReminderReceiver.EXTRA_TITLE, reminder.title)
            .putExtra(ReminderReceiver.EXTRA_BODY, reminder.body)
        val pending = PendingIntent.getBroadcast(
            context,
            reminder.numericId,
            intent,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        ) ?: return
        val at = reminder.fireAt.toEpochMilli()
        val exact = ExactAlarms.allowed(context)
        try {
            if (exact) {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)
            } else {
                alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)
            }
        } catch (e: SecurityException) {
            // She withdrew exact alarms between the check and the call: fall back to inexact.
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)
        }
    }

    private fun cancel(numericId: Int) {
        val pending = PendingIntent.getBroadcast(
            context,
            numericId,
            intentFor(numericId),
            PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE,
        ) ?: return
        alarms.cancel(pending)
        pending.cancel()
    }

    /** The intent that identifies one alarm: the id is in the data URI, so no two match. */
    private fun intentFor(numericId: Int): Intent =
        Intent(context, ReminderReceiver::class.java)
            .setAction(ReminderReceiver.ACTION)
            .setData(Uri.parse("alongside-reminder:$numericId"))

    private companion object {
        val WINDOW: Duration = Duration.ofDays(14)

        /** Android refuses more than 500 alarms per app; stay well under. */
        const val MAX_ALARMS = 400
    }
}
