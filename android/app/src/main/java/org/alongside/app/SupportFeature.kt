package org.alongside.app

import org.alongside.core.supportRequestChoices

/**
 * Asking for support: the core's form choices, whom she can ask, her requests; each method
 * is one core call (or none, for editing the form) and returns the next state.
 *
 * Why this exists: plain Kotlin, so the JVM tests drive it against the real library; the
 * core checks and words every request.
 */
class SupportFeature(private val core: Core) {
    /** The form afresh, keeping what she had filled in. */
    fun open(s: Screen.Support? = null): Screen.Support {
        val v = core.vault
        val fresh = Screen.Support(supportRequestChoices(), v.supportRecipients(), v.supportRequests())
        return if (s == null) fresh else fresh.copy(form = s.form, preview = s.preview)
    }

    fun edit(s: Screen.Support, form: SupportForm): Screen.Support = s.copy(form = form, preview = null, error = null)

    fun preview(s: Screen.Support) = call(s) {
        val draft = s.form.draft(s.order()) ?: return@call s
        s.copy(preview = core.vault.previewSupportRequest(draft, core.now()))
    }

    fun send(s: Screen.Support) = call(s) {
        val draft = s.form.draft(s.order()) ?: return@call s
        val v = core.vault
        v.sendSupportRequest(draft, core.now())
        s.copy(form = SupportForm(recipient = s.form.recipient), preview = null, requests = v.supportRequests())
    }

    fun cancelRequest(s: Screen.Support, requestId: String) = call(s) {
        val v = core.vault
        v.cancelSupportRequest(requestId, core.now())
        s.copy(requests = v.supportRequests())
    }

    private fun call(s: Screen.Support, work: () -> Screen.Support): Screen.Support =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) { work().copy(busy = false, error = null) }

    private fun Screen.Support.order() = SupportChoiceOrder(
        needs = choices.needs.map { it.need },
        methods = choices.methods.map { it.method },
        safeTimes = choices.safeTimes.map { it.time },
    )
}
