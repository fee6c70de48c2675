package org.alongside.app.ui

import android.content.ActivityNotFoundException
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.LifecycleResumeEffect
import org.alongside.app.UiText
import org.alongside.app.reminders.ExactAlarms

/**
 * Tells her, in the core's words, that reminders may come late, with a button to Android's
 * settings where she can allow them on the minute. Show it only while
 * [rememberExactAlarmsAllowed] is false.
 *
 * Why this exists: Android 14 turns exact alarms off for new installs, and only she can
 * turn them on. (iOS has nothing like it.)
 */
@Composable
fun ExactAlarmNotice(text: UiText) {
    val context = LocalContext.current
    OutlinedCard(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(text["reminders-exact-explainer"])
            OutlinedButton(onClick = {
                try {
                    context.startActivity(ExactAlarms.settingsIntent(context))
                } catch (e: ActivityNotFoundException) {
                    // A phone without this settings page: nothing to open.
                }
            }) { Text(text["reminders-exact-button"]) }
        }
    }
}

/** Whether exact alarms are allowed, checked again whenever the app comes back to the front. */
@Composable
fun rememberExactAlarmsAllowed(): Boolean {
    val context = LocalContext.current
    var allowed by remember { mutableStateOf(ExactAlarms.allowed(context)) }
    LifecycleResumeEffect(Unit) {
        allowed = ExactAlarms.allowed(context)
        onPauseOrDispose { }
    }
    return allowed
}
