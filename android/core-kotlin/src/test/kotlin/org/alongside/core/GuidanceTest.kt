package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/**
 * Guidance through the FFI, the way the phones call it: articles, support contacts, the
 * breastfeeding form and its advice, and her saved plan. Guidance needs no vault; the
 * plan lives in hers.
 */
class GuidanceTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    private fun calm() = BreastfeedingAnswers(
        medicine = OstMedicine.METHADONE,
        doseStable = YesNoAnswer.YES,
        otherSubstances = listOf(OtherSubstance.NONE_OF_THESE),
        prescribedBenzodiazepines = YesNoAnswer.NO,
        hiv = HivStatus.NEGATIVE,
        hepCCrackedNipples = YesNoAnswer.NO,
        baby = listOf(BabySituation.NONE_OF_THESE),
        doseAfterBirth = YesNoAnswer.NO,
    )

    @Test
    fun `the article list leads with breastfeeding and each article opens with its sources`() {
        val list = guidanceArticles()
        assertEquals("breastfeeding", list.first().id)
        assertTrue(list.map { it.id }.toString(), list.any { it.id == "crisis-and-support" })
        for (summary in list) {
            val article = guidanceArticle(summary.id)
            assertEquals(summary.title, article.title)
            assertTrue(article.checkedLabel, article.checkedLabel.startsWith("Checked "))
            for (section in article.sections) {
                if (section.clinical) assertTrue("${article.id}: ${section.heading}", section.sources.isNotEmpty())
                assertTrue(section.blocks.isNotEmpty())
            }
        }
        val nows = guidanceArticle("nows")
        val words = nows.sections.flatMap { s ->
            s.blocks.flatMap { b ->
                when (b) {
                    is GuidanceBlock.Paragraph -> listOf(b.text.text)
                    is GuidanceBlock.Bullets -> b.items.map { it.text }
                }
            }
        }
        assertTrue(words.isNotEmpty())
        assertFalse("no Markdown left for the shell to render", words.any { it.contains("**") })
    }

    @Test
    fun `an unknown article is NotFound`() {
        assertRaises<AlongsideException.NotFound> { guidanceArticle("no-such-article") }
    }

    @Test
    fun `support contacts come from the one table, ready to dial`() {
        val contacts = supportContacts()
        val samaritans = contacts.single { it.id == "samaritans" }
        assertEquals("116123", samaritans.dial)
        assertEquals("Samaritans on 116 123", samaritans.label)
        val crisis = guidanceArticle("crisis-and-support")
        assertEquals(contacts.map { it.id }.toSet(), crisis.contacts.map { it.id }.toSet())
    }

    @Test
    fun `the form has every question and answer in words, and codes become answers`() {
        val questions = breastfeedingQuestions()
        assertEquals(8, questions.size)
        val substances = questions.single { it.id == "other_substances" }
        assertTrue(substances.many)
        assertNotNull(substances.hint)
        for (q in questions) {
            assertTrue(q.id, q.answers.any { it.code == "prefer_not_to_say" })
            for (a in q.answers) assertFalse(a.label, a.label.startsWith("bf-answer-"))
        }
        val answers = breastfeedingAnswersFromCodes(
            mapOf("medicine" to listOf("buprenorphine_naloxone"), "baby" to listOf("premature", "in_hospital_for_withdrawal")),
        )
        assertEquals(OstMedicine.BUPRENORPHINE_NALOXONE, answers.medicine)
        assertEquals(listOf(BabySituation.PREMATURE, BabySituation.IN_HOSPITAL_FOR_WITHDRAWAL), answers.baby)
        assertNull("a skipped question stays unanswered", answers.hiv)
        assertInvalid("other substances") {
            breastfeedingAnswersFromCodes(mapOf("other_substances" to listOf("none", "alcohol")))
        }
    }

    @Test
    fun `the advice gives one message, its reasons with sources, and who to ask`() {
        val encouraged = breastfeedingAdvice(calm(), MONDAY_9AM)
        assertEquals(AdviceLevel.ENCOURAGED, encouraged.level)
        assertEquals("Breastfeeding is encouraged", encouraged.headline)
        assertEquals("methadone", encouraged.reasons.first().ruleId)
        assertEquals("Safe sleep", encouraged.safeSleep.heading)
        assertFalse(encouraged.reviewOverdue)

        val careful = breastfeedingAdvice(calm().copy(hiv = HivStatus.POSITIVE), MONDAY_9AM)
        assertEquals(AdviceLevel.TALK_FIRST, careful.level)
        val hiv = careful.reasons.single { it.ruleId == "hiv-positive" }
        assertTrue(hiv.sources.isNotEmpty())
        assertNotNull("a careful reason says who to ask", hiv.askLabel)

        val skipped = breastfeedingAdvice(BreastfeedingAnswers(null, null, emptyList(), null, null, null, emptyList()), MONDAY_9AM)
        assertEquals(AdviceLevel.ENCOURAGED_TALK, skipped.level)
        assertEquals(8, skipped.reasons.size)
        assertInvalid("baby") {
            breastfeedingAdvice(calm().copy(baby = listOf(BabySituation.NONE_OF_THESE, BabySituation.PREMATURE)), MONDAY_9AM)
        }
    }

    @Test
    fun `her plan is saved in the vault, shown as a card, and can be deleted`() {
        vault.deleteBreastfeedingPlan(MONDAY_9AM)
        assertNull(vault.breastfeedingPlan(MONDAY_9AM))
        val saved = vault.saveBreastfeedingPlan(calm().copy(otherSubstances = listOf(OtherSubstance.CANNABIS)), MONDAY_9AM)
        assertEquals("2026-11-23", saved.madeOn)
        assertEquals(AdviceLevel.ENCOURAGED_TALK, saved.advice.level)
        val plan = vault.breastfeedingPlan(MONDAY_9AM.plusDays(3)) ?: throw AssertionError("the plan was saved")
        assertEquals(saved.advice, plan.advice)
        assertFalse(plan.adviceChanged)
        assertTrue(plan.plainText, plan.plainText.startsWith("My breastfeeding plan"))
        assertTrue(plan.plainText, plan.plainText.contains("Cannabis"))
        assertInvalid("other substances") {
            vault.saveBreastfeedingPlan(calm().copy(otherSubstances = listOf(OtherSubstance.NONE_OF_THESE, OtherSubstance.ALCOHOL)), MONDAY_9AM)
        }
        assertEquals("a refused save leaves the plan as it was", plan.answers, vault.breastfeedingPlan(MONDAY_9AM)?.answers)
        assertTrue(vault.deleteBreastfeedingPlan(MONDAY_9AM))
        assertNull(vault.breastfeedingPlan(MONDAY_9AM))
    }

    @Test
    fun `the tolerance warning links to the missed doses article`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        for (date in listOf("2026-11-20", "2026-11-21", "2026-11-22")) {
            vault.logDose(doseEntry(id, date, DoseStatus.MISSED), MONDAY_9AM)
        }
        val alert = vault.today(MONDAY_9AM).alerts.single { it.kind == AlertKind.TOLERANCE_WARNING && it.medicineId == id }
        val articleId = alert.articleId ?: throw AssertionError("the warning links to an article")
        assertEquals("missed-doses-and-tolerance", guidanceArticle(articleId).id)
    }
}
