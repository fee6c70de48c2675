package org.alongside.app

import org.alongside.core.AppointmentKind
import org.alongside.core.ShareCategory
import org.alongside.core.SharePurpose

/**
 * What she can do on the sharing screen. Each action is one core call (or none, for editing
 * the form); the result is a fresh sharing screen. She sees the core's preview of what she
 * ticked (what will and will not be shared) before she agrees to it.
 *
 * Why this exists: the composables take this interface rather than the ViewModel, so they
 * only render and forward. Every rule (consent, keys, what is sent) is the core's.
 */
interface SharingActions {
    fun openSharing()
    fun editInviteCode(code: String)
    fun pairContact()
    fun markVerified(contactId: String)
    fun toggleShare(category: ShareCategory)
    fun toggleShareKind(kind: AppointmentKind)
    fun choosePurpose(purpose: SharePurpose)
    fun previewShare(contactId: String)
    fun changeShare()
    fun shareWith(contactId: String)
    fun stopSharing(grantId: String)
    fun syncSharing()
    fun acceptProposal(messageId: String)
    fun dismissProposal(messageId: String)
    fun closeSharing()
}
