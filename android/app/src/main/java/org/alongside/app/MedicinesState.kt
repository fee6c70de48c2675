package org.alongside.app

import org.alongside.core.DraftProblem
import org.alongside.core.Medicine
import org.alongside.core.MedicineForm
import org.alongside.core.MedicineHistory

/** The medicine screens: the list, one medicine, and adding one. */
data class MedicinesState(
    val list: MedicineList? = null,
    val medicine: MedicineDetail? = null,
    val add: MedicineEdit? = null,
)

/** Her medicines, as the core lists them. */
data class MedicineList(val medicines: List<Medicine>, val busy: Boolean = false, val error: String? = null)

/**
 * One medicine: the core's form for it (changing the dose, stopping it, logging an
 * as-needed dose) and its history for the dates shown. [change], [stopDate] and
 * [asNeededAmount] are what she typed; [confirmStop] is true while she is asked; [notice] is
 * the core's word after an action.
 */
data class MedicineDetail(
    val form: MedicineForm,
    val history: MedicineHistory,
    val change: DoseChangeInput,
    val stopDate: String,
    val asNeededAmount: String = "",
    val confirmStop: Boolean = false,
    val busy: Boolean = false,
    val error: String? = null,
)

/** Adding a medicine: the core's form, what she entered, the core's problems beside their fields. */
data class MedicineEdit(
    val form: MedicineForm,
    val input: MedicineInput,
    val problems: List<DraftProblem> = emptyList(),
    val saved: Boolean = false,
    val busy: Boolean = false,
    val error: String? = null,
) {
    fun problem(field: String): String? = problems.firstOrNull { it.field == field }?.reason

    fun otherProblems(): List<DraftProblem> = problems.filter { p -> form.fields.none { it.field == p.field } }

    fun draft() = input.draft(form.weekdays.map { it.weekday })
}
