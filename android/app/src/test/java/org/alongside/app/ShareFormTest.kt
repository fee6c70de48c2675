package org.alongside.app

import org.alongside.core.AppointmentKind
import org.alongside.core.ConsentPreview
import org.alongside.core.ShareCategory
import org.alongside.core.SharePurpose
import org.alongside.core.SharingView
import org.alongside.core.shareChoices
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

// The sharing form only collects her ticks; which start ticked, and what they mean, is the core's.
class ShareFormTest {
    private val choices = shareChoices()
    private val preview = ConsentPreview("heading", listOf("Appointments: GP"), "not", listOf("Your private notes."))

    @Test
    fun family_time_court_and_social_worker_meetings_start_unticked_as_the_core_says() {
        val form = ShareForm.start(choices)
        val unticked = choices.appointmentKinds.map { it.kind }.filter { it !in form.kinds }
        assertEquals(listOf(AppointmentKind.SOCIAL_WORKER, AppointmentKind.FAMILY_TIME, AppointmentKind.COURT_OR_LEGAL), unticked)
        assertTrue(form.categories.isEmpty())
    }

    @Test
    fun the_kinds_she_ticks_go_with_appointments_in_the_cores_order() {
        val draft = ShareForm.start(choices)
            .toggle(ShareCategory.MEDICINES_AND_DOSES)
            .toggle(ShareCategory.APPOINTMENTS)
            .toggle(AppointmentKind.FAMILY_TIME)
            .toggle(AppointmentKind.GP)
            .choose(SharePurpose.CARE_COORDINATION)
            .draft("maya", "2026-11-23", choices)
        assertEquals(listOf(ShareCategory.APPOINTMENTS, ShareCategory.MEDICINES_AND_DOSES), draft.categories)
        val kinds = draft.appointmentKinds!!
        assertTrue(AppointmentKind.FAMILY_TIME in kinds)
        assertFalse(AppointmentKind.GP in kinds)
        assertFalse(AppointmentKind.COURT_OR_LEGAL in kinds)
        assertEquals(choices.appointmentKinds.map { it.kind }.filter { it in kinds }, kinds)
        assertEquals("2026-11-23", draft.startDate)
        assertNull(draft.endDate)
        assertEquals(SharePurpose.CARE_COORDINATION, draft.purpose)
    }

    @Test
    fun without_appointments_no_kinds_are_sent_or_asked_about() {
        val form = ShareForm.start(choices).toggle(ShareCategory.BREASTFEEDING_PLAN)
        assertFalse(form.asksKinds)
        assertNull(form.draft("maya", "2026-11-23", choices).appointmentKinds)
    }

    @Test
    fun a_new_sharing_screen_starts_its_form_from_the_choices_the_core_sent_with_it() {
        val view = SharingView(
            today = "2026-11-24",
            choices = choices,
            contacts = emptyList(),
            ledger = emptyList(),
            pending = 0u,
            pendingLabel = "Nothing is waiting to send",
            messages = emptyList(),
        )
        val screen = Screen.Sharing(view)
        assertEquals(ShareForm.start(choices), screen.form)
        val draft = screen.form.toggle(ShareCategory.APPOINTMENTS).draft("maya", screen.view.today, screen.view.choices)
        assertEquals("a new agreement starts on the core's date", "2026-11-24", draft.startDate)
        assertFalse(AppointmentKind.FAMILY_TIME in draft.appointmentKinds!!)
    }

    @Test
    fun any_change_clears_the_preview_so_she_agrees_to_what_she_last_saw() {
        val shown = ShareForm.start(choices).toggle(ShareCategory.APPOINTMENTS).previewed("maya", preview)
        assertTrue(shown.previewing("maya"))
        assertFalse(shown.previewing("sam"))
        assertFalse(shown.toggle(AppointmentKind.HOUSING).previewing("maya"))
        assertFalse(shown.toggle(ShareCategory.BREASTFEEDING_PLAN).previewing("maya"))
        assertFalse(shown.choose(SharePurpose.CARE_COORDINATION).previewing("maya"))
    }
}
