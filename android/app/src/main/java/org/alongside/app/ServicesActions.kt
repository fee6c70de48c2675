package org.alongside.app

import org.alongside.core.ServiceResult

/**
 * What she can do on the services screen. Each action is one core call (or none, for editing
 * the search or showing a service the core already sent); the result is the next screen.
 *
 * Why this exists: the composables take this interface rather than the ViewModel, so they
 * only render and forward. Matching, ordering and the "one place" days are the core's.
 */
interface ServicesActions {
    fun openServices()
    fun editServicesSearch(search: ServicesSearch)

    /** Asks the core again with her words and kinds of help: the services and the places. */
    fun searchServices()

    /** Shows one service in full, from the record the search returned. */
    fun showService(service: ServiceResult)

    /** Shows one place and everything that meets there (`venue(id)`). */
    fun showVenue(venueId: String)

    /** From a service or a place back to the lists. */
    fun closeServiceDetail()
    fun closeServices()
}
