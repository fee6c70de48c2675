package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.Route
import org.alongside.app.Screen
import org.alongside.app.ServicesActions
import org.alongside.app.ServicesFeature
import org.alongside.app.ServicesSearch
import org.alongside.core.ServiceResult

/** Services on the core's thread ([ServicesFeature]); a service or place opens as its own screen. */
class ServicesViewModel(session: SessionViewModel) : FeatureViewModel<Screen.Services>(session), ServicesActions {
    private val feature = ServicesFeature(session.session)

    private fun busy(s: Screen.Services) = s.copy(busy = true, error = null)

    override fun openServices() = load { feature.open(it) }

    override fun editServicesSearch(search: ServicesSearch) = edit { feature.edit(it, search) }

    override fun searchServices() = act(::busy) { feature.search(it) }

    override fun showService(service: ServiceResult) {
        edit { feature.showService(it, service) }
        session.open(Route.ServiceDetail)
    }

    override fun showVenue(venueId: String) {
        act(::busy) { feature.showVenue(it, venueId) }
        session.open(Route.ServiceDetail)
    }

    override fun closeServiceDetail() {
        session.back()
    }

    override fun closeServices() {
        session.back()
    }

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { ServicesViewModel(session) }
    }
}
