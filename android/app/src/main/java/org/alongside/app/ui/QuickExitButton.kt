package org.alongside.app.ui

import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.defaultMinSize
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Close
import androidx.compose.material3.Icon
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.alongside.app.UiText

/**
 * The quick exit control: locks the app and leaves it at once.
 *
 * Why this exists: one control, the same on every screen, at least 48 dp, with the core's
 * neutral words (the label never names the app) and its description for TalkBack.
 */
@Composable
fun QuickExitButton(text: UiText, onClick: () -> Unit) {
    val description = text["quick-exit-description"]
    TextButton(
        onClick = onClick,
        modifier = Modifier
            .defaultMinSize(minWidth = 48.dp, minHeight = 48.dp)
            .semantics { contentDescription = description },
    ) {
        Icon(Icons.Filled.Close, contentDescription = null)
        Spacer(Modifier.width(4.dp))
        Text(text["quick-exit-button"])
    }
}
