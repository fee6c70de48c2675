package org.alongside.app

import org.alongside.core.AlertKind
import org.alongside.core.Collection
import org.alongside.core.DoseAnswer
import org.alongside.core.DoseSlot
import org.alongside.core.DoseState
import org.alongside.core.DoseStatus
import org.alongside.core.DoseUnit
import org.alongside.core.MedicineKind
import org.alongside.core.ScheduleKind
import org.alongside.core.Weekday
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import java.time.Instant

// Her medicines and doses through the same plain-Kotlin classes the phone runs, against the
// real library, on a fixed clock she moves a day at a time.
class MedicinesFlowTest {
    @get:Rule
    val app = AppSession()

    /** Adds methadone 40 mg in the morning and 30 mg in the evening, supervised on weekdays, from [start]. */
    private fun addSplitMethadone(meds: MedicinesFeature, start: String = "2026-11-23"): MedicinesState {
        var s = meds.add(MedicinesState())
        val form = s.add!!.form
        assertEquals("opioid treatment comes first", MedicineKind.METHADONE_ORAL_SOLUTION, form.kinds.first().kind)
        val input = s.add!!.input.copy(
            kind = MedicineKind.METHADONE_ORAL_SOLUTION,
            amount = "40",
            eveningAmount = "30",
            unit = DoseUnit.MG,
            schedule = ScheduleKind.SPLIT_DAILY,
            morningTime = "08:30",
            eveningTime = "20:00",
            collection = Collection.SUPERVISED_AT_PHARMACY,
            takeHomeDays = setOf(Weekday.SUNDAY, Weekday.SATURDAY),
            startDate = start,
        )
        s = meds.save(meds.input(s, input))
        assertEquals(null, s.add!!.error)
        assertTrue("the core took it: ${s.add!!.problems}", s.add!!.saved)
        return meds.list(s)
    }

    @Test
    fun methadone_split_forty_and_thirty_with_supervised_weekdays_is_kept_as_she_entered_it() {
        val meds = MedicinesFeature(app.created())
        val s = addSplitMethadone(meds)

        val m = s.list!!.medicines.single()
        assertEquals("Methadone", m.name)
        assertEquals("40 mg and 30 mg", m.current.amountLabel)
        assertEquals(Collection.SUPERVISED_AT_PHARMACY, m.collection)
        assertEquals("take-home days in the week's order", listOf(Weekday.SATURDAY, Weekday.SUNDAY), m.takeHomeDays)

        val today = TodayFeature(app.session).open()
        assertEquals(listOf(DoseSlot.MORNING, DoseSlot.EVENING), today.view.doses.map { it.slot })
        assertEquals(listOf(40.0, 30.0), today.view.doses.map { it.amount })
        assertFalse("Monday is supervised", today.view.doses.first().takeHome)
    }

    @Test
    fun a_draft_with_no_dose_is_refused_beside_the_dose_field_and_nothing_is_added() {
        val meds = MedicinesFeature(app.created())
        var s = meds.add(MedicinesState())
        s = meds.check(meds.input(s, s.add!!.input.copy(amount = "", unit = DoseUnit.TABLET)))
        assertEquals(listOf("dose", "unit"), s.add!!.problems.map { it.field })
        s = meds.save(s)
        assertFalse(s.add!!.saved)
        assertTrue(meds.list(s).list!!.medicines.isEmpty())
    }

    @Test
    fun doses_logged_on_today_show_as_taken_and_in_her_dose_history() {
        val meds = MedicinesFeature(app.created())
        val id = addSplitMethadone(meds).list!!.medicines.single().id
        val todayFeature = TodayFeature(app.session)
        var today = todayFeature.open()

        today = todayFeature.logDose(today, today.view.doses[0], DoseStatus.TAKEN)
        app.clock.now = Instant.parse("2026-11-23T20:30:00Z")
        today = todayFeature.logDose(today, today.view.doses[1], DoseStatus.TAKEN)
        assertEquals(null, today.error)
        assertEquals(listOf(DoseState.TAKEN, DoseState.TAKEN), today.view.doses.map { it.state })

        val history = meds.medicine(MedicinesState(), id).medicine!!.history
        val monday = history.days.single { it.date == "2026-11-23" }
        assertEquals(listOf(DoseState.TAKEN, DoseState.TAKEN), monday.doses.map { it.state })
    }

