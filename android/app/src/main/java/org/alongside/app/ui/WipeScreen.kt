package org.alongside.app.ui

import androidx.activity.compose.BackHandler
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardCapitalization
import org.alongside.app.Screen
import org.alongside.app.UiText
import org.alongside.core.wipeConfirmationAccepted

/**
 * Starting again with an empty diary: for a forgotten passcode or a vault that can't be
 * opened. Why this exists: without the passcode nothing can be recovered, so this is her
 * only way back in. The core's words say it can't be undone; the button waits until she has
 * typed the confirmation word. Back returns to where she came from. (iOS: WipeScreen.swift.)
 */
@Composable
fun WipeScreen(text: UiText, state: Screen.Wipe, onWipe: () -> Unit, onBack: () -> Unit) {
    var typed by remember { mutableStateOf("") }
    // A pure check in the core (no I/O), so calling it while composing is fine; the core
    // owns the word she must type, as it owns the wipe-confirm copy that asks for it.
    val canWipe = wipeConfirmationAccepted(typed) && !state.busy
    BackHandler(enabled = !state.busy, onBack = onBack)
    FormScreen(title = text["wipe-title"]) {
        Text(text["wipe-explainer"], style = MaterialTheme.typography.bodyLarge)
        OutlinedTextField(
            value = typed,
            onValueChange = { typed = it },
            label = { Text(text["wipe-confirm"]) },
            enabled = !state.busy,
            singleLine = true,
            keyboardOptions = KeyboardOptions(
                capitalization = KeyboardCapitalization.Characters,
                imeAction = ImeAction.Done,
            ),
            modifier = Modifier.fillMaxWidth(),
        )
        state.error?.let { ErrorMessage(it) }
        BusyButton(
            label = text["wipe-button"],
            busy = state.busy,
            enabled = canWipe,
            onClick = { if (canWipe) onWipe() },
            modifier = Modifier.fillMaxWidth(),
        )
    }
}
