package org.alongside.app.reminders

import android.Manifest
import android.annotation.SuppressLint
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import org.alongside.app.MainActivity
import org.alongside.app.R
import org.alongside.app.UiText

/**
 * Posts one reminder notification with the core's words.
 *
 * Why this exists: it owns the notification channel and the notification's look. The
 * channel's name is shown in Android's settings, so it too comes from the core
 * (`notification-channel-name`: it says nothing about what the reminders are for).
 */
object ReminderNotifier {
    private const val CHANNEL_ID = "reminders"

    // Checked just below for Android 13+, where the permission exists; older versions need none.
    @SuppressLint("MissingPermission")
    fun post(context: Context, id: Int, title: String, body: String) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        ensureChannel(context)
        val open = PendingIntent.getActivity(
            context,
            0,
            Intent(context, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
            PendingIntent.FLAG_IMMUTABLE,
        )
        val notification = NotificationCompat.Builder(context, CHANNEL_ID)
            .setSmallIcon(R.drawable.ic_notification)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(NotificationCompat.BigTextStyle().bigText(body))
            .setCategory(NotificationCompat.CATEGORY_REMINDER)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        NotificationManagerCompat.from(context).notify(id, notification)
    }

    /** Creates the channel, or renames it to the core's current words (Android keeps her settings). */
    private fun ensureChannel(context: Context) {
        val manager: NotificationManager = requireNotNull(context.getSystemService(NotificationManager::class.java))
        val name = UiText.load()["notification-channel-name"]
        if (manager.getNotificationChannel(CHANNEL_ID)?.name?.toString() == name) return
        manager.createNotificationChannel(NotificationChannel(CHANNEL_ID, name, NotificationManager.IMPORTANCE_DEFAULT))
    }
}
