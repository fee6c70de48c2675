package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import java.io.File

/**
 * Support mode through the generated Kotlin API: while her baby is not with her, Today
 * stops baby-feeding prompts, offers her own care with the 6 to 8 week check ready to add,
 * shows her next family time, and services for this situation come nearest first.
 */
class SupportModeTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    /** The shipped made-up Sampleton directory. */
    private val sample: ByteArray by lazy {
        val path = "core/content/directory/sample/sample.bundle"
        var dir: File? = File("").absoluteFile
        while (dir != null && !File(dir, path).isFile) dir = dir.parentFile
        File(dir, path).readBytes()
    }

    private fun inCare() {
        vault.setBabyStatus(BabyStatus.TAKEN_INTO_CARE, "2026-11-20", MONDAY_9AM)
    }

    @Test
    fun `feeding prompts stop and her own care comes first once her baby is in care`() {
        assertTrue(vault.today(MONDAY_9AM).support.feedingPrompts)
        assertEquals("breastfeeding", vault.guidanceForMe().first().id)
        inCare()
        val support = vault.today(MONDAY_9AM).support
        assertTrue(support.supportMode)
        assertFalse(support.feedingPrompts)
        assertEquals("Care for you", support.heading)
        val list = vault.guidanceForMe()
        assertEquals("your-body-and-milk", list.first().id)
        assertEquals("breastfeeding", list.last().id)
    }

    @Test
    fun `without her babys date of birth the check is offered without a date`() {
        inCare()
        assertNull(vault.herDates().dates.babyBorn)
        val check = vault.today(MONDAY_9AM).support.offers.first()
        assertEquals(SupportOfferKind.POSTNATAL_CHECK, check.kind)
        assertNull(check.appointment)
        assertTrue(check.whenLabel.orEmpty(), check.whenLabel.orEmpty().contains("date of birth"))
    }

    @Test
    fun `her dates are refused in her words when they cannot be right`() {
        vault.setHerDates(HerDates(dueDate = "2027-03-01"), MONDAY_9AM)
        try {
            vault.setHerDates(HerDates(babyBorn = "2026-12-25"), MONDAY_9AM)
            org.junit.Assert.fail("a birth after today is refused")
        } catch (e: AlongsideException.InvalidInput) {
            assertEquals("baby's date of birth", e.field)
        }
        assertEquals("2027-03-01", vault.herDates().dates.dueDate)
    }

    @Test
    fun `the 6 to 8 week check comes ready to add in the weeks after the birth, and goes once it is in her diary`() {
        inCare()
        val dates = vault.setHerDates(HerDates(dueDate = null, babyBorn = "2026-11-10"), MONDAY_9AM)
        assertEquals("Your baby's date of birth: Tuesday 10 November 2026", dates.babyBornLabel)
        val check = vault.today(MONDAY_9AM).support.offers.first()
        assertEquals(SupportOfferKind.POSTNATAL_CHECK, check.kind)
        assertEquals("postnatal-check", check.articleId)
        assertEquals("2026-12-22", check.dueFrom)
        assertEquals("2027-01-05", check.dueUntil)
        assertNotNull(check.appointment)
        val draft = check.appointment!!
        assertEquals(AppointmentKind.GP, draft.kind)
        assertEquals("2026-12-22T10:00", draft.start)
        vault.addAppointment(draft, MONDAY_9AM)
        val kinds = vault.today(MONDAY_9AM).support.offers.map { it.kind }
        assertFalse(kinds.contains(SupportOfferKind.POSTNATAL_CHECK))
        assertTrue(kinds.contains(SupportOfferKind.MEDICATION_AND_SAFETY))
    }

    @Test
    fun `her next family time is on Today and its reminder says nothing personal`() {
        inCare()
        vault.updateSettings(vault.settings().copy(discreetNotifications = false))
        vault.addAppointment(
            appointmentDraft(
                title = "Family time with Ruby",
                start = "2026-11-26T10:00",
                kind = AppointmentKind.FAMILY_TIME,
                location = "Oak Tree Contact Centre",
                reminders = listOf(60u),
            ),
            MONDAY_9AM,
        )
        val support = vault.today(MONDAY_9AM).support
        assertEquals("2026-11-26T10:00", support.nextFamilyTime?.startLocal)
        assertEquals("Next family time: Thursday 26 November 2026, 10:00 to 11:00", support.nextFamilyTimeLabel)
        val reminder = vault.reminders(MONDAY_9AM, at("2026-11-27T00:00:00Z"))
            .single { it.appointmentId == support.nextFamilyTime?.appointmentId }
        assertEquals("Alongside", reminder.title)
        assertEquals("You have a reminder", reminder.body)
    }

    @Test
    fun `services for this situation come nearest first, and a point off the globe is refused`() {
        assertTrue(vault.supportServices(null).isEmpty())
        vault.setDirectoryOptions(vault.directoryOptions().copy(allowSampleData = true))
        vault.importDirectory(sample, MONDAY_9AM)
        val byName = vault.supportServices(null).map { it.service.name }
        assertEquals(byName.sorted(), byName)
        val near = vault.supportServices(GeoPoint(latitude = 52.9987, longitude = -1.5064))
        assertEquals("bridge-street-centre", near.first().place?.id)
        assertEquals("0.0 km away", near.first().distanceLabel)
        assertNull(vault.supportServices(null).first().distanceKm)
        assertInvalid("longitude") { vault.supportServices(GeoPoint(latitude = 53.0, longitude = 200.0)) }
    }
}
