package org.alongside.app

import org.alongside.core.breastfeedingAdvice
import org.alongside.core.breastfeedingAnswersFromCodes
import org.alongside.core.breastfeedingQuestions
import org.alongside.core.guidanceArticle
import org.alongside.core.supportContacts

/**
 * What the guidance screens show: the list, the article she opened, the support lines, and
 * the breastfeeding questions. Each is read when she arrives on its screen.
 */
data class GuidanceState(
    val list: Screen.Guidance? = null,
    val reading: Screen.Reading? = null,
    val contacts: Screen.Contacts? = null,
    val feeding: Screen.Feeding? = null,
)

/**
 * Guidance: the list in the order the core puts it for her, an article, the support lines,
 * and the breastfeeding questions with the core's advice and her saved plan. Each method is
 * one core call (or none, for picking an answer) and returns the next state.
 *
 * Why this exists: plain Kotlin, so the JVM tests drive it against the real library; the
 * order, the advice and the plan are the core's.
 */
class GuidanceFeature(private val core: Core) {
    fun list(): Screen.Guidance = Screen.Guidance(core.vault.guidanceForMe())

    fun article(id: String): Screen.Reading = Screen.Reading(guidanceArticle(id))

    // Needs no vault: the compiled-in contacts table.
    fun contacts(): Screen.Contacts = Screen.Contacts(supportContacts())

    /** The questions and her saved plan, read afresh; her answers so far are kept ([s]). */
    fun feeding(s: Screen.Feeding? = null): Screen.Feeding {
        val plan = core.vault.breastfeedingPlan(core.now())
        return s?.copy(plan = plan, showPlan = s.showPlan && plan != null, busy = false, error = null)
            ?: Screen.Feeding(breastfeedingQuestions(), plan = plan)
    }

    /** Only collects her answer codes; any advice shown is dropped, since it no longer fits. */
    fun editFeeding(s: Screen.Feeding, form: BreastfeedingForm) = s.copy(form = form, advice = null, error = null, notice = null)

    fun seeAdvice(s: Screen.Feeding) = call(s) {
        s.copy(advice = breastfeedingAdvice(breastfeedingAnswersFromCodes(s.form.codes(s.questions)), core.now()), showPlan = false)
    }

    fun savePlan(s: Screen.Feeding) = call(s) {
        val plan = core.vault.saveBreastfeedingPlan(breastfeedingAnswersFromCodes(s.form.codes(s.questions)), core.now())
        s.copy(plan = plan, showPlan = true, notice = core.text["guidance-screen-plan-saved"])
    }

    fun showPlan(s: Screen.Feeding, show: Boolean) =
        s.copy(showPlan = show && s.plan != null, confirmDelete = false, notice = null, error = null)

    fun askDeletePlan(s: Screen.Feeding, ask: Boolean) = s.copy(confirmDelete = ask && s.plan != null, notice = null, error = null)

    fun deletePlan(s: Screen.Feeding) = call(s) {
        core.vault.deleteBreastfeedingPlan(core.now())
        s.copy(plan = null, showPlan = false, confirmDelete = false, notice = core.text["guidance-screen-plan-deleted"])
    }

    private fun call(s: Screen.Feeding, work: () -> Screen.Feeding): Screen.Feeding =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) { work().copy(busy = false, error = null) }
}
