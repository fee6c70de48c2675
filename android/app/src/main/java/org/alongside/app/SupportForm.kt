package org.alongside.app

import org.alongside.core.ContactMethod
import org.alongside.core.SafeTime
import org.alongside.core.SupportNeed
import org.alongside.core.SupportRecipient
import org.alongside.core.SupportRequestDraft
import org.alongside.core.SupportUrgency

/**
 * What she has chosen so far on the request-for-support form.
 *
 * Why this exists: the form's taps only collect choices; the core checks them (a number for
 * a call or text, at least one need) and words them, in the preview and in what is sent. The
 * shell keeps no rule of its own beyond "choose someone first".
 */
data class SupportForm(
    val needs: Set<SupportNeed> = emptySet(),
    val methods: Set<ContactMethod> = emptySet(),
    val phone: String = "",
    val nameToUse: String = "",
    val safeTimes: Set<SafeTime> = emptySet(),
    val mayLeaveMessage: Boolean = false,
    val urgency: SupportUrgency = SupportUrgency.THIS_WEEK,
    val recipient: SupportRecipient? = null,
    val note: String = "",
) {
    fun toggle(need: SupportNeed) = copy(needs = needs.flip(need))

    fun toggle(method: ContactMethod) = copy(methods = methods.flip(method))

    fun toggle(time: SafeTime) = copy(safeTimes = safeTimes.flip(time))

    /** The draft for the core, in the order the form lists choices; null until she picks who receives it. */
    fun draft(order: SupportChoiceOrder): SupportRequestDraft? {
        val to = recipient ?: return null
        return SupportRequestDraft(
            needs = order.needs.filter { it in needs },
            methods = order.methods.filter { it in methods },
            phone = phone.trim().ifEmpty { null },
            nameToUse = nameToUse.trim().ifEmpty { null },
            safeTimes = order.safeTimes.filter { it in safeTimes },
            mayLeaveMessage = mayLeaveMessage,
            urgency = urgency,
            recipient = to,
            note = note.trim().ifEmpty { null },
        )
    }

    private fun <T> Set<T>.flip(item: T): Set<T> = if (item in this) this - item else this + item
}

/** The order the core lists the form's choices in (`support_request_choices()`). */
data class SupportChoiceOrder(
    val needs: List<SupportNeed>,
    val methods: List<ContactMethod>,
    val safeTimes: List<SafeTime>,
)
