package org.alongside.app

import org.alongside.core.BabyStatus
import org.alongside.core.ExportFile
import org.alongside.core.ForgetPreview
import org.alongside.core.SettingsView

/** The passcode change she is typing: the one she has, the new one, and the new one again. */
data class PasscodeInput(val current: String = "", val new: String = "", val again: String = "")

/**
 * The settings screen: the core's view ([view], one call) and what she is typing on it.
 * [export] is a copy of her diary the core made, waiting for the share sheet; [notice] is
 * the core's word after an action. [forget] is what forgetting entries older than
 * [forgetMonths] would remove, shown with the note about her team until she confirms.
 */
data class SettingsState(
    val view: SettingsView,
    val passcode: PasscodeInput = PasscodeInput(),
    val updatesAddress: String = view.directory.updatesAddress.orEmpty(),
    val babyStatus: BabyStatus = view.baby.current.status,
    val babySince: String = view.baby.current.since.orEmpty(),
    val dueDate: String = view.dates.current.dates.dueDate.orEmpty(),
    val bornDate: String = view.dates.current.dates.babyBorn.orEmpty(),
    val export: ExportFile? = null,
    val forgetMonths: UInt? = null,
    val forget: ForgetPreview? = null,
    val notice: String? = null,
    val busy: Boolean = false,
    val error: String? = null,
)
