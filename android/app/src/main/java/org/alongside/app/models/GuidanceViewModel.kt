package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.BreastfeedingForm
import org.alongside.app.GuidanceActions
import org.alongside.app.GuidanceFeature
import org.alongside.app.GuidanceState
import org.alongside.app.Route
import org.alongside.app.Screen

/** The guidance screens on the core's thread ([GuidanceFeature]). */
class GuidanceViewModel(session: SessionViewModel) : FeatureViewModel<GuidanceState>(session), GuidanceActions {
    private val feature = GuidanceFeature(session.session)

    /** The guidance list, read afresh. */
    override fun openGuidance() = load { (it ?: GuidanceState()).copy(list = feature.list()) }

    /** Opens an article as its own screen; [showArticle] reads it when it is shown. */
    override fun openArticle(articleId: String) = session.open(Route.Article(articleId))

    override fun openGuidanceContacts() = session.open(Route.Contacts)

    override fun openFeeding() = session.open(Route.Feeding)

    fun showArticle(id: String) = load { (it ?: GuidanceState()).copy(reading = feature.article(id)) }

    fun showContacts() = load { (it ?: GuidanceState()).copy(contacts = feature.contacts()) }

    fun showFeeding() = load { (it ?: GuidanceState()).let { g -> g.copy(feeding = feature.feeding(g.feeding)) } }

    override fun editFeeding(form: BreastfeedingForm) = feeding(null) { feature.editFeeding(it, form) }

    override fun seeFeedingAdvice() = feeding(::busy) { feature.seeAdvice(it) }

    override fun saveFeedingPlan() = feeding(::busy) { feature.savePlan(it) }

    override fun showFeedingPlan(show: Boolean) = feeding(null) { feature.showPlan(it, show) }

    override fun askDeleteFeedingPlan(ask: Boolean) = feeding(null) { feature.askDeletePlan(it, ask) }

    override fun deleteFeedingPlan() = feeding(::busy) { feature.deletePlan(it) }

    override fun leaveGuidance() {
        session.back()
    }

    private fun busy(s: Screen.Feeding) = s.copy(busy = true, error = null, notice = null)

    /** One step on the breastfeeding screen: a core call when [working] is given, else an edit. */
    private fun feeding(working: ((Screen.Feeding) -> Screen.Feeding)?, work: (Screen.Feeding) -> Screen.Feeding) {
        val step = { s: GuidanceState -> s.feeding?.let { s.copy(feeding = work(it)) } ?: s }
        if (working == null) {
            edit(step)
        } else {
            act({ s -> s.feeding?.let { s.copy(feeding = working(it)) } ?: s }, step)
        }
    }

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { GuidanceViewModel(session) }
    }
}
