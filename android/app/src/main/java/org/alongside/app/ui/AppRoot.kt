package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.alongside.app.AppState
import org.alongside.app.AppViewModel
import org.alongside.app.Screen

/**
 * Shows the screen the ViewModel's state names. Why this exists: the app's only navigation.
 * A vault that can't be opened offers the one way on: starting again (the wipe screen).
 */
@Composable
fun AppRoot(model: AppViewModel) {
    val state by model.state.collectAsStateWithLifecycle()
    Surface(Modifier.fillMaxSize()) {
        when (val s = state) {
            AppState.Starting -> Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
                CircularProgressIndicator()
            }
            is AppState.Ready -> when (val screen = s.screen) {
                is Screen.Setup -> SetupScreen(s.text, screen, onCreate = model::createVault)
                is Screen.Unlock -> UnlockScreen(
                    s.text,
                    screen,
                    onUnlock = model::unlock,
                    onForgot = model::showWipe,
                    onCrisis = model::openCrisis,
                )
                is Screen.Today -> TodayScreen(s.text, screen, actions = model)
                is Screen.Failed -> Column(
                    Modifier.fillMaxSize().safeDrawingPadding().padding(24.dp),
                    verticalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterVertically),
                ) {
                    Text(screen.message)
                    TextButton(onClick = model::showWipe) { Text(s.text["wipe-title"]) }
                }
                is Screen.Wipe -> WipeScreen(s.text, screen, onWipe = model::wipe, onBack = model::leaveWipe)
                is Screen.Support -> SupportScreen(s.text, screen, actions = model)
                is Screen.Sharing -> SharingScreen(s.text, screen, actions = model)
                is Screen.Services -> ServicesScreen(s.text, screen, actions = model)
                is Screen.Guidance -> GuidanceScreen(s.text, screen, actions = model)
                is Screen.Reading -> ArticleScreen(s.text, screen, actions = model)
                is Screen.Contacts -> ContactsScreen(s.text, screen, actions = model)
                is Screen.Feeding -> FeedingScreen(s.text, screen, actions = model)
                is Screen.Crisis -> CrisisScreen(s.text, screen.help, screen.error, onClose = model::closeCrisis)
            }
        }
    }
}
