package org.alongside.app

import org.alongside.core.AppointmentKind
import org.alongside.core.AppointmentStatus
import org.alongside.core.MoveScope
import org.alongside.core.Scope
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

// Her diary through the same plain-Kotlin class the phone runs, against the real library,
// on a fixed clock (Monday 23 November 2026, 09:00 in London).
class DiaryFlowTest {
    @get:Rule
    val app = AppSession()

    /** Adds "Peer group" every Wednesday at 18:00 from 25 November, four times, through the form. */
    private fun addWeeklyGroup(diary: DiaryFeature): DiaryState {
        var s = diary.form(DiaryState(), null)
        val input = s.edit!!.input.copy(
            title = "Peer group",
            kind = AppointmentKind.PEER_SUPPORT,
            start = "2026-11-25T18:00",
            everyWeeks = 1u,
            endByCount = true,
            count = "4",
        )
        s = diary.save(diary.input(s, input))
        assertEquals(null, s.edit!!.error)
        assertTrue("the core took it: ${s.edit!!.problems}", s.edit!!.saved)
        return diary.agenda(s)
    }

    private fun titlesOn(s: DiaryState, day: Int) = s.agenda!!.view.days[day].appointments.map { it.occurrence.title }

    @Test
    fun a_weekly_appointment_added_through_the_form_shows_on_each_weeks_agenda_and_not_after_it_ends() {
        val diary = DiaryFeature(app.created())
        var s = addWeeklyGroup(diary)
        assertTrue("her reminders were set again", app.reminders.reschedules >= 2)

        for (week in 1..4) {
            assertEquals("week $week: ${s.agenda!!.view.title}", listOf("Peer group"), titlesOn(s, 2))
            s = diary.go(s, s.agenda!!.view.next)
        }
        assertEquals("2026-12-21", s.agenda!!.view.from)
        assertTrue(s.agenda!!.view.days.all { it.appointments.isEmpty() })

        // Back to this week, and the month it is in, as the core offers them.
        s = diary.go(s, s.agenda!!.view.thisPeriod)
        assertEquals("2026-11-23", s.agenda!!.view.from)
        s = diary.go(s, s.agenda!!.view.month)
        assertEquals("2026-11-01", s.agenda!!.view.from)
        assertEquals(30, s.agenda!!.view.days.size)
    }

    @Test
    fun the_form_shows_every_problem_beside_its_field_before_she_saves_and_saves_nothing() {
        val diary = DiaryFeature(app.created())
        var s = diary.form(DiaryState(), null)
        s = diary.input(s, s.edit!!.input.copy(title = " ", durationMinutes = 0u))
        s = diary.check(s)
        assertEquals(listOf("title", "duration"), s.edit!!.problems.map { it.field })
        assertNotNull(s.edit!!.problem("title"))

        s = diary.save(s)
        assertFalse(s.edit!!.saved)
        assertTrue(diary.agenda(s).agenda!!.view.days.all { it.appointments.isEmpty() })
    }

    @Test
    fun moving_one_date_of_a_weekly_appointment_moves_only_that_date() {
        val diary = DiaryFeature(app.created())
        var s = addWeeklyGroup(diary)
        s = diary.go(s, s.agenda!!.view.next)
        val second = s.agenda!!.view.days[2].appointments.single().occurrence

        s = diary.detail(s, second.appointmentId, second.occurrence, "2026-12-02")
        val detail = s.detail!!
        assertEquals("2026-12-02T18:00", detail.moveStart)
        assertEquals(
            listOf(MoveScope.THIS_DATE, MoveScope.THIS_AND_FOLLOWING, MoveScope.ALL_DATES),
            detail.form.moveScopes.map { it.scope },
        )
        s = diary.move(diary.editMove(s, "2026-12-03T17:00", MoveScope.THIS_DATE))
        assertEquals(null, s.detail!!.error)
        assertTrue(s.detail!!.done)

        s = diary.agenda(s)
        assertEquals("the week she was on", "2026-11-30", s.agenda!!.view.from)
        assertEquals(emptyList<String>(), titlesOn(s, 2))
        val moved = s.agenda!!.view.days[3].appointments.single().occurrence
        assertEquals("2026-12-03T17:00", moved.startLocal)
        s = diary.go(s, s.agenda!!.view.next)
        assertEquals("the next date is where it was", listOf("Peer group"), titlesOn(s, 2))
    }

    @Test
    fun a_date_can_be_cancelled_and_the_whole_appointment_deleted_after_she_confirms() {
        val diary = DiaryFeature(app.created())
        var s = addWeeklyGroup(diary)
        val first = s.agenda!!.view.days[2].appointments.single().occurrence

        s = diary.detail(s, first.appointmentId, first.occurrence, "2026-11-25")
        s = diary.ask(s, DiaryConfirm.CANCEL)
        assertEquals(DiaryConfirm.CANCEL, s.detail!!.confirm)
        s = diary.cancel(s)
        assertTrue(s.detail!!.done)
        s = diary.agenda(s)
        assertEquals(AppointmentStatus.CANCELLED, s.agenda!!.view.days[2].appointments.single().occurrence.status)

        s = diary.detail(s, first.appointmentId, first.occurrence, "2026-11-25")
        s = diary.delete(diary.ask(s, DiaryConfirm.DELETE))
        assertTrue(s.detail!!.done)
        s = diary.go(diary.agenda(s), s.agenda!!.view.next)
        assertTrue(s.agenda!!.view.days.all { it.appointments.isEmpty() })
    }

    @Test
    fun marking_an_appointment_she_went_to_shows_on_the_agenda() {
        val diary = DiaryFeature(app.created())
        var s = addWeeklyGroup(diary)
        app.clock.now = java.time.Instant.parse("2026-11-25T19:30:00Z")
        s = diary.agenda(s)
        val group = s.agenda!!.view.days[2].appointments.single()
        assertTrue(group.canMark)

        s = diary.mark(s, group, AppointmentStatus.ATTENDED)
        assertEquals(AppointmentStatus.ATTENDED, s.agenda!!.view.days[2].appointments.single().occurrence.status)
    }

    @Test
    fun cancelling_this_and_the_following_dates_ends_the_series_there_and_leaves_the_earlier_ones_planned() {
        val diary = DiaryFeature(app.created())
        var s = addWeeklyGroup(diary)
        s = diary.go(s, s.agenda!!.view.next)
        val second = s.agenda!!.view.days[2].appointments.single().occurrence

        s = diary.detail(s, second.appointmentId, second.occurrence, "2026-12-02")
        assertEquals(listOf(Scope.THIS_OCCURRENCE, Scope.THIS_AND_FOLLOWING), s.detail!!.form.cancelScopes.map { it.scope })
        s = diary.cancel(diary.chooseCancelScope(diary.ask(s, DiaryConfirm.CANCEL), Scope.THIS_AND_FOLLOWING))
        assertEquals(null, s.detail!!.error)

        s = diary.go(diary.agenda(s), s.agenda!!.view.thisPeriod)
        val statuses = (1..4).map {
            val status = s.agenda!!.view.days[2].appointments.singleOrNull()?.occurrence?.status
            s = diary.go(s, s.agenda!!.view.next)
            status
        }
        assertEquals(
            listOf(AppointmentStatus.PLANNED, AppointmentStatus.CANCELLED, null, null),
            statuses,
        )
    }
}
