package org.alongside.app

import org.alongside.core.ContactMethod
import org.alongside.core.SafeTime
import org.alongside.core.SupportNeed
import org.alongside.core.SupportRecipient
import org.alongside.core.SupportUrgency
import org.alongside.core.supportRequestChoices
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test

// The form only collects her choices; the draft it hands the core keeps the core's order.
class SupportFormTest {
    private val choices = supportRequestChoices()
    private val order = SupportChoiceOrder(
        needs = choices.needs.map { it.need },
        methods = choices.methods.map { it.method },
        safeTimes = choices.safeTimes.map { it.time },
    )

    @Test
    fun nothing_can_be_previewed_until_she_chooses_who_receives_it() {
        assertNull(SupportForm().toggle(SupportNeed.SOMEONE_TO_TALK_TO).draft(order))
    }

    @Test
    fun a_second_tap_takes_a_choice_back_and_the_draft_keeps_the_form_order() {
        val form = SupportForm(recipient = SupportRecipient.CareContact("maya"))
            .toggle(SupportNeed.LEGAL_ADVICE)
            .toggle(SupportNeed.SOMEONE_TO_TALK_TO)
            .toggle(SupportNeed.PEER_SUPPORT)
            .toggle(SupportNeed.PEER_SUPPORT)
            .toggle(ContactMethod.TEXT)
            .toggle(SafeTime.EVENINGS)
            .copy(phone = "  07700 900123 ", note = "   ", urgency = SupportUrgency.TODAY)
        val draft = form.draft(order)!!
        assertEquals(listOf(SupportNeed.SOMEONE_TO_TALK_TO, SupportNeed.LEGAL_ADVICE), draft.needs)
        assertEquals(listOf(ContactMethod.TEXT), draft.methods)
        assertEquals("07700 900123", draft.phone)
        assertNull("blank words are not sent", draft.note)
        assertEquals(SupportUrgency.TODAY, draft.urgency)
    }
}
