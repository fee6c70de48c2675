package org.alongside.app

import org.alongside.core.BreastfeedingQuestion

/**
 * The answer codes she has chosen so far on the breastfeeding questions, question id to codes.
 *
 * Why this exists: the form's taps only collect codes. The core owns every rule about them:
 * no question is required (a skipped one counts as "prefer not to say"), and it refuses
 * contradictions such as "nothing else" with "alcohol", in its own words. So a tap on a
 * one-answer question picks that answer (a second tap takes it back), and a tap on a
 * several-answer question adds or removes it; nothing here judges what she picked.
 * (iOS: BreastfeedingForm.swift.)
 */
data class BreastfeedingForm(val chosen: Map<String, Set<String>> = emptyMap()) {
    fun isChosen(questionId: String, code: String): Boolean = code in chosen[questionId].orEmpty()

    /** Whether she has picked anything for this question (she need not). */
    fun isAnswered(questionId: String): Boolean = chosen[questionId].orEmpty().isNotEmpty()

    /** Whether she has picked something for every question. Nothing depends on it: she may skip any. */
    fun allAnswered(questions: List<BreastfeedingQuestion>): Boolean = questions.all { isAnswered(it.id) }

    /** A tap on [code] of [question]: pick or take back; on a one-answer question, replace. */
    fun tap(question: BreastfeedingQuestion, code: String): BreastfeedingForm {
        val now = chosen[question.id].orEmpty()
        val next = when {
            code in now -> now - code
            question.many -> now + code
            else -> setOf(code)
        }
        return copy(chosen = if (next.isEmpty()) chosen - question.id else chosen + (question.id to next))
    }

    /**
     * What `breastfeeding_answers_from_codes` takes: each answered question's codes in the
     * order the core lists its answers. Skipped questions are left out.
     */
    fun codes(questions: List<BreastfeedingQuestion>): Map<String, List<String>> =
        questions.mapNotNull { q ->
            val picked = chosen[q.id].orEmpty()
            q.answers.map { it.code }.filter { it in picked }.takeIf { it.isNotEmpty() }?.let { q.id to it }
        }.toMap()
}
