package org.alongside.app

/**
 * What she can do on the request-for-support and crisis screens. Each action is one core
 * call (or none, for editing the form); the result is the next screen.
 *
 * Why this exists: the composables take this interface rather than the ViewModel, so they
 * only render and forward.
 */
interface SupportActions {
    fun openSupport()
    fun editSupport(form: SupportForm)
    fun previewSupport()
    fun sendSupport()
    fun cancelSupportRequest(requestId: String)
    fun closeSupport()

    /** Needs no vault and no network: shown from the unlock screen too. */
    fun openCrisis()
    fun closeCrisis()
}