    @Test
    fun three_missed_days_in_a_row_bring_the_tolerance_warning_to_today() {
        val meds = MedicinesFeature(app.created())
        addSplitMethadone(meds)
        val todayFeature = TodayFeature(app.session)

        repeat(3) { day ->
            app.clock.now = Instant.parse("2026-11-23T21:00:00Z").plusSeconds(86_400L * day)
            var today = todayFeature.open()
            assertTrue(
                "no warning yet on day ${day + 1}",
                today.view.alerts.none { it.kind == AlertKind.TOLERANCE_WARNING },
            )
            for (dose in today.view.doses) today = todayFeature.logDose(today, dose, DoseStatus.MISSED)
            assertEquals(null, today.error)
        }

        app.clock.now = Instant.parse("2026-11-26T08:00:00Z")
        val warned = todayFeature.open().view.alerts.filter { it.kind == AlertKind.TOLERANCE_WARNING }
        assertEquals(1, warned.size)
        assertTrue(warned.single().title.isNotBlank())
    }

    @Test
    fun changing_the_dose_keeps_the_old_one_in_her_history_and_stopping_asks_first() {
        val meds = MedicinesFeature(app.created())
        val id = addSplitMethadone(meds, start = "2026-11-16").list!!.medicines.single().id

        var s = meds.medicine(MedicinesState(), id)
        val d = s.medicine!!
        assertEquals("2026-11-23", d.change.effectiveDate)
        s = meds.changeDose(meds.editChange(s, d.change.copy(amount = "45", eveningAmount = "30")))
        assertEquals(null, s.medicine!!.error)
        assertEquals(listOf("40 mg and 30 mg", "45 mg and 30 mg"), s.medicine!!.history.changes.map { it.amountLabel })

        s = meds.askStop(s, true)
        assertTrue(s.medicine!!.confirmStop)
        s = meds.stop(meds.editStopDate(s, "2026-11-30"))
        assertEquals(null, s.medicine!!.error)
        assertEquals("2026-11-30", meds.list(s).list!!.medicines.single().endDate)
    }

    @Test
    fun a_medicine_taken_when_needed_is_added_by_name_and_a_dose_logged_now_shows_in_her_history() {
        val meds = MedicinesFeature(app.created())
        var s = meds.add(MedicinesState())
        val other = s.add!!.form.kinds.single { it.kind == MedicineKind.OTHER }
        assertTrue("any medicine by name", other.needsName)
        s = meds.input(
            s,
            s.add!!.input.copy(
                kind = MedicineKind.OTHER,
                name = "Paracetamol",
                amount = "1",
                unit = other.units.first().unit,
                schedule = ScheduleKind.AS_NEEDED,
                collection = Collection.TAKE_HOME,
            ),
        )
        s = meds.save(s)
        assertTrue("the core took it: ${s.add!!.problems}", s.add!!.saved)
        val id = meds.list(s).list!!.medicines.single { it.name == "Paracetamol" }.id

        s = meds.medicine(s, id)
        assertTrue(s.medicine!!.form.logAsNeededLabel != null)
        s = meds.logAsNeeded(meds.editAsNeeded(s, "1"))
        assertEquals(null, s.medicine!!.error)
        val today = s.medicine!!.history.days.single { it.date == "2026-11-23" }
        assertEquals(listOf(DoseState.TAKEN), today.doses.map { it.state })
    }

    @Test
    fun the_diary_asks_about_days_with_nothing_logged_and_her_answer_logs_them() {
        val session = app.created()
        addSplitMethadone(MedicinesFeature(session))
        // Three days on, with nothing logged since she added it on Monday.
        app.clock.now = Instant.parse("2026-11-26T09:00:00Z")
        val diary = DiaryFeature(session)
        var s = diary.agenda(null)
        val question = s.agenda!!.view.attention.doseQuestions.single()
        val dates = question.days.map { it.date }
        assertTrue(dates.isNotEmpty())

        s = diary.answerDoseQuestion(s, question, dates, DoseAnswer.YES)
        assertEquals(null, s.agenda!!.error)
        assertTrue("asked once", s.agenda!!.view.attention.doseQuestions.isEmpty())
        val answered = s.agenda!!.view.days.filter { it.date in dates }.flatMap { it.doses }
        assertTrue(answered.isNotEmpty())
        assertTrue(answered.all { it.state == DoseState.TAKEN })
    }
}
