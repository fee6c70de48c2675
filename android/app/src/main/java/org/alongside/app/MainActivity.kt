package org.alongside.app

import android.content.ActivityNotFoundException
import android.content.Intent
import android.os.Bundle
import android.provider.AlarmClock
import android.view.KeyEvent
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
import org.alongside.core.QuickExitDestination

/**
 * The app's one window.
 *
 * Why this exists: it marks the window secure, so her diary never appears in screenshots,
 * screen recordings or the recent-apps view (set before any content is drawn), makes the
 * session and one ViewModel per feature (each given the session), and hands the screen to
 * Compose. It also carries out a quick exit (the Exit button, or the core's number of
 * volume-button presses): the session locks and forgets, then the app leaves for the place
 * she chose and takes itself out of recent apps.
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

    /** Made once the core's rule has been read (the session's start). */
    private var presses: QuickExitPresses? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        enableEdgeToEdge()
        val models = Models(session, today, diary, medicines, services, guidance, sharing, support, settings)
        setContent {
            AlongsideTheme {
                AppRoot(models, onQuickExit = ::quickExit)
            }
        }
    }

    override fun onKeyDown(keyCode: Int, event: KeyEvent): Boolean {
        if ((keyCode == KeyEvent.KEYCODE_VOLUME_UP || keyCode == KeyEvent.KEYCODE_VOLUME_DOWN) && event.repeatCount == 0) {
            val counter = presses ?: session.session.exitControl?.let(::QuickExitPresses)?.also { presses = it }
            // eventTime is on the uptime clock, which only moves forward.
            if (counter?.press(event.eventTime) == true) {
                quickExit()
                return true
            }
        }
        // The volume still changes as usual, so the presses look like nothing.
        return super.onKeyDown(keyCode, event)
    }

    private fun quickExit() = session.quickExit(::leave)

    /** Opens the place she chose (the home screen if the phone has no such app), then goes. */
    private fun leave(destination: QuickExitDestination) {
        val home = Intent(Intent.ACTION_MAIN).addCategory(Intent.CATEGORY_HOME)
        val next = when (destination) {
            QuickExitDestination.HOME_SCREEN -> home
            QuickExitDestination.CLOCK -> Intent(AlarmClock.ACTION_SHOW_ALARMS)
            QuickExitDestination.CALCULATOR -> Intent.makeMainSelectorActivity(Intent.ACTION_MAIN, Intent.CATEGORY_APP_CALCULATOR)
        }
        try {
            startActivity(next.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
        } catch (e: ActivityNotFoundException) {
            startActivity(home.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
        }
        // Out of recent apps too, not only out of sight.
        finishAndRemoveTask()
    }
}
