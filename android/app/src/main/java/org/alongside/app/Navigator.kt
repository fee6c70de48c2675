package org.alongside.app

/**
 * The bottom bar's tabs, each named by the core's copy.
 *
 * Why this exists: the same five places on both phones (the iOS tab bar uses the same ids).
 */
enum class Tab(val titleId: String, val root: Route) {
    TODAY("nav-tab-today", Route.Today),
    DIARY("nav-tab-diary", Route.Diary),
    SERVICES("nav-tab-services", Route.Services),
    GUIDANCE("nav-tab-guidance", Route.Guidance),
    MORE("nav-tab-more", Route.More),
}

/** A screen she can be on while her diary is open. */
sealed interface Route {
    data object Today : Route
    data object Diary : Route
    data object Services : Route
    data object Guidance : Route
    data object More : Route

    /** One appointment in full (one date of it, for a repeating one). */
    data class Appointment(val id: String, val occurrence: UInt, val date: String) : Route

    /** Adding an appointment ([id] null) or changing one. */
    data class AppointmentForm(val id: String?) : Route

    /** One service or place in full, from the services screen. */
    data object ServiceDetail : Route
    data class Article(val id: String) : Route
    data object Contacts : Route
    data object Feeding : Route
    data object Support : Route
    data object Sharing : Route
    data object Medicines : Route

    /** One medicine: its doses, its history, changing or stopping it. */
    data class Medicine(val id: String) : Route

    /** Adding a medicine. */
    data object MedicineForm : Route
    data object Settings : Route
}

/**
 * Where she is: the tab she chose and, for each tab, the screens she opened in it.
 *
 * Why this exists: a phone user expects Back to go back on every screen, and each tab to
 * remember where she was in it. Back pops the tab she is on; from another tab's first
 * screen it goes to Today; only from Today's first screen does it leave the app (null).
 * Immutable: the app publishes each one, and locking starts again from [Navigator()], so
 * nothing of hers stays in a back stack.
 */
data class Navigator(
    val tab: Tab = Tab.TODAY,
    private val stacks: Map<Tab, List<Route>> = Tab.entries.associateWith { listOf(it.root) },
) {
    /** The screen on show. */
    val route: Route get() = stack(tab).last()

    /** Whether Back stays in the app (a Back arrow is shown). */
    val canGoBack: Boolean get() = back() != null

    /** Whether the screen on show is deeper than its tab's first screen. */
    val deeper: Boolean get() = stack(tab).size > 1

    /** Goes to [tab] where she left it; tapping the tab she is on goes to its first screen. */
    fun select(tab: Tab): Navigator =
        if (tab == this.tab) copy(stacks = stacks + (tab to listOf(tab.root))) else copy(tab = tab)

    /** Opens [route] over the screen on show; a tab's first screen selects that tab instead. */
    fun open(route: Route): Navigator {
        Tab.entries.firstOrNull { it.root == route }?.let { return copy(tab = it, stacks = stacks + (it to listOf(route))) }
        if (route == this.route) return this
        return copy(stacks = stacks + (tab to stack(tab) + route))
    }

    /** Back: the screen before, Today from another tab's first screen, or null to leave the app. */
    fun back(): Navigator? {
        val here = stack(tab)
        return when {
            here.size > 1 -> copy(stacks = stacks + (tab to here.dropLast(1)))
            tab != Tab.TODAY -> copy(tab = Tab.TODAY)
            else -> null
        }
    }

    /** Closes [route] if it is on show (after a save, say): the same as Back from it. */
    fun close(route: Route): Navigator = if (this.route == route) back() ?: this else this

    private fun stack(tab: Tab): List<Route> = stacks[tab].orEmpty().ifEmpty { listOf(tab.root) }
}
