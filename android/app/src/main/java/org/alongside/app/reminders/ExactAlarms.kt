package org.alongside.app.reminders

import android.app.AlarmManager
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.provider.Settings

/**
 * Whether reminders can fire on the minute, and where she allows it.
 *
 * Why this exists: from Android 12 exact alarms need her permission (off by default from
 * Android 14); without it reminders still come, a few minutes late. The scheduler and the
 * Today notice ask the same question here.
 */
object ExactAlarms {
    fun allowed(context: Context): Boolean =
        Build.VERSION.SDK_INT < Build.VERSION_CODES.S ||
            context.getSystemService(AlarmManager::class.java)?.canScheduleExactAlarms() != false

    /** Android's settings page for this app's exact alarms (Android 12+). */
    fun settingsIntent(context: Context): Intent =
        Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:${context.packageName}"))
}
