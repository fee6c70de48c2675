package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.Screen
import org.alongside.app.SharingActions
import org.alongside.app.SharingFeature
import org.alongside.core.AppointmentKind
import org.alongside.core.ShareCategory
import org.alongside.core.SharePurpose

/** Sharing with her care team on the core's thread ([SharingFeature]). */
class SharingViewModel(session: SessionViewModel) : FeatureViewModel<Screen.Sharing>(session), SharingActions {
    private val feature = SharingFeature(session.session)

    private fun busy(s: Screen.Sharing) = s.copy(busy = true, error = null, notice = null)

    override fun openSharing() = load { feature.open(it) }

    override fun editInviteCode(code: String) = edit { feature.editInviteCode(it, code) }

    override fun pairContact() = act(::busy) { feature.pair(it) }

    override fun markVerified(contactId: String) = act(::busy) { feature.markVerified(it, contactId) }

    override fun toggleShare(category: ShareCategory) = edit { feature.toggle(it, category) }

    override fun toggleShareKind(kind: AppointmentKind) = edit { feature.toggle(it, kind) }

    override fun choosePurpose(purpose: SharePurpose) = edit { feature.choose(it, purpose) }

    override fun previewShare(contactId: String) = act(::busy) { feature.preview(it, contactId) }

    override fun changeShare() = edit { feature.changeShare(it) }

    override fun shareWith(contactId: String) = act(::busy) { feature.shareWith(it, contactId) }

    override fun stopSharing(grantId: String) = act(::busy) { feature.stop(it, grantId) }

    override fun syncSharing() = act(::busy) { feature.sync(it) }

    override fun acceptProposal(messageId: String) = act(::busy) { feature.acceptProposal(it, messageId) }

    override fun dismissProposal(messageId: String) = act(::busy) { feature.dismissProposal(it, messageId) }

    override fun closeSharing() {
        session.back()
    }

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { SharingViewModel(session) }
    }
}
