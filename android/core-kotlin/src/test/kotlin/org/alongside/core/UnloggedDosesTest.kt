package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/**
 * Opioid treatment days with nothing logged: Today asks about them kindly and once, the
 * tolerance warning says when the app can't tell, and a logged dose is never changed
 * without her yes. Each test adds its own medicine to the shared vault.
 */
class UnloggedDosesTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()

        /** A week before Monday 23 November: the day she added the medicine. */
        val A_WEEK_AGO = at("2026-11-16T10:00:00Z")
        val WEEKEND = listOf("2026-11-20", "2026-11-21", "2026-11-22")
    }

    private val vault: Vault get() = shared.vault

    /** Methadone taken Monday to Thursday, nothing logged Friday to Sunday. */
    private fun quietWeekend(): String {
        val id = vault.addMedicine(methadoneDraft(), A_WEEK_AGO)
        for (day in listOf("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19")) {
            vault.logDose(doseEntry(id, day, DoseStatus.TAKEN), MONDAY_9AM)
        }
        return id
    }

    private fun questionFor(id: String): DoseQuestion? =
        vault.today(MONDAY_9AM).doseQuestions.singleOrNull { it.medicineId == id }

    private fun warningFor(id: String): Alert? =
        vault.today(MONDAY_9AM).alerts.singleOrNull { it.kind == AlertKind.TOLERANCE_WARNING && it.medicineId == id }

    @Test
    fun `days with nothing logged are asked about once, and each answer is kept`() {
        val id = quietWeekend()
        val question = questionFor(id) ?: throw AssertionError("Today should ask about the weekend")
        assertEquals("Did you have your methadone on Friday, Saturday and Sunday?", question.question)
        assertEquals(WEEKEND, question.days.map { it.date })
        assertEquals(listOf(DoseAnswer.YES, DoseAnswer.NO, DoseAnswer.NOT_SURE), question.answers.map { it.answer })
        assertEquals("I'm not sure", question.answers.last().label)
        assertEquals(3, question.allAnswers.size)

        vault.answerDoseQuestion(id, listOf("2026-11-21"), DoseAnswer.YES, MONDAY_9AM)
        assertEquals("Did you have your methadone on Friday and Sunday?", questionFor(id)?.question)
        val saturday = vault.dosesBetween("2026-11-21", "2026-11-21").single { it.medicineId == id }
        assertEquals(DoseState.TAKEN, saturday.state)
        assertNull("she didn't say when, so no time is made up", saturday.takenAt)

        vault.dismissDoseQuestion(id, listOf("2026-11-20", "2026-11-22"), MONDAY_9AM)
        assertNull("set aside, so not asked again", questionFor(id))
    }

    @Test
    fun `unlogged days bring the tolerance warning, saying the app can't tell`() {
        val id = quietWeekend()
        val alert = warningFor(id) ?: throw AssertionError("three unknown days give the same safety steps")
        assertEquals(3u, alert.missedDays)
        assertEquals(3u, alert.unknownDays)
        assertTrue(alert.body, alert.body.contains("the app can't tell"))
        assertTrue(alert.safetyNet!!, alert.safetyNet!!.contains("naloxone"))
        assertTrue(alert.sources.any { it.organisation == "NHS Lothian" })

        vault.answerDoseQuestion(id, WEEKEND, DoseAnswer.NO, MONDAY_9AM)
        val logged = warningFor(id) ?: throw AssertionError("three missed days still warn")
        assertEquals(0u, logged.unknownDays)
        assertTrue(logged.body, logged.body.contains("3 missed days of methadone"))
    }

    @Test
    fun `logging missed over a taken dose asks first and changes nothing until she says yes`() {
        val id = quietWeekend()
        val missed = doseEntry(id, "2026-11-19", DoseStatus.MISSED)
        val asked = assertRaises<AlongsideException.NeedsConfirmation> { vault.logDose(missed, MONDAY_9AM) }
        assertEquals("This dose is logged as taken. Do you want to change it to missed?", asked.question)
        assertEquals("Yes, change it", asked.confirmLabel)
        assertEquals("No, keep it as it is", asked.cancelLabel)
        val thursday = { vault.dosesBetween("2026-11-19", "2026-11-19").single { it.medicineId == id }.state }
        assertEquals(DoseState.TAKEN, thursday())

        vault.logDose(missed.copy(confirmChange = true), MONDAY_9AM)
        assertEquals(DoseState.MISSED, thursday())
    }
}
