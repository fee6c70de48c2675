package org.alongside.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

// Where Back goes is decided here, in plain Kotlin; the app only draws it.
class NavigatorTest {
    @Test
    fun the_app_opens_on_today_and_back_from_there_leaves_the_app() {
        val nav = Navigator()
        assertEquals(Tab.TODAY, nav.tab)
        assertEquals(Route.Today, nav.route)
        assertFalse(nav.canGoBack)
        assertNull(nav.back())
    }

    @Test
    fun back_from_every_screen_goes_back_to_the_one_she_came_from() {
        val screens = listOf(
            Tab.TODAY to listOf(Route.Support, Route.Article("missed-doses-and-tolerance")),
            Tab.DIARY to listOf(Route.Appointment("a1", 0u, "2026-11-25"), Route.AppointmentForm("a1")),
            Tab.SERVICES to listOf(Route.ServiceDetail),
            Tab.GUIDANCE to listOf(Route.Article("a"), Route.Contacts),
            Tab.MORE to listOf(Route.Medicines, Route.Medicine("m1"), Route.MedicineForm),
            Tab.MORE to listOf(Route.Sharing),
            Tab.MORE to listOf(Route.Support),
            Tab.MORE to listOf(Route.Feeding),
            Tab.MORE to listOf(Route.Settings),
        )
        for ((tab, path) in screens) {
            var nav = Navigator().select(tab)
            val seen = mutableListOf(nav.route)
            for (route in path) {
                nav = nav.open(route)
                assertEquals(route, nav.route)
                assertTrue("a back arrow on $route", nav.deeper && nav.canGoBack)
                seen += route
            }
            // Back, all the way down: each screen she passed, in reverse, then Today.
            for (expected in seen.reversed().drop(1)) {
                nav = nav.back() ?: error("Back left the app from ${nav.route}")
                assertEquals(expected, nav.route)
            }
            if (tab != Tab.TODAY) {
                nav = nav.back() ?: error("Back left the app from the first screen of $tab")
                assertEquals(Tab.TODAY, nav.tab)
            }
            assertEquals(Route.Today, nav.route)
            assertNull("only Today's first screen leaves the app", nav.back())
        }
    }

    @Test
    fun each_tab_remembers_where_she_was_and_tapping_it_again_goes_to_its_first_screen() {
        val nav = Navigator()
            .select(Tab.GUIDANCE).open(Route.Article("a"))
            .select(Tab.MORE).open(Route.Sharing)
            .select(Tab.GUIDANCE)
        assertEquals(Route.Article("a"), nav.route)
        assertEquals(Route.Sharing, nav.select(Tab.MORE).route)
        assertEquals(Route.Guidance, nav.select(Tab.GUIDANCE).route)
    }

    @Test
    fun opening_a_tabs_first_screen_goes_to_that_tab_and_the_same_screen_twice_is_one_step_back() {
        val nav = Navigator().open(Route.Services)
        assertEquals(Tab.SERVICES, nav.tab)
        assertFalse(nav.deeper)
        val detail = nav.open(Route.ServiceDetail).open(Route.ServiceDetail)
        assertEquals(Route.Services, detail.back()?.route)
    }

    @Test
    fun closing_a_screen_after_a_save_goes_back_only_if_she_is_still_on_it() {
        val form = Navigator().select(Tab.MORE).open(Route.Medicines).open(Route.MedicineForm)
        assertEquals(Route.Medicines, form.close(Route.MedicineForm).route)
        assertEquals(Route.Medicines, form.close(Route.MedicineForm).close(Route.MedicineForm).route)
    }

    @Test
    fun a_new_navigator_after_a_lock_holds_nothing_she_opened() {
        val fresh = Navigator()
        for (tab in Tab.entries) assertEquals(tab.root, fresh.select(tab).route)
    }

    /** One of every screen. [kind] does not compile when a screen is added and not listed here. */
    private val everyScreen: List<Route> = listOf(
        Route.Today, Route.Diary, Route.Services, Route.Guidance, Route.More,
        Route.Appointment("a1", 2u, "2026-12-09"), Route.AppointmentForm(null), Route.AppointmentForm("a1"),
        Route.ServiceDetail, Route.Article("a"), Route.Contacts, Route.Feeding, Route.Support, Route.Sharing,
        Route.Medicines, Route.Medicine("m1"), Route.MedicineForm, Route.Settings,
    )

    private fun kind(route: Route): String = when (route) {
        Route.Today, Route.Diary, Route.Services, Route.Guidance, Route.More -> "tab"
        is Route.Appointment, is Route.AppointmentForm, Route.ServiceDetail, is Route.Article, Route.Contacts,
        Route.Feeding, Route.Support, Route.Sharing, Route.Medicines, is Route.Medicine, Route.MedicineForm,
        Route.Settings,
        -> "screen"
    }

    @Test
    fun back_from_every_screen_opened_in_any_tab_returns_to_where_she_was() {
        for (tab in Tab.entries) {
            for (route in everyScreen.filter { kind(it) == "screen" }) {
                val before = Navigator().select(tab)
                val opened = before.open(route)
                assertEquals(route, opened.route)
                assertEquals("Back from $route in $tab", before, opened.back())
            }
        }
        for (root in everyScreen.filter { kind(it) == "tab" }) {
            val there = Navigator().open(root)
            if (root == Route.Today) assertNull(there.back()) else assertEquals(Route.Today, there.back()?.route)
        }
    }
}
