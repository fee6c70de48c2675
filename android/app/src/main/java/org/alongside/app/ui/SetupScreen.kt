package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.imePadding
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.unit.dp
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
    Column(
        verticalArrangement = Arrangement.spacedBy(16.dp),
        modifier = Modifier
            .fillMaxSize()
            .safeDrawingPadding()
            .imePadding()
            .verticalScroll(rememberScrollState())
            .padding(24.dp),
    ) {
        Text(
            text["setup-title"],
            style = MaterialTheme.typography.headlineMedium,
            modifier = Modifier.semantics { heading() },
        )
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
