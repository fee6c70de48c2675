package org.alongside.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.viewModels
import org.alongside.app.models.DiaryViewModel
import org.alongside.app.models.GuidanceViewModel
import org.alongside.app.models.MedicinesViewModel
import org.alongside.app.models.Models
import org.alongside.app.models.ServicesViewModel
import org.alongside.app.models.SessionViewModel
import org.alongside.app.models.SettingsViewModel
import org.alongside.app.models.SharingViewModel
import org.alongside.app.models.SupportViewModel
import org.alongside.app.models.TodayViewModel
import org.alongside.app.ui.AlongsideTheme
import org.alongside.app.ui.AppRoot

/**
 * The app's one window.
 *
 * Why this exists: it marks the window secure, so her diary never appears in screenshots,
 * screen recordings or the recent-apps view, makes the session and one ViewModel per
 * feature (each given the session), and hands the screen to Compose.
 */
class MainActivity : ComponentActivity() {
    private val session: SessionViewModel by viewModels()
    private val today: TodayViewModel by viewModels { TodayViewModel.factory(session) }
    private val diary: DiaryViewModel by viewModels { DiaryViewModel.factory(session) }
    private val medicines: MedicinesViewModel by viewModels { MedicinesViewModel.factory(session) }
    private val services: ServicesViewModel by viewModels { ServicesViewModel.factory(session) }
    private val guidance: GuidanceViewModel by viewModels { GuidanceViewModel.factory(session) }
    private val sharing: SharingViewModel by viewModels { SharingViewModel.factory(session) }
    private val support: SupportViewModel by viewModels { SupportViewModel.factory(session) }
    private val settings: SettingsViewModel by viewModels { SettingsViewModel.factory(session) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        enableEdgeToEdge()
        val models = Models(session, today, diary, medicines, services, guidance, sharing, support, settings)
        setContent {
            AlongsideTheme {
                AppRoot(models)
            }
        }
    }
}
