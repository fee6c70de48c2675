package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

/**
 * The Diary and Medicines screens as the phones call them: one call per screen (the
 * agenda, the appointment and medicine forms, a medicine's history) and one per action,
 * with every problem in a draft beside its field before she saves.
 */
class DiaryScreensTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    @Test
    fun `this week's diary shows each day with its appointments and the weeks either side`() {
        vault.addAppointment(appointmentDraft(title = "Group", start = "2026-11-25T18:00", repeat = weekly(4u)), MONDAY_9AM)

        val week = vault.diary(DiaryRange.Week(null), MONDAY_9AM)

        assertEquals("Week of Monday 23 November 2026", week.title)
        assertEquals(7, week.days.size)
        assertTrue(week.days[0].isToday)
        assertEquals("Today, Monday 23 November", week.days[0].label)
        assertEquals(listOf("Group"), week.days[2].appointments.map { it.occurrence.title })
        assertEquals("Next week", week.next.label)
        val next = vault.diary(week.next.range, MONDAY_9AM)
        assertEquals("2026-11-30", next.from)
        assertEquals(listOf("Group"), next.days[2].appointments.map { it.occurrence.title })
    }

    @Test
    fun `a diary page of more than 62 days is refused on its end date`() {
        assertInvalid("to") { vault.diary(DiaryRange.Dates("2026-11-01", "2027-02-01"), MONDAY_9AM) }
    }

    @Test
    fun `checking a draft lists every problem beside its field and saving refuses the same draft`() {
        val draft = appointmentDraft(title = " ", durationMinutes = 0u)

        val problems = vault.checkAppointmentDraft(draft, MONDAY_9AM)

        assertEquals(listOf("title", "duration"), problems.map { it.field })
        assertTrue(problems.all { it.reason.isNotBlank() })
        assertInvalid("title") { vault.addAppointment(draft, MONDAY_9AM) }
        assertTrue(vault.checkAppointmentDraft(appointmentDraft(), MONDAY_9AM, null).isEmpty())
    }

    @Test
    fun `a medicine draft with no dose and a unit that doesn't fit gets both problems`() {
        val draft = methadoneDraft(amount = 0.0).copy(unit = DoseUnit.TABLET)

        val problems = vault.checkMedicineDraft(draft, MONDAY_9AM)

        assertEquals(listOf("dose", "unit"), problems.map { it.field })
        assertTrue(vault.checkMedicineDraft(methadoneDraft(), MONDAY_9AM).isEmpty())
    }

    @Test
    fun `the appointment form for one date of a weekly series offers which dates to move`() {
        val id = vault.addAppointment(appointmentDraft(title = "Group", start = "2026-11-25T18:00", repeat = weekly(3u)), MONDAY_9AM)

        val blank = vault.appointmentForm(null, MONDAY_9AM)
        assertEquals("New appointment", blank.title)
        assertTrue(blank.moveScopes.isEmpty())
        assertNull(blank.delete)

        val form = vault.appointmentForm(id, MONDAY_9AM, 1u)
        assertEquals("Group", form.values.title)
        assertEquals(
            listOf(MoveScope.THIS_DATE, MoveScope.THIS_AND_FOLLOWING, MoveScope.ALL_DATES),
            form.moveScopes.map { it.scope },
        )
        assertEquals(listOf(Scope.THIS_OCCURRENCE, Scope.THIS_AND_FOLLOWING), form.cancelScopes.map { it.scope })
        assertEquals("Yes, delete it", form.delete!!.confirm)
        assertNotNull(form.cancel)
    }

    @Test
    fun `moving every date of a series moves the earlier dates too`() {
        val id = vault.addAppointment(appointmentDraft(title = "Group", start = "2026-11-25T18:00", repeat = weekly(2u)), MONDAY_9AM)

        vault.moveAppointment(id, 1u, "2026-12-03T17:00", MoveScope.ALL_DATES, MONDAY_9AM)

        val starts = vault.appointmentsBetween("2026-11-25", "2026-12-31")
            .filter { it.title == "Group" }
            .map { it.startLocal }
        assertEquals(listOf("2026-11-26T17:00", "2026-12-03T17:00"), starts)
    }

    @Test
    fun `the medicine form puts opioid treatment first and knows the dose now`() {
        val blank = vault.medicineForm(null, MONDAY_9AM)
        assertEquals(MedicineKind.METHADONE_ORAL_SOLUTION, blank.kinds.first().kind)
        assertEquals(listOf(DoseUnit.MG, DoseUnit.ML), blank.kinds.first().units.map { it.unit })
        assertNull(blank.changeDose)
        assertEquals("Morning dose", blank.morningDoseLabel)

        val id = vault.addMedicine(methadoneDraft(amount = 60.0), MONDAY_9AM)
        val form = vault.medicineForm(id, MONDAY_9AM)
        assertEquals("Your dose now: 60 mg", form.changeDose!!.currentLabel)
        assertEquals("2026-11-23", form.changeDose!!.defaultEffectiveDate)
        assertFalse(form.stop!!.question.isBlank())
    }

    @Test
    fun `a medicine's history shows its dose changes and each day's doses`() {
        val id = vault.addMedicine(methadoneDraft(startDate = "2026-11-16", amount = 60.0), MONDAY_9AM)
        vault.changeDose(id, DoseChange("2026-11-20", 70.0, null, null, null), MONDAY_9AM)
        vault.logDose(doseEntry(id, "2026-11-19", DoseStatus.MISSED), MONDAY_9AM)

        val h = vault.medicineHistory(id, "2026-11-16", "2026-11-22", MONDAY_9AM)

        assertEquals(listOf("60 mg", "70 mg"), h.changes.map { it.amountLabel })
        assertEquals(7, h.days.size)
        assertEquals("Missed", h.days[3].doses.single().stateLabel)
        assertEquals("2026-11-09", h.earlier.from)
        assertInvalid("to") { vault.medicineHistory(id, "2026-01-01", "2026-11-22", MONDAY_9AM) }
    }
}
