package org.alongside.app.ui

import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import org.alongside.app.UiText
import org.alongside.core.CrisisHelp

/**
 * "I'm not safe right now": every support line, emergency first, each one tap to dial.
 *
 * Why this exists: the core builds this with no vault and no network (`crisis_help()`), so
 * it opens at once, locked or unlocked, with no signal. Dialling hands the number to the
 * phone app (ACTION_DIAL): nothing is called without her tap there. If the core could not
 * read the lines, [error] says so in its words. (iOS: CrisisScreen.swift.)
 */
@Composable
fun CrisisScreen(text: UiText, help: CrisisHelp?, error: String?, onClose: () -> Unit) {
    val context = LocalContext.current
    FormScreen(help?.heading ?: text["support-crisis-heading"]) {
        // The core could not read the lines: its words for why, and the way back.
        error?.let { ErrorMessage(it) }
        help?.let { Text(it.intro) }
        help?.contacts.orEmpty().forEach { c ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(c.name, style = MaterialTheme.typography.titleMedium)
                    Text(c.about)
                    Text(c.hours, style = MaterialTheme.typography.bodySmall)
                    Button(onClick = {
                        context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:${c.dial}")))
                    }) { Text("${text["support-crisis-call"]} ${c.number}") }
                }
            }
        }
        TextButton(onClick = onClose) { Text(text["support-form-close"]) }
    }
}
