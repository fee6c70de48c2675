package org.alongside.app.models

import androidx.lifecycle.ViewModelProvider
import org.alongside.app.DoseChangeInput
import org.alongside.app.MedicineInput
import org.alongside.app.MedicinesFeature
import org.alongside.app.MedicinesState
import org.alongside.app.Route

/** Her medicines on the core's thread ([MedicinesFeature]); a saved new medicine closes its form. */
class MedicinesViewModel(session: SessionViewModel) : FeatureViewModel<MedicinesState>(session) {
    private val feature = MedicinesFeature(session.session)

    private fun busy(s: MedicinesState) = s.copy(
        list = s.list?.copy(busy = true, error = null),
        medicine = s.medicine?.copy(busy = true, error = null),
        add = s.add?.copy(busy = true, error = null),
    )

    fun showList() = load { feature.list(it) }

    fun showMedicine(id: String) = load { feature.medicine(it ?: MedicinesState(), id) }

    fun showForm() = load { feature.add(it ?: MedicinesState()) }

    fun open(id: String) = session.open(Route.Medicine(id))

    fun add() = session.open(Route.MedicineForm)

    fun page(from: String, to: String) = act(::busy) { feature.page(it, from, to) }

    fun editChange(change: DoseChangeInput) = edit { feature.editChange(it, change) }

    fun editStopDate(date: String) = edit { feature.editStopDate(it, date) }

    fun editAsNeeded(amount: String) = edit { feature.editAsNeeded(it, amount) }

    fun askStop(ask: Boolean) = edit { feature.askStop(it, ask) }

    fun changeDose() = act(::busy) { feature.changeDose(it) }

    fun stop() = act(::busy) { feature.stop(it) }

    fun logAsNeeded() = act(::busy) { feature.logAsNeeded(it) }

    fun input(input: MedicineInput) = edit { feature.input(it, input) }

    fun check() = act(::busy) { feature.check(it) }

    fun save() = act(::busy, { s -> if (s.add?.saved == true) session.close(Route.MedicineForm) }) { feature.save(it) }

    companion object {
        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { MedicinesViewModel(session) }
    }
}
