package org.alongside.app

import org.alongside.core.Category
import org.alongside.core.ServiceQuery

/**
 * What she has typed and ticked on the services screen, and the search it asks the core.
 *
 * Why this exists: the form only collects her words and the kinds of help she ticked; the
 * core does the matching, the ordering and the "one place" days (how far ahead they look is
 * the core's too, in `services_screen`). The shell keeps no rule of its own: blank words
 * mean "no words", and no kinds ticked means every kind (the core's meaning of an empty list).
 */
data class ServicesSearch(
    val words: String = "",
    val categories: Set<Category> = emptySet(),
) {
    fun toggle(category: Category) =
        copy(categories = if (category in categories) categories - category else categories + category)

    /** The kinds of help she ticked, in [order]: the core's (`service_categories()`). */
    fun chosen(order: List<Category>): List<Category> = order.filter { it in categories }

    /** The search for the core: her words as typed (blank means none) and the kinds she ticked. */
    fun query(order: List<Category>): ServiceQuery = ServiceQuery(
        text = words.trim().ifEmpty { null },
        categories = chosen(order),
        openAt = null,
        onDate = null,
        dropInOnly = false,
        selfReferralOnly = false,
    )
}
