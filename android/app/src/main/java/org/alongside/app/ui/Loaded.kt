package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.alongside.app.Route
import org.alongside.app.UiText
import org.alongside.app.models.FeatureViewModel
import org.alongside.app.models.Models

/**
 * A feature's screen once its state is read: until then a wait, or the core's words for why
 * it could not be read with a way to try again.
 *
 * Why this exists: every tab and screen reads its state when she arrives; this is the one
 * place that shows the in-between.
 */
@Composable
fun <S : Any> Loaded(
    text: UiText,
    route: Route,
    models: Models,
    model: FeatureViewModel<S>,
    content: @Composable (S) -> Unit,
) {
    val state by model.state.collectAsStateWithLifecycle()
    val problem by model.problem.collectAsStateWithLifecycle()
    Column(Modifier.fillMaxSize()) {
        problem?.let { message ->
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                ErrorMessage(message)
                OutlinedButton(onClick = { models.show(route) }) { Text(text["nav-try-again"]) }
            }
        }
        val s = state
        if (s != null) content(s) else if (problem == null) Waiting()
    }
}

/** A wait while the core reads a screen. */
@Composable
fun Waiting() {
    Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
        CircularProgressIndicator()
    }
}
