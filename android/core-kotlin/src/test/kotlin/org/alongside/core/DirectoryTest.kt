package org.alongside.core

import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File

/**
 * The service directory through the generated Kotlin API: installing a signed sample
 * bundle (only once she allows sample data), refusals that change nothing, and every
 * question the directory answers. The bundle is core/tests/fixtures/directory-test.bundle,
 * which a Rust test keeps identical to the directory the Rust tests build ("Testshire":
 * a family hub, a clinic and a hall; see core/tests/directory_support/mod.rs).
 */
class DirectoryTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var vault: Vault

    private val bundle: ByteArray by lazy {
        var dir: File? = File("").absoluteFile
        while (dir != null && !File(dir, "core/tests/fixtures/directory-test.bundle").isFile) dir = dir.parentFile
        File(dir, "core/tests/fixtures/directory-test.bundle").readBytes()
    }

    @Before
    fun openVault() {
        vault = Vault.open(SealedVault.copyTo(File(tmp.root, "vault")))
        vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
    }

    @After
    fun closeVault() {
        vault.close()
    }

    private fun allowSample(allow: Boolean) = vault.setDirectoryOptions(DirectoryOptions(allowSampleData = allow))

    private fun install(): DirectoryStatus {
        allowSample(true)
        return vault.importDirectory(bundle, MONDAY_9AM)
    }

    private fun query(
        text: String? = null,
        categories: List<Category> = emptyList(),
        openAt: java.time.Instant? = null,
        onDate: String? = null,
        dropInOnly: Boolean = false,
        selfReferralOnly: Boolean = false,
    ) = ServiceQuery(text, categories, openAt, onDate, dropInOnly, selfReferralOnly)

    @Test
    fun `sample data is refused until she allows it, then installs flagged as sample`() {
        assertEquals(DirectoryOptions(allowSampleData = false), vault.directoryOptions())
        assertNull(vault.directoryStatus(MONDAY_9AM))
        val refused = assertRaises<AlongsideException.BundleRefused> { vault.importDirectory(bundle, MONDAY_9AM) }
        assertEquals(BundleRefusal.UNKNOWN_PUBLISHER, refused.reason)
        assertNull("nothing was installed", vault.directoryStatus(MONDAY_9AM))

        val status = install()
        assertEquals(DirectoryOptions(allowSampleData = true), vault.directoryOptions())
        assertTrue(status.sample)
        assertEquals("Testshire", status.area)
        assertEquals(1uL, status.version)
        assertEquals(7u, status.services)
        assertEquals(3u, status.venues)
        assertEquals(8u, status.sessions)
        assertFalse(status.outOfDate)
        assertEquals("Sample services for Testshire: made-up data for trying the app", status.summary)
        assertEquals(status, vault.directoryStatus(MONDAY_9AM))
        assertTrue("still works after it expires", vault.directoryStatus(at("2027-06-01T09:00:00Z"))!!.outOfDate)

        allowSample(false)
        assertNull("turning sample data off removes it", vault.directoryStatus(MONDAY_9AM))
    }

    @Test
    fun `a damaged or repeated bundle is refused and the installed directory is unchanged`() {
        val installed = install()
        val before = vault.searchServices(query())

        val again = assertRaises<AlongsideException.BundleRefused> { vault.importDirectory(bundle, MONDAY_9AM) }
        assertEquals(BundleRefusal.ALREADY_INSTALLED, again.reason)
        val words = "directory-refused-" + again.reason.name.lowercase().replace('_', '-')
        assertEquals("the core has words for it", "You already have this directory.", uiStrings()[words])

        val cut = assertRaises<AlongsideException.BundleRefused> {
            vault.importDirectory(bundle.copyOf(bundle.size / 2), MONDAY_9AM)
        }
        assertEquals(BundleRefusal.MALFORMED, cut.reason)

        // Change one character of the signed payload (base64 'A' to 'B' near the end).
        val text = String(bundle, Charsets.UTF_8)
        val pos = text.lastIndexOf("\"payload\":\"") + 20
        val forged = text.substring(0, pos) + (if (text[pos] == 'A') 'B' else 'A') + text.substring(pos + 1)
        val bad = assertRaises<AlongsideException.BundleRefused> {
            vault.importDirectory(forged.toByteArray(Charsets.UTF_8), MONDAY_9AM)
        }
        assertEquals(BundleRefusal.BAD_SIGNATURE, bad.reason)

        assertEquals(installed, vault.directoryStatus(MONDAY_9AM))
        assertEquals(before, vault.searchServices(query()))
    }

    @Test
    fun `search takes whatever she types and filters by category, time, drop-in and self-referral`() {
        install()
        assertEquals(listOf("recovery"), vault.searchServices(query(text = "bupren")).map { it.id })
        for (typed in listOf("\"", "*", "NEAR(food bank)", "food AND OR", "'; DROP TABLE x; --")) {
            vault.searchServices(query(text = typed))
        }
        val recovery = vault.searchServices(query(text = "recovery")).single()
        assertEquals(Category.DRUG_AND_ALCOHOL_TREATMENT, recovery.category)
        assertEquals("Drug and alcohol treatment", recovery.categoryLabel)
        assertEquals(Referral.SELF_REFERRAL, recovery.referral)
        assertTrue(recovery.sample)
        assertEquals("01632 960000", recovery.phone)
        assertEquals("what the phone dials", "01632960000", recovery.phoneDial)

        val tuesdayMorning = vault.searchServices(query(openAt = at("2026-11-24T10:00:00Z"))).single()
        assertEquals("midwives", tuesdayMorning.id)
        val session = tuesdayMorning.sessions.single()
        assertEquals("Mill Lane Family Hub", session.venueName)
        assertEquals("Every Tuesday", session.daysLabel)
        assertEquals("09:30 to 12:00", session.timeLabel)
        assertEquals(SessionAccess.DROP_IN, session.access)
        assertEquals(listOf(Weekday.TUESDAY), session.days)

        // Sunday 28 March 2027, after the clocks go forward: 08:30 UTC is 09:30 in London.
        assertEquals(listOf("crisis-cafe"), vault.searchServices(query(openAt = at("2027-03-28T08:30:00Z"))).map { it.id })
        assertEquals(
            listOf("food-bank", "peer-group"),
            vault.searchServices(query(onDate = "2026-11-27", dropInOnly = true, selfReferralOnly = true)).map { it.id },
        )
        assertEquals(
            listOf("health-visitors"),
            vault.searchServices(query(categories = listOf(Category.HEALTH_VISITING), onDate = "2026-12-03")).map { it.id },
        )
        val healthVisitors = vault.searchServices(query(text = "health visitors")).single().sessions.single()
        assertEquals(listOf(1u, 3u), healthVisitors.weeksOfMonth)
        assertEquals("The first and third Thursday of the month", healthVisitors.daysLabel)
        assertInvalid("on date") { vault.searchServices(query(onDate = "2026-02-30")) }
    }

    @Test
    fun `hubs, a one-place plan, venues near her and one venue answer in one call each`() {
        install()
        val hubs = vault.venueHubs(listOf(Category.FOOD, Category.PEER_SUPPORT_AND_COMMUNITY_GROUPS), "2026-11-23", 7u)
        val hall = hubs.first()
        assertEquals("hall", hall.venue.id)
        assertEquals(listOf("2026-11-27"), hall.hubDates)
        assertTrue(hall.days.single().hubDay)
        assertEquals("Friday 27 November", hall.days.single().dateLabel)

        val plan = vault.planOnePlace(
            listOf(
                Category.MATERNITY_AND_SPECIALIST_MIDWIFE,
                Category.DRUG_AND_ALCOHOL_TREATMENT,
                Category.FOOD,
                Category.PEER_SUPPORT_AND_COMMUNITY_GROUPS,
                Category.HOUSING,
            ),
            "2026-11-23",
            7u,
            MONDAY_9AM,
        )
        assertEquals(listOf("hub" to "2026-11-24", "hall" to "2026-11-27"), plan.map { it.venue.id to it.date })
        assertEquals(listOf("Housing"), plan.last().remainingLabels)
        assertEquals("her diary's one appointment that Tuesday", 1u, plan.first().diaryAppointments)

        val near = vault.venuesNear(53.0, -1.5, 2u)
        assertEquals(listOf("hub", "clinic"), near.map { it.venue.id })
        assertEquals("1.1 km", near[1].distanceLabel)
        assertInvalid("latitude") { vault.venuesNear(123.0, 0.0, 5u) }

        val clinic = vault.venue("clinic")
        assertEquals("Riverside Clinic", clinic.venue.name)
        assertEquals(3, clinic.sessions.size)
        assertEquals("Every Monday and Wednesday", clinic.sessions.first().daysLabel)
        assertRaises<AlongsideException.NotFound> { vault.venue("nowhere") }
    }

    @Test
    fun `an appointment at a venue shows on Today with what else meets there that day`() {
        install()
        val before = vault.appointmentsBetween("2026-11-23", "2026-11-30").size
        // Tuesday at Mill Lane Family Hub: midwives in the morning, the recovery team after lunch.
        vault.addAppointment(appointmentDraft(title = "Baby weighing", start = "2026-11-24T11:00", venueId = "hub"), MONDAY_9AM)
        val o = vault.today(MONDAY_9AM).nextDays.single { it.title == "Baby weighing" }
        assertEquals("hub", o.venueId)
        val place = o.place!!
        assertEquals("Mill Lane Family Hub", place.venue.name)
        assertEquals(listOf("Specialist midwives", "Recovery team"), place.alsoThere.map { it.serviceName })
        assertEquals(
            "Also here that day: Specialist midwives (09:30 to 12:00); Recovery team (13:00 to 16:00).",
            place.alsoThereLabel,
        )
        assertTrue("the venue's address is kept as the location", o.location!!.startsWith("Mill Lane Family Hub"))
        assertInvalid("place") {
            vault.addAppointment(appointmentDraft(start = "2026-11-24T11:00", venueId = "nowhere"), MONDAY_9AM)
        }
        assertEquals("only the first was saved", before + 1, vault.appointmentsBetween("2026-11-23", "2026-11-30").size)
    }

    @Test
    fun `the services screen is one call, and how far ahead the places list looks is the core's`() {
        val empty = vault.servicesScreen(query(), MONDAY_9AM)
        assertNull("no directory yet", empty.status)
        assertEquals(serviceCategories(), empty.kinds)
        assertTrue(empty.results.isEmpty() && empty.hubs.isEmpty())

        install()
        val view = vault.servicesScreen(query(text = "  "), MONDAY_9AM)
        assertEquals("2026-11-23", view.today)
        assertEquals(vault.directoryStatus(MONDAY_9AM), view.status)
        assertEquals("blank words filter nothing", 7, view.results.size)
        assertEquals(14u, view.hubDays)
        assertEquals("No places found for the next two weeks.", view.noHubs)
        assertTrue(view.hubsIntro.startsWith("Over the next two weeks."))
        assertEquals(vault.venueHubs(emptyList(), "2026-11-23", view.hubDays), view.hubs)

        val food = vault.servicesScreen(query(categories = listOf(Category.FOOD)), MONDAY_9AM)
        assertEquals(listOf("food-bank"), food.results.map { it.id })
        assertEquals(listOf("hall"), food.hubs.map { it.venue.id })
    }

    @Test
    fun `every kind of help comes with its words, in the core's order, with no vault needed`() {
        val kinds = serviceCategories()
        assertEquals(Category.values().toList(), kinds.map { it.category })
        assertEquals("Housing", kinds.single { it.category == Category.HOUSING }.label)
        assertTrue(kinds.all { it.label.isNotBlank() && !it.label.startsWith("category-") })
    }

    @Test
    fun `directory updates stay off until she turns them on, and an unreachable server changes nothing`() {
        assertTrue(vault.checkForDirectoryUpdate(MONDAY_9AM) is UpdateOutcome.NotEnabled)
        assertFalse(vault.directoryOptions().updatesEnabled)
        assertInvalid("update address") {
            vault.setDirectoryOptions(
                DirectoryOptions(allowSampleData = false, updatesEnabled = true, updatesUrl = "http://example.org/d.bundle"),
            )
        }

        install()
        // A loopback port nothing listens on: the check is offline and her directory stays.
        val port = java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()).use { it.localPort }
        val url = "http://127.0.0.1:$port/directory.bundle"
        vault.setDirectoryOptions(vault.directoryOptions().copy(updatesEnabled = true, updatesUrl = url))
        assertEquals(url, vault.directoryOptions().updatesUrl)
        val outcome = vault.checkForDirectoryUpdate(MONDAY_9AM)
        assertTrue("$outcome", outcome is UpdateOutcome.Offline)
        assertEquals(
            "Couldn't check for a newer directory just now. You can still use the one you have.",
            (outcome as UpdateOutcome.Offline).message,
        )
        assertEquals(1uL, vault.directoryStatus(MONDAY_9AM)!!.version)
        assertNull(vault.directoryOptions().updatesLastChecked)
    }
}
