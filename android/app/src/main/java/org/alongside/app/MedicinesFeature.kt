package org.alongside.app

import org.alongside.core.DoseSchedule

/**
 * Her medicines: the list; adding one (the core's kinds, units, schedules and checks);
 * one medicine's dose history, changing its dose (the history is kept), stopping it and
 * logging an as-needed dose. Each method is one core call (or none, for typing) and returns
 * the next state.
 *
 * Why this exists: plain Kotlin, so the JVM tests drive it against the real library; every
 * rule and word is the core's.
 */
class MedicinesFeature(private val core: Core) {
    fun list(s: MedicinesState?): MedicinesState =
        (s ?: MedicinesState()).copy(list = MedicineList(core.vault.medicines(core.now())))

    /** One medicine: its form and its history for [from] to [to] (the core's four weeks when null). */
    fun medicine(s: MedicinesState, id: String, from: String? = null, to: String? = null): MedicinesState {
        val v = core.vault
        val now = core.now()
        val form = v.medicineForm(id, now)
        val history = v.medicineHistory(id, from, to, now)
        val change = form.changeDose
        return s.copy(
            medicine = MedicineDetail(
                form = form,
                history = history,
                change = DoseChangeInput(effectiveDate = change?.defaultEffectiveDate.orEmpty()),
                stopDate = form.stopDefaultDate.orEmpty(),
            ),
        )
    }

    /** Earlier or later doses: the core's page. */
    fun page(s: MedicinesState, from: String, to: String): MedicinesState = onDetail(s) { d ->
        d.copy(history = core.vault.medicineHistory(d.history.medicineId, from, to, core.now()))
    }

    fun editChange(s: MedicinesState, change: DoseChangeInput) = s.copy(medicine = s.medicine?.copy(change = change, error = null))

    fun editStopDate(s: MedicinesState, date: String) = s.copy(medicine = s.medicine?.copy(stopDate = date, error = null))

    fun editAsNeeded(s: MedicinesState, amount: String) = s.copy(medicine = s.medicine?.copy(asNeededAmount = amount, error = null))

    fun askStop(s: MedicinesState, ask: Boolean) = s.copy(medicine = s.medicine?.copy(confirmStop = ask, error = null))

    /** Changes the dose from the date she gave; the core keeps the old one in the history. */
    fun changeDose(s: MedicinesState): MedicinesState = onDetail(s) { d ->
        val id = d.history.medicineId
        val split = d.form.changeDose?.current?.schedule is DoseSchedule.SplitDaily
        changed { v, now -> v.changeDose(id, d.change.change(split), now) }
        medicine(s, id).medicine ?: d
    }

    /** Stops the medicine after the date she gave, once she said yes. */
    fun stop(s: MedicinesState): MedicinesState = onDetail(s) { d ->
        val id = d.history.medicineId
        changed { v, now -> v.stopMedicine(id, d.stopDate.trim(), now) }
        medicine(s, id).medicine ?: d
    }

    /** Logs a dose taken now, of a medicine taken when needed. */
    fun logAsNeeded(s: MedicinesState): MedicinesState = onDetail(s) { d ->
        val id = d.history.medicineId
        changed { v, now -> v.logAsNeededDose(id, now, MedicineInput.number(d.asNeededAmount), null, now) }
        medicine(s, id).medicine ?: d
    }

    /** The form to add one, with the core's defaults (or what she entered and has not saved). */
    fun add(s: MedicinesState): MedicinesState {
        if (s.add?.saved == false) return s
        val form = core.vault.medicineForm(null, core.now())
        return s.copy(add = MedicineEdit(form, MedicineInput.from(form.values)))
    }

    fun input(s: MedicinesState, input: MedicineInput) = s.copy(add = s.add?.copy(input = input, error = null))

    /** The core's problems with the draft as it is; nothing is written. */
    fun check(s: MedicinesState): MedicinesState = onAdd(s) { e ->
        e.copy(problems = core.vault.checkMedicineDraft(e.draft(), core.now()))
    }

    /** Saves the medicine if the core finds no problem with it; else shows every problem. */
    fun save(s: MedicinesState): MedicinesState = onAdd(s) { e ->
        val draft = e.draft()
        val problems = core.vault.checkMedicineDraft(draft, core.now())
        if (problems.isNotEmpty()) return@onAdd e.copy(problems = problems)
        changed { v, now -> v.addMedicine(draft, now) }
        e.copy(problems = emptyList(), saved = true)
    }

    private fun changed(action: (org.alongside.core.Vault, java.time.Instant) -> Unit) {
        val v = core.vault
        val now = core.now()
        action(v, now)
        core.diaryChanged(v, now)
    }

    private fun onDetail(s: MedicinesState, work: (MedicineDetail) -> MedicineDetail): MedicinesState {
        val d = s.medicine ?: return s
        return core.attempt({ msg, _ -> s.copy(medicine = d.copy(busy = false, error = msg)) }) {
            s.copy(medicine = work(d).copy(busy = false, error = null, confirmStop = false))
        }
    }

    private fun onAdd(s: MedicinesState, work: (MedicineEdit) -> MedicineEdit): MedicinesState {
        val e = s.add ?: return s
        return core.attempt({ msg, _ -> s.copy(add = e.copy(busy = false, error = msg)) }) {
            s.copy(add = work(e).copy(busy = false, error = null))
        }
    }
}
