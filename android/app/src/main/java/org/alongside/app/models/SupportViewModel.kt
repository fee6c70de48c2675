package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.Screen
import org.alongside.app.SupportActions
import org.alongside.app.SupportFeature
import org.alongside.app.SupportForm

/** Asking for support on the core's thread ([SupportFeature]). */
class SupportViewModel(session: SessionViewModel) : FeatureViewModel<Screen.Support>(session), SupportActions {
    private val feature = SupportFeature(session.session)

    private fun busy(s: Screen.Support) = s.copy(busy = true, error = null)

    override fun openSupport() = load { feature.open(it) }

    override fun editSupport(form: SupportForm) = edit { feature.edit(it, form) }

    override fun previewSupport() = act(::busy) { feature.preview(it) }

    override fun sendSupport() = act(::busy) { feature.send(it) }

    override fun cancelSupportRequest(requestId: String) = act(::busy) { feature.cancelRequest(it, requestId) }

    override fun closeSupport() {
        session.back()
    }

    override fun openCrisis() = session.openCrisis()

    override fun closeCrisis() = session.closeCrisis()

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { SupportViewModel(session) }
    }
}
