package org.alongside.app

/**
 * What she can do on the guidance screens: the list, an article, the support lines and the
 * breastfeeding questions with her plan. Each action is one core call (or none, for picking
 * an answer); the result is the next screen.
 *
 * Why this exists: the composables take this interface rather than the ViewModel, so they
 * only render and forward. The core decides the order of the list, the advice and the plan.
 */
interface GuidanceActions {
    fun openGuidance()

    /** Opens one article (from the list, or from a Today card that names it). */
    fun openArticle(articleId: String)
    fun openGuidanceContacts()
    fun openFeeding()

    /** Only collects her answer codes; any advice shown is dropped, since it no longer fits. */
    fun editFeeding(form: BreastfeedingForm)
    fun seeFeedingAdvice()
    fun saveFeedingPlan()
    fun showFeedingPlan(show: Boolean)
    fun askDeleteFeedingPlan(ask: Boolean)
    fun deleteFeedingPlan()

    /** Back to the screen this one opened over (Today is read afresh). */
    fun leaveGuidance()
}
