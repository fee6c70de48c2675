package org.alongside.app

import org.alongside.core.Collection
import org.alongside.core.DoseChange
import org.alongside.core.DoseSchedule
import org.alongside.core.DoseUnit
import org.alongside.core.MedicineDraft
import org.alongside.core.MedicineKind
import org.alongside.core.ScheduleKind
import org.alongside.core.Weekday

/**
 * What she has typed and picked on the medicine form, and the draft it makes for the core.
 *
 * Why this exists: the form only collects; which kinds, units and schedules exist and what
 * is wrong with a draft are the core's (`medicine_form`, `check_medicine_draft`). A dose that
 * is not a number goes as 0, which the core reads as "not filled in" and refuses in its
 * words; the evening dose goes only with a split dose, the one schedule that has one.
 */
data class MedicineInput(
    val kind: MedicineKind = MedicineKind.METHADONE_ORAL_SOLUTION,
    val name: String = "",
    val amount: String = "",
    val eveningAmount: String = "",
    val unit: DoseUnit = DoseUnit.MG,
    val schedule: ScheduleKind = ScheduleKind.DAILY,
    val time: String = "09:00",
    val morningTime: String = "09:00",
    val eveningTime: String = "21:00",
    val weekday: Weekday = Weekday.MONDAY,
    val dayOfMonth: String = "1",
    val collection: Collection = Collection.SUPERVISED_AT_PHARMACY,
    val takeHomeDays: Set<Weekday> = emptySet(),
    val pharmacy: String = "",
    val startDate: String = "",
    val endDate: String = "",
) {
    fun toggleTakeHome(day: Weekday) = copy(takeHomeDays = if (day in takeHomeDays) takeHomeDays - day else takeHomeDays + day)

    /** The draft for the core; take-home days in [weekOrder], the form's order. */
    fun draft(weekOrder: List<Weekday>): MedicineDraft = MedicineDraft(
        kind = kind,
        name = name.trim().ifEmpty { null },
        amount = number(amount),
        eveningAmount = if (schedule == ScheduleKind.SPLIT_DAILY) number(eveningAmount) else null,
        unit = unit,
        schedule = doseSchedule(),
        collection = collection,
        takeHomeDays = weekOrder.filter { it in takeHomeDays },
        pharmacy = pharmacy.trim().ifEmpty { null },
        startDate = startDate.trim(),
        endDate = endDate.trim().ifEmpty { null },
    )

    private fun doseSchedule(): DoseSchedule = when (schedule) {
        ScheduleKind.DAILY -> DoseSchedule.Daily(time.trim())
        ScheduleKind.SPLIT_DAILY -> DoseSchedule.SplitDaily(morningTime.trim(), eveningTime.trim())
        ScheduleKind.WEEKLY -> DoseSchedule.Weekly(weekday, time.trim())
        ScheduleKind.MONTHLY -> DoseSchedule.Monthly(dayOfMonth.trim().toUByteOrNull() ?: 0u, time.trim())
        ScheduleKind.AS_NEEDED -> DoseSchedule.AsNeeded
    }

    companion object {
        /** The form's starting values (the core's: a medicine's own, or its defaults). */
        fun from(d: MedicineDraft): MedicineInput {
            val base = MedicineInput(
                kind = d.kind,
                name = d.name.orEmpty(),
                amount = amountText(d.amount),
                eveningAmount = d.eveningAmount?.let(::amountText).orEmpty(),
                unit = d.unit,
                collection = d.collection,
                takeHomeDays = d.takeHomeDays.toSet(),
                pharmacy = d.pharmacy.orEmpty(),
                startDate = d.startDate,
                endDate = d.endDate.orEmpty(),
            )
            return when (val s = d.schedule) {
                is DoseSchedule.Daily -> base.copy(schedule = ScheduleKind.DAILY, time = s.time)
                is DoseSchedule.SplitDaily ->
                    base.copy(schedule = ScheduleKind.SPLIT_DAILY, morningTime = s.morningTime, eveningTime = s.eveningTime)
                is DoseSchedule.Weekly -> base.copy(schedule = ScheduleKind.WEEKLY, weekday = s.weekday, time = s.time)
                is DoseSchedule.Monthly ->
                    base.copy(schedule = ScheduleKind.MONTHLY, dayOfMonth = s.dayOfMonth.toString(), time = s.time)
                DoseSchedule.AsNeeded -> base.copy(schedule = ScheduleKind.AS_NEEDED)
            }
        }

        /** 0 is the core's "not filled in yet": an empty field. 40.0 shows as "40". */
        private fun amountText(amount: Double): String = when {
            amount == 0.0 -> ""
            amount % 1.0 == 0.0 -> amount.toLong().toString()
            else -> amount.toString()
        }

        fun number(text: String): Double = text.trim().replace(',', '.').toDoubleOrNull() ?: 0.0
    }
}

/** A dose change she is entering: from when, the new dose (and evening dose), and a note. */
data class DoseChangeInput(
    val effectiveDate: String = "",
    val amount: String = "",
    val eveningAmount: String = "",
    val note: String = "",
) {
    /** The change for the core; [split]: the medicine is taken as a split dose. */
    fun change(split: Boolean) = DoseChange(
        effectiveDate = effectiveDate.trim(),
        amount = MedicineInput.number(amount),
        eveningAmount = if (split) MedicineInput.number(eveningAmount) else null,
        schedule = null,
        note = note.trim().ifEmpty { null },
    )
}
