package org.alongside.app

import org.alongside.core.AdviceLevel
import org.alongside.core.AlongsideException
import org.alongside.core.BabySituation
import org.alongside.core.OstMedicine
import org.alongside.core.YesNoAnswer
import org.alongside.core.breastfeedingAdvice
import org.alongside.core.breastfeedingAnswersFromCodes
import org.alongside.core.breastfeedingQuestions
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import java.time.Instant

// The form only collects answer codes; the core turns them into answers and advice.
class BreastfeedingFormTest {
    private val questions = breastfeedingQuestions()
    private val now = Instant.parse("2026-11-23T09:00:00Z")

    private fun question(id: String) = questions.single { it.id == id }

    @Test
    fun an_empty_form_is_allowed_and_the_core_treats_every_question_as_skipped() {
        val form = BreastfeedingForm()
        assertFalse(form.allAnswered(questions))
        assertTrue(form.codes(questions).isEmpty())
        val answers = breastfeedingAnswersFromCodes(form.codes(questions))
        assertNull(answers.medicine)
        assertEquals(AdviceLevel.ENCOURAGED_TALK, breastfeedingAdvice(answers, now).level)
    }

    @Test
    fun a_tap_on_a_one_answer_question_replaces_her_answer_and_a_second_tap_takes_it_back() {
        val medicine = question("medicine")
        val form = BreastfeedingForm().tap(medicine, "methadone").tap(medicine, "buprenorphine")
        assertEquals(mapOf("medicine" to listOf("buprenorphine")), form.codes(questions))
        assertEquals(OstMedicine.BUPRENORPHINE, breastfeedingAnswersFromCodes(form.codes(questions)).medicine)
        val cleared = form.tap(medicine, "buprenorphine")
        assertFalse(cleared.isAnswered("medicine"))
        assertTrue(cleared.codes(questions).isEmpty())
    }

    @Test
    fun several_answers_are_kept_in_the_order_the_core_lists_them() {
        val baby = question("baby")
        val form = BreastfeedingForm().tap(baby, "premature").tap(baby, "in_hospital_for_withdrawal")
        assertTrue(form.isChosen("baby", "premature"))
        assertEquals(listOf("in_hospital_for_withdrawal", "premature"), form.codes(questions)["baby"])
        assertEquals(
            listOf(BabySituation.IN_HOSPITAL_FOR_WITHDRAWAL, BabySituation.PREMATURE),
            breastfeedingAnswersFromCodes(form.codes(questions)).baby,
        )
    }

    @Test
    fun answering_every_question_gives_the_cores_advice_with_reasons_and_sources() {
        var form = BreastfeedingForm()
        for (q in questions) form = form.tap(q, q.answers.first().code)
        assertTrue(form.allAnswered(questions))
        val advice = breastfeedingAdvice(breastfeedingAnswersFromCodes(form.codes(questions)), now)
        assertTrue(advice.headline.isNotBlank())
        assertTrue(advice.reasons.isNotEmpty())
        assertTrue(advice.reasons.all { it.sources.isNotEmpty() })
    }

    @Test
    fun the_question_about_a_start_or_big_rise_after_the_birth_is_on_the_form_and_brings_the_careful_advice() {
        val afterBirth = question("dose_after_birth")
        assertFalse(afterBirth.many)
        assertTrue(afterBirth.hint.orEmpty(), afterBirth.hint.orEmpty().contains("100 mg"))
        val form = BreastfeedingForm().tap(question("medicine"), "methadone").tap(afterBirth, "yes")
        val answers = breastfeedingAnswersFromCodes(form.codes(questions))
        assertEquals(YesNoAnswer.YES, answers.doseAfterBirth)
        val advice = breastfeedingAdvice(answers, now)
        assertEquals(AdviceLevel.TALK_FIRST, advice.level)
        assertTrue(advice.reasons.any { it.ruleId == "dose-after-birth" })
    }

    @Test
    fun the_form_does_not_judge_a_contradiction_the_core_refuses_it_in_its_own_words() {
        val substances = question("other_substances")
        val form = BreastfeedingForm().tap(substances, "none").tap(substances, "alcohol")
        assertEquals(listOf("none", "alcohol"), form.codes(questions)["other_substances"])
        try {
            breastfeedingAnswersFromCodes(form.codes(questions))
            fail("the core refuses nothing-else together with alcohol")
        } catch (e: AlongsideException.InvalidInput) {
            assertEquals("other substances", e.field)
        }
    }
}
