package org.alongside.app

import org.alongside.core.ServiceResult
import org.alongside.core.Vault

/**
 * Services from the installed directory: the core's answers to her search and the places
 * where several services meet. Each method is one core call (or none) and returns the next
 * state.
 *
 * Why this exists: plain Kotlin, so the JVM tests drive it against the real library; the
 * core does the matching, the ordering and the "one place" days.
 */
class ServicesFeature(private val core: Core) {
    /** The screen afresh in one call, with her search as she left it (nothing typed or ticked the first time). */
    fun open(s: Screen.Services? = null): Screen.Services {
        val search = s?.search ?: ServicesSearch()
        val order = s?.view?.kinds?.map { it.category }.orEmpty()
        val view = core.vault.servicesScreen(search.query(order), core.now())
        return s?.copy(view = view, busy = false, error = null) ?: Screen.Services(view, search)
    }

    /** Only collects her words and choices; the lists change when she searches. */
    fun edit(s: Screen.Services, search: ServicesSearch) = s.copy(search = search, error = null)

    fun search(s: Screen.Services) = call(s) { v -> read(v, s) }

    /** One service in full, from the record the search returned. */
    fun showService(s: Screen.Services, service: ServiceResult) = s.copy(service = service, venue = null, error = null)

    /** One place and everything that meets there. */
    fun showVenue(s: Screen.Services, venueId: String) = call(s) { v -> s.copy(venue = v.venue(venueId), service = null) }

    private fun call(s: Screen.Services, work: (Vault) -> Screen.Services): Screen.Services =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) { work(core.vault).copy(busy = false, error = null) }

    /** The core's services screen for her search: the services, and the places for the next days. */
    private fun read(v: Vault, s: Screen.Services): Screen.Services =
        s.copy(view = v.servicesScreen(s.search.query(s.view.kinds.map { it.category }), core.now()), busy = false, error = null)
}
