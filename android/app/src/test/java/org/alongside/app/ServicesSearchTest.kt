package org.alongside.app

import org.alongside.core.Category
import org.alongside.core.serviceCategories
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test

// The services form only collects her words and the kinds of help she ticks; the core does
// the matching and the ordering.
class ServicesSearchTest {
    private val order = serviceCategories().map { it.category }

    @Test
    fun blank_words_ask_for_no_words_and_no_kinds_ticked_asks_for_every_kind() {
        val query = ServicesSearch(words = "   ").query(order)
        assertNull(query.text)
        assertEquals(emptyList<Category>(), query.categories)
        assertEquals(false, query.dropInOnly)
        assertEquals(false, query.selfReferralOnly)
        assertNull("no time is asked about", query.openAt)
        assertNull(query.onDate)
    }

    @Test
    fun her_words_go_as_she_typed_them_without_the_spaces_around_them() {
        assertEquals("food bank", ServicesSearch(words = "  food bank ").query(order).text)
    }

    @Test
    fun the_kinds_she_ticks_go_in_the_cores_order_and_a_second_tap_takes_one_back() {
        val search = ServicesSearch()
            .toggle(Category.HOUSING)
            .toggle(Category.FOOD)
            .toggle(Category.GP)
            .toggle(Category.FOOD)
            .toggle(Category.MATERNITY_AND_SPECIALIST_MIDWIFE)
        val expected = order.filter { it in setOf(Category.MATERNITY_AND_SPECIALIST_MIDWIFE, Category.GP, Category.HOUSING) }
        assertEquals(3, expected.size)
        assertEquals(expected, search.query(order).categories)
        assertEquals(expected, search.chosen(order))
    }
}
