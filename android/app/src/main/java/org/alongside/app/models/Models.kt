package org.alongside.app.models

import androidx.compose.runtime.Stable
import org.alongside.app.Route

/**
 * Every feature's ViewModel, handed to the root composable.
 *
 * Why this exists: one place that knows which feature reads which screen, so each screen is
 * read afresh when she arrives on it ([show]) and the composables stay thin. Stable: it
 * never changes, so Compose need not redraw what takes it.
 */
@Stable
class Models(
    val session: SessionViewModel,
    val today: TodayViewModel,
    val diary: DiaryViewModel,
    val medicines: MedicinesViewModel,
    val services: ServicesViewModel,
    val guidance: GuidanceViewModel,
    val sharing: SharingViewModel,
    val support: SupportViewModel,
    val settings: SettingsViewModel,
) {
    /** She arrived on [route]: its feature reads it from the core. */
    fun show(route: Route) {
        when (route) {
            Route.Today -> today.refresh()
            Route.Services -> services.openServices()
            Route.Guidance -> guidance.openGuidance()
            is Route.Article -> guidance.showArticle(route.id)
            Route.Contacts -> guidance.showContacts()
            Route.Feeding -> guidance.showFeeding()
            Route.Support -> support.openSupport()
            Route.Sharing -> sharing.openSharing()
            // Shown from what its feature already holds, or nothing to read.
            Route.ServiceDetail, Route.More -> {}
            Route.Diary -> diary.showAgenda()
            is Route.Appointment -> diary.showAppointment(route)
            is Route.AppointmentForm -> diary.showForm(route)
            Route.Medicines -> medicines.showList()
            is Route.Medicine -> medicines.showMedicine(route.id)
            Route.MedicineForm -> medicines.showForm()
            Route.Settings -> settings.show()
        }
    }
}
