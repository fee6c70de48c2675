package org.alongside.app

import org.alongside.core.AppointmentKind
import org.alongside.core.ConsentPreview
import org.alongside.core.GrantDraft
import org.alongside.core.ShareCategory
import org.alongside.core.ShareChoices
import org.alongside.core.SharePurpose

/**
 * What she has ticked on the sharing form, and the core's preview of it for one contact.
 *
 * Why this exists: the form only collects her ticks. Which kinds of appointment start ticked
 * (family time, court or legal and social worker meetings do not) is the core's
 * `shared_by_default`, and what an agreement would and would not share is the core's
 * preview; the shell keeps no rule of its own. Any change clears the preview, so she always
 * agrees to what she last saw.
 */
data class ShareForm(
    val categories: Set<ShareCategory> = emptySet(),
    val kinds: Set<AppointmentKind> = emptySet(),
    val purpose: SharePurpose = SharePurpose.TREATMENT,
    /** The contact [preview] is for. */
    val previewFor: String? = null,
    val preview: ConsentPreview? = null,
) {
    fun toggle(category: ShareCategory) = copy(categories = categories.flip(category)).unpreviewed()

    fun toggle(kind: AppointmentKind) = copy(kinds = kinds.flip(kind)).unpreviewed()

    fun choose(purpose: SharePurpose) = copy(purpose = purpose).unpreviewed()

    /** The kinds of appointment are asked about only while appointments are ticked. */
    val asksKinds: Boolean get() = ShareCategory.APPOINTMENTS in categories

    /** The core's preview for [contactId] is showing. */
    fun previewing(contactId: String): Boolean = previewFor == contactId && preview != null

    fun previewed(contactId: String, preview: ConsentPreview) = copy(previewFor = contactId, preview = preview)

    fun unpreviewed() = copy(previewFor = null, preview = null)

    /** The draft for the core, in the order [choices] lists things, from [today] until she stops it. */
    fun draft(contactId: String, today: String, choices: ShareChoices) = GrantDraft(
        contactId = contactId,
        categories = choices.categories.map { it.category }.filter { it in categories },
        startDate = today,
        endDate = null,
        purpose = purpose,
        appointmentKinds = if (asksKinds) choices.appointmentKinds.map { it.kind }.filter { it in kinds } else null,
    )

    private fun <T> Set<T>.flip(item: T): Set<T> = if (item in this) this - item else this + item

    companion object {
        /** A fresh form: nothing ticked, and the kinds of appointment the core ticks to start with. */
        fun start(choices: ShareChoices) =
            ShareForm(kinds = choices.appointmentKinds.filter { it.sharedByDefault }.map { it.kind }.toSet())
    }
}
