package org.alongside.app

import org.alongside.core.ExportFormat
import org.alongside.core.HerDates
import org.alongside.core.NotificationWording
import org.alongside.core.QuickExitDestination
import org.alongside.core.UpdateOutcome
import org.alongside.core.Vault

/**
 * Settings: what reminders say, where a quick exit goes, her time zone, changing her passcode, a copy of her diary
 * for the share sheet, installing a directory (from a file or the sample), directory
 * updates, her baby's situation and her dates, and forgetting old entries. The screen is one core call; each change is
 * one call, then the screen is read afresh (or stays as it was, with the core's words).
 *
 * Why this exists: plain Kotlin, so the JVM tests drive it against the real library; every
 * choice, word and check is the core's. The shell only carries bytes in and out.
 */
class SettingsFeature(private val core: Core) {
    /** The screen afresh, keeping what she is typing. */
    fun open(s: SettingsState? = null): SettingsState {
        val view = core.vault.settingsView(core.now())
        return s?.copy(view = view, busy = false, error = null) ?: SettingsState(view)
    }

    fun editPasscode(s: SettingsState, input: PasscodeInput) = s.copy(passcode = input, error = null, notice = null)

    fun editUpdatesAddress(s: SettingsState, address: String) = s.copy(updatesAddress = address, error = null)

    fun editBaby(s: SettingsState, status: org.alongside.core.BabyStatus, since: String) =
        s.copy(babyStatus = status, babySince = since, error = null)

    fun editDates(s: SettingsState, due: String, born: String) = s.copy(dueDate = due, bornDate = born, error = null)

    /** What reminders say; reminders already set are set again with the new words. */
    fun setWording(s: SettingsState, wording: NotificationWording) = change(s) { v ->
        v.setNotificationWording(wording)
        core.diaryChanged(v, core.now())
        null
    }

    /** Where a quick exit goes. */
    fun setQuickExit(s: SettingsState, destination: QuickExitDestination) = change(s) { v ->
        v.setQuickExitDestination(destination)
        null
    }

    /** Her home time zone; reminders follow it. */
    fun setTimeZone(s: SettingsState, zone: String) = change(s) { v ->
        v.setTimeZone(zone)
        core.diaryChanged(v, core.now())
        null
    }

    /**
     * Changes her passcode. Two different new ones are refused with the core's words before
     * anything is asked; the core refuses a wrong current one, or a new one too short.
     */
    fun changePasscode(s: SettingsState): SettingsState {
        val p = s.passcode
        if (p.new != p.again) return s.copy(busy = false, error = s.view.passcode.mismatch)
        return change(s.copy(passcode = PasscodeInput())) { v ->
            v.changePasscode(p.current, p.new, core.now(), core.sinceBoot())
            s.view.passcode.changed
        }.let { if (it.error != null) it.copy(passcode = p) else it }
    }

    /** A copy of her diary, named and typed by the core, for the share sheet. */
    fun export(s: SettingsState, format: ExportFormat): SettingsState =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) {
            s.copy(export = core.vault.exportFile(format, core.now()), busy = false, error = null, notice = null)
        }

    /** The copy has gone to the share sheet (or she closed it). */
    fun exported(s: SettingsState) = s.copy(export = null)

    /** Installs a directory from a file's bytes (read with a bound); the core checks everything. */
    fun installDirectory(s: SettingsState, bundle: ByteArray) = change(s) { v ->
        v.importDirectory(bundle, core.now()).summary
    }

    fun setSample(s: SettingsState, on: Boolean) = change(s) { v ->
        v.setSampleDirectory(on, core.now())?.summary
    }

    fun setUpdates(s: SettingsState, on: Boolean) = change(s) { v ->
        v.setDirectoryUpdates(on, s.updatesAddress.trim().ifEmpty { null })
        null
    }

    fun checkForUpdate(s: SettingsState) = change(s) { v ->
        when (val outcome = v.checkForDirectoryUpdate(core.now())) {
            is UpdateOutcome.Updated -> outcome.message
            is UpdateOutcome.UpToDate -> outcome.message
            is UpdateOutcome.Offline -> outcome.message
            is UpdateOutcome.Refused -> "${outcome.message}\n${outcome.explanation}"
            is UpdateOutcome.NotEnabled -> outcome.message
        }
    }

    /** Her baby's situation: private, kept on this phone only; the core's words say what changes. */
    fun saveBaby(s: SettingsState) = change(s) { v ->
        v.setBabyStatus(s.babyStatus, s.babySince.trim().ifEmpty { null }, core.now()).message
    }

    fun saveDates(s: SettingsState) = change(s) { v ->
        v.setHerDates(HerDates(s.dueDate.trim().ifEmpty { null }, s.bornDate.trim().ifEmpty { null }), core.now()).message
    }

    /**
     * She picked how old entries must be before they are forgotten. "Keep everything" is
     * set at once; any other choice first shows what would go and the note about her team.
     */
    fun chooseForget(s: SettingsState, months: UInt): SettingsState {
        if (months == 0u) return change(s.copy(forget = null, forgetMonths = null)) { v -> v.setForgetAfter(0u, core.now()); null }
        return core.attempt({ msg, _ -> s.copy(busy = false, error = msg) }) {
            s.copy(forgetMonths = months, forget = core.vault.forgetPreview(months, core.now()), busy = false, error = null, notice = null)
        }
    }

    /** Her yes after the preview: the choice is kept, and what is older goes now. */
    fun confirmForget(s: SettingsState): SettingsState {
        val months = s.forgetMonths ?: return s
        return change(s.copy(forget = null, forgetMonths = null)) { v ->
            val done = v.setForgetAfter(months, core.now())
            core.diaryChanged(v, core.now())
            if (done.nothing) done.summary else "${s.view.forget.done}\n${done.summary}"
        }
    }

    /** She changed her mind at the preview: nothing changes. */
    fun cancelForget(s: SettingsState) = s.copy(forget = null, forgetMonths = null)

    /** Runs one change (returning the core's words about it, if any), then the screen afresh. */
    private fun change(s: SettingsState, work: (Vault) -> String?): SettingsState =
        core.attempt({ msg, _ -> s.copy(busy = false, error = msg, notice = null) }) {
            val v = core.vault
            val notice = work(v)
            this.open(s).copy(notice = notice)
        }
}
