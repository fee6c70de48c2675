package org.alongside.app.reminders

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.core.app.NotificationManagerCompat
import org.alongside.core.Reminder
import org.alongside.core.Vault
import org.alongside.core.restartReminders
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
 * Alarms do not survive a restart, and the vault is locked then, so every reschedule also
 * keeps the core's discreet copy of them ([RestartFile]), which [restore] sets again after a
 * restart ([RestartReceiver]). [clear] removes them all when her diary is deleted.
 */
class ReminderScheduler(context: Context) {
    private val context = context.applicationContext
    private val alarms: AlarmManager = requireNotNull(this.context.getSystemService(AlarmManager::class.java))
    // Lazy: its storage can't be read after a restart until she unlocks the phone, and
    // [restore] runs before that.
    private val ids by lazy { ScheduledIds(this.context) }
    private val afterRestart = RestartFile(this.context)

    /** Replaces the app's alarms with the core's reminders from [now] for [WINDOW]. Blocking. */
    fun reschedule(vault: Vault, now: Instant) {
        val plan = ReminderPlan.between(ids.load(), vault.reminders(now, now.plus(WINDOW)), MAX_ALARMS)
        plan.cancel.forEach(::cancel)
        plan.schedule.forEach(::schedule)
        ids.save(plan.scheduledIds)
        afterRestart.save(RestartPlan(restartReminders(plan.schedule)))
    }

    /** After a restart: sets again the reminders still to come from the restart copy. */
    fun restore(now: Instant) {
        afterRestart.load().due(now).forEach { setAlarm(it.numericId, it.fireAt.toEpochMilli(), it.title, it.body) }
    }

    /** Cancels every alarm the app has set and removes its notifications: the diary is gone. */
    fun clear() {
        ids.load().forEach(::cancel)
        ids.save(emptySet())
        afterRestart.delete()
        NotificationManagerCompat.from(context).cancelAll()
    }

    private fun schedule(reminder: Reminder) =
        setAlarm(reminder.numericId, reminder.fireAt.toEpochMilli(), reminder.title, reminder.body)

    /** Sets (or replaces) the alarm [numericId] to post [title] and [body] at [at] (epoch ms). */
    private fun setAlarm(numericId: Int, at: Long, title: String, body: String) {
        val intent = intentFor(numericId)
            .putExtra(ReminderReceiver.EXTRA_ID, numericId)
            .putExtra(ReminderReceiver.EXTRA_TITLE, title)
            .putExtra(ReminderReceiver.EXTRA_BODY, body)
        val pending = PendingIntent.getBroadcast(
            context,
            numericId,
            intent,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        ) ?: return
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
