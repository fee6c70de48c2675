package org.alongside.app.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.ImeAction
import kotlinx.coroutines.delay
import org.alongside.app.Screen
import org.alongside.app.UiText
import java.time.Duration
import java.time.Instant

/**
 * The locked app: she enters her passcode. Why this exists: the unlock screen. A wrong
 * passcode and the pause after many tries are the core's words and the core's timing; the
 * button only waits as long as the core said. If she has forgotten the passcode, [onForgot]
 * leads to starting again with an empty diary.
 */
@Composable
fun UnlockScreen(
    text: UiText,
    state: Screen.Unlock,
    onUnlock: (String) -> Unit,
    onForgot: () -> Unit,
    onCrisis: () -> Unit,
) {
    var passcode by remember { mutableStateOf("") }
    val waiting = rememberWaiting(state.retryAt)
    val canTry = passcode.isNotEmpty() && !waiting && !state.busy
    val submit = {
        if (canTry) {
            onUnlock(passcode)
            passcode = ""
        }
    }
    FormScreen(title = text["unlock-title"]) {
        PasscodeField(
            value = passcode,
            onValueChange = { passcode = it },
            label = text["unlock-prompt"],
            enabled = !state.busy,
            imeAction = ImeAction.Done,
            onDone = submit,
        )
        state.error?.let { ErrorMessage(it) }
        BusyButton(
            label = text["unlock-button"],
            busy = state.busy,
            enabled = canTry,
            onClick = submit,
            modifier = Modifier.fillMaxWidth(),
        )
        TextButton(onClick = onForgot, enabled = !state.busy) { Text(text["unlock-forgot"]) }
        // No passcode needed: the crisis lines hold nothing of hers.
        TextButton(onClick = onCrisis) { Text(text["support-crisis-button"]) }
    }
}

/** True until [until], then false; false straight away when there is nothing to wait for. */
@Composable
private fun rememberWaiting(until: Instant?): Boolean {
    var waiting by remember(until) { mutableStateOf(until != null && Instant.now().isBefore(until)) }
    LaunchedEffect(until) {
        if (until != null) {
            val left = Duration.between(Instant.now(), until).toMillis()
            if (left > 0) delay(left)
            waiting = false
        }
    }
    return waiting
}
