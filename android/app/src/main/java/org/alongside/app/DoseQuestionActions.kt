package org.alongside.app

import org.alongside.core.DoseAnswer
import org.alongside.core.DoseQuestion

/**
 * Answering the core's question about days with nothing logged, wherever it is asked
 * (Today, and the diary's "needs your attention").
 *
 * Why this exists: the question's card takes this rather than a whole screen's actions,
 * so both screens show the same card.
 */
interface DoseQuestionActions {
    /** Answers the question for [dates]. */
    fun answerDoseQuestion(question: DoseQuestion, dates: List<String>, answer: DoseAnswer)

    /** "Not now": the question's days are not asked about again. */
    fun dismissDoseQuestion(question: DoseQuestion)
}
