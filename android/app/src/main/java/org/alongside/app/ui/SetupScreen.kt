package org.alongside.app.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.ImeAction
import org.alongside.app.Screen
import org.alongside.app.UiText

/**
 * First run: she chooses a passcode and the core creates her vault. Why this exists: the
 * set-up screen. The passcode is typed twice so a slip of the finger can't lock her out;
 * the core checks its length.
 */
@Composable
fun SetupScreen(text: UiText, state: Screen.Setup, onCreate: (passcode: String, again: String) -> Unit) {
    var passcode by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    val submit = { onCreate(passcode, again) }
    FormScreen(title = text["setup-title"]) {
        Text(text["setup-explainer"], style = MaterialTheme.typography.bodyLarge)
        PasscodeField(
            value = passcode,
            onValueChange = { passcode = it },
            label = text["setup-passcode"],
            enabled = !state.busy,
            imeAction = ImeAction.Next,
        )
        PasscodeField(
            value = again,
            onValueChange = { again = it },
            label = text["setup-passcode-again"],
            enabled = !state.busy,
            imeAction = ImeAction.Done,
            onDone = submit,
        )
        state.error?.let { ErrorMessage(it) }
        BusyButton(
            label = text["setup-button"],
            busy = state.busy,
            enabled = passcode.isNotEmpty() && again.isNotEmpty(),
            onClick = submit,
            modifier = Modifier.fillMaxWidth(),
        )
    }
}
