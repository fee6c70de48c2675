package org.alongside.app

import org.alongside.core.AppointmentKind
import org.alongside.core.ShareCategory
import org.alongside.core.SharePurpose
import org.alongside.core.SyncListener
import org.alongside.core.SyncProgress
import org.alongside.core.Vault

/**
 * Sharing with her care team: each method is one core call (or none, for ticking the form)
 * and returns the sharing screen read afresh, or as it was with the core's words for what
 * went wrong.
 *
 * Why this exists: plain Kotlin, so the JVM tests drive it against the real library; every
 * rule (consent, keys, what is sent) is the core's.
 */
class SharingFeature(private val core: Core) {
    /** The screen afresh in one call, keeping what she had typed and ticked. */
    fun open(s: Screen.Sharing? = null): Screen.Sharing {
        val view = core.vault.sharingScreen(core.now())
        return s?.copy(view = view, error = null, notice = null, busy = false) ?: Screen.Sharing(view)
    }

    fun editInviteCode(s: Screen.Sharing, code: String) = s.copy(code = code, error = null)

    fun toggle(s: Screen.Sharing, category: ShareCategory) = s.copy(form = s.form.toggle(category), error = null)

    fun toggle(s: Screen.Sharing, kind: AppointmentKind) = s.copy(form = s.form.toggle(kind), error = null)

    fun choose(s: Screen.Sharing, purpose: SharePurpose) = s.copy(form = s.form.choose(purpose), error = null)

    fun changeShare(s: Screen.Sharing) = s.copy(form = s.form.unpreviewed(), error = null)

    fun preview(s: Screen.Sharing, contactId: String) = call(s) { v, s ->
        s.copy(form = s.form.previewed(contactId, v.previewConsent(s.form.draft(contactId, s.view.today, s.view.choices))))
    }

    fun pair(s: Screen.Sharing) = call(s) { v, s ->
        v.addCareContact(s.code, core.now())
        s.copy(code = "")
    }

    fun markVerified(s: Screen.Sharing, contactId: String) = call(s) { v, s ->
        v.markCareContactVerified(contactId, core.now())
        s
    }

    fun shareWith(s: Screen.Sharing, contactId: String) = call(s) { v, s ->
        val g = v.grantConsent(s.form.draft(contactId, s.view.today, s.view.choices), core.now())
        s.copy(form = ShareForm.start(s.view.choices), notice = g.summary)
    }

    fun stop(s: Screen.Sharing, grantId: String) = call(s) { v, s ->
        s.copy(notice = v.revokeConsent(grantId, core.now()).message)
    }

    fun sync(s: Screen.Sharing) = call(s) { v, s ->
        // Progress is not drawn: the screen shows the busy bar until the summary arrives.
        val report = v.syncNow(core.now(), object : SyncListener {
            override fun progress(progress: SyncProgress) {}
        })
        s.copy(notice = report.summary)
    }

    fun acceptProposal(s: Screen.Sharing, messageId: String) = call(s) { v, s ->
        v.acceptAppointmentProposal(messageId, core.now())
        core.diaryChanged(v, core.now())
        s
    }

    fun dismissProposal(s: Screen.Sharing, messageId: String) = call(s) { v, s ->
        v.dismissCareTeamMessage(messageId, core.now())
        s
    }

    /** Runs one call, then the screen read afresh in one call (or as it was, with the call's error). */
    private fun call(s: Screen.Sharing, work: (Vault, Screen.Sharing) -> Screen.Sharing): Screen.Sharing =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) {
            val v = core.vault
            val next = work(v, s.copy(notice = null))
            // Contacts, agreements, ledger, what waits and suggestions, read afresh.
            next.copy(view = v.sharingScreen(core.now()), busy = false, error = null)
        }
}
