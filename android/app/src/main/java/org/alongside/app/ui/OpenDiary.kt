package org.alongside.app.ui

import androidx.activity.compose.BackHandler
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.consumeWindowInsets
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material.icons.filled.DateRange
import androidx.compose.material.icons.filled.Home
import androidx.compose.material.icons.filled.Info
import androidx.compose.material.icons.filled.LocationOn
import androidx.compose.material.icons.filled.Menu
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.alongside.app.Route
import org.alongside.app.Screen
import org.alongside.app.Tab
import org.alongside.app.UiText
import org.alongside.app.models.Models

/**
 * Her diary, open: the bottom navigation bar (Today, Diary, Services, Guidance, More), a
 * top bar with the quick exit control on every screen and a Back arrow on every screen
 * below a tab's first one, and system Back going back the same
 * way (it leaves the app only from Today's first screen). Each screen is read afresh when
 * she arrives on it.
 *
 * Why this exists: the navigation a phone user expects; where Back goes is decided by the
 * plain-Kotlin [org.alongside.app.Navigator], tested on the JVM.
 */
@OptIn(ExperimentalMaterial3Api::class, ExperimentalLayoutApi::class)
@Composable
fun OpenDiary(text: UiText, diary: Screen.Open, models: Models, onQuickExit: () -> Unit) {
    val session = models.session
    val nav by session.nav.collectAsStateWithLifecycle()
    val route = nav.route
    LaunchedEffect(route) { models.show(route) }
    BackHandler(enabled = nav.canGoBack) { session.back() }
    Scaffold(
        topBar = {
            TopAppBar(
                title = {},
                navigationIcon = {
                    if (nav.deeper) {
                        IconButton(onClick = { session.back() }) {
                            Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = text["nav-back"])
                        }
                    }
                },
                actions = { QuickExitButton(text, onQuickExit) },
            )
        },
        bottomBar = {
            NavigationBar {
                Tab.entries.forEach { tab ->
                    NavigationBarItem(
                        selected = nav.tab == tab,
                        onClick = { session.select(tab) },
                        // The label says it: the icon is decoration for TalkBack.
                        icon = { Icon(tab.icon(), contentDescription = null) },
                        label = { Text(text[tab.titleId]) },
                    )
                }
            }
        },
    ) { padding ->
        Column(Modifier.fillMaxSize().padding(padding).consumeWindowInsets(padding)) {
            // Her reminders could not be set as the diary opened: the core's words, above every tab.
            diary.problem?.let { ErrorMessage(it) }
            Box(Modifier.weight(1f)) { RouteScreen(text, route, models) }
        }
    }
}

private fun Tab.icon(): ImageVector = when (this) {
    Tab.TODAY -> Icons.Filled.Home
    Tab.DIARY -> Icons.Filled.DateRange
    Tab.SERVICES -> Icons.Filled.LocationOn
    Tab.GUIDANCE -> Icons.Filled.Info
    Tab.MORE -> Icons.Filled.Menu
}

/** The screen for [route], from its feature's state (a wait, or the core's words if it could not be read). */
@Composable
private fun RouteScreen(text: UiText, route: Route, models: Models) {
    when (route) {
        Route.Today -> Loaded(text, route, models, models.today) { TodayScreen(text, it, actions = models.today) }
        Route.Services -> Loaded(text, route, models, models.services) { ServicesScreen(text, it, actions = models.services) }
        Route.ServiceDetail -> Loaded(text, route, models, models.services) {
            ServiceDetailScreen(text, it, actions = models.services)
        }
        Route.Guidance -> Loaded(text, route, models, models.guidance) { g ->
            g.list?.let { GuidanceScreen(text, it, actions = models.guidance) } ?: Waiting()
        }
        is Route.Article -> Loaded(text, route, models, models.guidance) { g ->
            g.reading?.takeIf { it.article.id == route.id }?.let { ArticleScreen(text, it, actions = models.guidance) } ?: Waiting()
        }
        Route.Contacts -> Loaded(text, route, models, models.guidance) { g ->
            g.contacts?.let { ContactsScreen(text, it, actions = models.guidance) } ?: Waiting()
        }
        Route.Feeding -> Loaded(text, route, models, models.guidance) { g ->
            g.feeding?.let { FeedingScreen(text, it, actions = models.guidance) } ?: Waiting()
        }
        Route.Support -> Loaded(text, route, models, models.support) { SupportScreen(text, it, actions = models.support) }
        Route.Sharing -> Loaded(text, route, models, models.sharing) { SharingScreen(text, it, actions = models.sharing) }
        Route.More -> MoreScreen(text, session = models.session)
        Route.Diary -> Loaded(text, route, models, models.diary) { d ->
            d.agenda?.let { DiaryScreen(text, it, models.diary) } ?: Waiting()
        }
        is Route.Appointment -> Loaded(text, route, models, models.diary) { d ->
            d.detail?.takeIf { it.form.appointmentId == route.id && it.form.occurrence == route.occurrence }
                ?.let { AppointmentScreen(text, it, models.diary) } ?: Waiting()
        }
        is Route.AppointmentForm -> Loaded(text, route, models, models.diary) { d ->
            d.edit?.takeIf { it.form.appointmentId == route.id }?.let { AppointmentFormScreen(text, it, models.diary) } ?: Waiting()
        }
        Route.Medicines -> Loaded(text, route, models, models.medicines) { m ->
            m.list?.let { MedicinesScreen(text, it, models.medicines) } ?: Waiting()
        }
        is Route.Medicine -> Loaded(text, route, models, models.medicines) { m ->
            m.medicine?.takeIf { it.history.medicineId == route.id }?.let { MedicineScreen(text, it, models.medicines) } ?: Waiting()
        }
        Route.MedicineForm -> Loaded(text, route, models, models.medicines) { m ->
            m.add?.let { MedicineFormScreen(text, it, models.medicines) } ?: Waiting()
        }
        Route.Settings -> Loaded(text, route, models, models.settings) { SettingsScreen(text, it, models.settings) }
    }
}
