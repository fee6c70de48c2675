package org.alongside.app.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.Route
import org.alongside.app.UiText
import org.alongside.app.models.SessionViewModel

/**
 * More: the places that don't need a tab of their own (her medicines, sharing, asking for
 * support, the breastfeeding questions, settings), the crisis lines, and locking the app.
 *
 * Why this exists: the bottom bar holds five tabs; everything else is one tap from here.
 */
@Composable
fun MoreScreen(text: UiText, session: SessionViewModel) {
    FormScreen(text["nav-tab-more"]) {
        MoreItem(text["nav-more-medicines"]) { session.open(Route.Medicines) }
        MoreItem(text["sharing-open"]) { session.open(Route.Sharing) }
        MoreItem(text["support-open"]) { session.open(Route.Support) }
        MoreItem(text["guidance-screen-bf-open"]) { session.open(Route.Feeding) }
        MoreItem(text["nav-more-settings"]) { session.open(Route.Settings) }
        MoreItem(text["support-crisis-button"], session::openCrisis)
        LockButton(text["lock-button"], session::lock)
    }
}

/** One row of More: the whole width, at least 48 dp tall, growing with the text. */
@Composable
private fun MoreItem(label: String, onClick: () -> Unit) {
    OutlinedButton(onClick = onClick, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) { Text(label) }
}
