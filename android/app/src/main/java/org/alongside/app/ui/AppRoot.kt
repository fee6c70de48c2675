package org.alongside.app.ui

import androidx.activity.compose.BackHandler
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
import org.alongside.app.Screen
import org.alongside.app.models.Models

/**
 * The session's screen (set-up, unlock, wipe), or her diary in tabs once it is open; the
 * crisis lines over either when she asks for them; the quick exit control on every screen
 * but unlock (the open diary draws it in its top bar).
 *
 * Why this exists: the one place that picks what to draw. A vault that can't be opened
 * offers the one way on: starting again (the wipe screen).
 */
@Composable
fun AppRoot(models: Models, onQuickExit: () -> Unit) {
    val session = models.session
    val state by session.state.collectAsStateWithLifecycle()
    val crisis by session.crisis.collectAsStateWithLifecycle()
    Surface(Modifier.fillMaxSize()) {
        when (val s = state) {
            AppState.Starting -> Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
                CircularProgressIndicator()
            }
            is AppState.Ready -> when (val screen = s.screen) {
                is Screen.Setup -> SetupScreen(s.text, screen, onCreate = session::createVault)
                is Screen.Unlock -> UnlockScreen(
                    s.text,
                    screen,
                    onUnlock = session::unlock,
                    onForgot = session::showWipe,
                    onCrisis = session::openCrisis,
                )
                is Screen.Failed -> Column(
                    Modifier.fillMaxSize().safeDrawingPadding().padding(24.dp),
                    verticalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterVertically),
                ) {
                    Text(screen.message)
                    TextButton(onClick = session::showWipe) { Text(s.text["wipe-title"]) }
                }
                is Screen.Wipe -> WipeScreen(s.text, screen, onWipe = session::wipe, onBack = session::leaveWipe)
                is Screen.Open -> OpenDiary(s.text, screen, models, onQuickExit)
                // Feature states are drawn inside the tabs.
                else -> {}
            }
        }
        crisis?.let { c ->
            val text = (state as? AppState.Ready)?.text ?: return@let
            // Over everything, locked or not; Back closes it.
            BackHandler(onBack = session::closeCrisis)
            Surface(Modifier.fillMaxSize()) {
                CrisisScreen(text, c.help, c.error, onClose = session::closeCrisis)
            }
        }
        val ready = state as? AppState.Ready
        val screen = ready?.screen
        if (ready != null && (crisis != null || (screen !is Screen.Open && screen !is Screen.Unlock))) {
            Box(Modifier.fillMaxSize().safeDrawingPadding(), contentAlignment = Alignment.TopEnd) {
                QuickExitButton(ready.text, onQuickExit)
            }
        }
    }
}
