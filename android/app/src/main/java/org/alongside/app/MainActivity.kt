package org.alongside.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.viewModels
import org.alongside.app.ui.AlongsideTheme
import org.alongside.app.ui.AppRoot

/**
 * The app's one window.
 *
 * Why this exists: it marks the window secure, so her diary never appears in screenshots,
 * screen recordings or the recent-apps view, and hands the screen to Compose.
 */
class MainActivity : ComponentActivity() {
    private val model: AppViewModel by viewModels()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        enableEdgeToEdge()
        setContent {
            AlongsideTheme {
                AppRoot(model)
            }
        }
    }
}
