// Holds the vault handle and turns her taps into core calls.
//
// Why this exists: the core's calls block (Argon2id alone takes about a second), so they
// run in Task.detached, off the main thread; the screens only read the published state.
// A lock bumps `session`, and results of calls started before it are dropped (and the vault
// locked again), so nothing of her diary comes back on screen once she has locked.
// (Android: VaultSession.kt and models/SessionViewModel.kt.)
import AlongsideKit
import Foundation

@MainActor
final class AppModel: ObservableObject {
    enum Screen {
        /// Reading the core's copy and looking for a vault.
        case starting
        /// First run: no vault yet.
        case setup
        /// A vault exists and is locked.
        case unlock
        /// Unlocked: the tabs (MainTabs), with the core's Today view.
        case today(TodayView)
        /// The vault can't be opened at all (for example a damaged key file).
        case failed(String)
    }

    @Published private(set) var screen: Screen = .starting
    /// A quick exit covers everything with a blank screen until she taps it.
    @Published private(set) var covered = false
    /// True while a core call started by her is running.
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?
    /// The core asked her to wait until then before the next passcode try.
    @Published private(set) var retryAt: Date?
    /// The medicine an alert asked to show on Today, if any.
    @Published private(set) var medicine: Medicine?
    /// The core's question before it changes a dose she already logged; Today shows it.
    @Published private(set) var doseChange: DoseChangeQuestion?
    /// The dose being logged, in case the core asks before changing it.
    private var askingAbout: DoseEntry?
    /// The core's copy; loaded before the first screen shows.
    private(set) var text = UiText(messages: [:])

    private var vault: Vault?
    private var session = 0
    private let location = VaultLocation()
    private let reminders = ReminderScheduler()

    func start() async {
        guard case .starting = screen else { return }
        let location = self.location
        let (text, found, problem) = await Task.detached(priority: .userInitiated) { () -> (UiText, Vault?, String?) in
            let text = UiText.load()
            guard vaultExists(dir: location.path) else { return (text, nil, nil) }
            do {
                try location.prepare()
                return (text, try Vault.open(dir: location.path), nil)
            } catch {
                return (text, nil, text.errorText(error))
            }
        }.value
        self.text = text
        if let problem {
            screen = .failed(problem)
        } else if let found {
            vault = found
            screen = .unlock
        } else {
            screen = .setup
        }
    }

    /// First run: creates the vault. `again` is the passcode typed a second time.
    func createVault(passcode: String, again: String) {
        guard passcode == again else {
            errorText = text["setup-passcode-mismatch"]
            return
        }
        let location = self.location
        run { now in
            try location.prepare()
            let created = try Vault.create(dir: location.path, passcode: passcode)
            try location.prepare() // the files the core just wrote
            return try fresh(created, now: now)
        }
    }

    func unlock(passcode: String) {
        let location = self.location
        let existing = vault
        run { now in
            let opened = try existing ?? Vault.open(dir: location.path)
            try opened.unlock(passcode: passcode, now: now, sinceBoot: timeSinceBoot())
            return try fresh(opened, now: now)
        }
    }

    /// Deletes the vault (the core shreds it) and every reminder of it, then shows Setup.
    /// For a forgotten passcode, a vault that can't be opened, or from Settings.
    func wipe() {
        guard !busy else { return }
        let location = self.location
        let reminders = self.reminders
        // From Settings the vault is open: it is locked first (the core drops its key and
        // closes the database), and no result of a call started before comes back.
        let open = vault
        session += 1
        vault = nil
        busy = true
        errorText = nil
        Task {
            let result = await Task.detached(priority: .userInitiated) { () -> Result<Void, Error> in
                open?.lock()
                return Result { try wipeVault(dir: location.path) }
            }.value
            busy = false
            switch result {
            case .success:
                reminders.clear()
                retryAt = nil
                screen = .setup
            case .failure(let error):
                errorText = text.errorText(error)
                // Her diary was open and is now locked: the unlock screen, with the words.
                if let open {
                    vault = open
                    screen = .unlock
                }
            }
        }
    }

    /// Forgets an error shown on the screen she is leaving.
    func clearError() {
        if !busy { errorText = nil }
    }

    /// Locks the vault (the core wipes the key) and shows the unlock screen.
    func lock() {
        session += 1
        busy = false
        errorText = nil
        medicine = nil
        if case .failed = screen { return }
        guard let handle = vault else { return } // first run: a vault being created is locked when it arrives
        screen = .unlock
        Task.detached { handle.lock() }
    }

    /// Quick exit: the blank cover over everything at once and the vault locked (the core
    /// wipes the key, and every feature model goes with the tabs). An iPhone app can't
    /// leave itself, so the cover stays, with nothing of hers under it, until she taps it.
    func quickExit() {
        covered = true
        lock()
    }

    /// She tapped the cover: the unlock screen (or set-up) under it shows.
    func uncover() {
        covered = false
    }

    func refresh() {
        guard case .today = screen, !busy, let handle = vault else { return }
        run(showBusy: false) { now in try fresh(handle, now: now) }
    }

    func logDose(_ dose: DoseView, status: DoseStatus) {
        let entry = DoseEntry(
            medicineId: dose.medicineId, date: dose.date, slot: dose.slot, status: status, takenAt: nil, note: nil
        )
        // A dose already logged as something else is not changed: the core asks first.
        askingAbout = entry
        change { vault, now in
            try vault.logDose(entry: entry, now: now)
        }
    }

    /// She says about how much of a partly taken dose she took: one of its partChoices.
    func logDosePart(_ dose: DoseView, amount: Double) {
        change { vault, now in
            let entry = DoseEntry(
                medicineId: dose.medicineId, date: dose.date, slot: dose.slot, status: .partlyTaken,
                takenAt: dose.takenAt, note: nil, amountTaken: amount
            )
            try vault.logDose(entry: entry, now: now)
        }
    }

    /// Her yes to the core's question: the same dose, logged again with her confirmation.
    func confirmDoseChange() {
        guard let asked = doseChange else { return }
        doseChange = nil
        let e = asked.entry
        let confirmed = DoseEntry(
            medicineId: e.medicineId, date: e.date, slot: e.slot, status: e.status, takenAt: e.takenAt, note: e.note,
            amountTaken: e.amountTaken, confirmChange: true
        )
        change { vault, now in
            try vault.logDose(entry: confirmed, now: now)
        }
    }

    /// Keeps the dose as she logged it.
    func keepDose() {
        doseChange = nil
    }

    /// Answers Today's question about days with nothing logged, for `dates`.
    func answerDoseQuestion(_ question: DoseQuestion, dates: [String], answer: DoseAnswer) {
        let id = question.medicineId
        change { vault, now in
            try vault.answerDoseQuestion(medicineId: id, dates: dates, answer: answer, now: now)
        }
    }

    /// "Not now": the question's days are not asked about again.
    func dismissDoseQuestion(_ question: DoseQuestion) {
        let id = question.medicineId
        let dates = question.days.map { $0.date }
        change { vault, now in
            try vault.dismissDoseQuestion(medicineId: id, dates: dates, now: now)
        }
    }

    func mark(_ occurrence: Occurrence, status: AppointmentStatus) {
        change { vault, now in
            try vault.setAppointmentStatus(
                id: occurrence.appointmentId, occurrence: occurrence.occurrence, status: status, now: now
            )
        }
    }

    /// Books a new time for a missed appointment; `newStart` is local "YYYY-MM-DDTHH:MM".
    func rebook(_ alert: AlongsideKit.Alert, newStart: String) {
        guard let id = alert.appointmentId, let occurrence = alert.occurrence else { return }
        change { vault, now in
            _ = try vault.rebookMissedAppointmentAt(id: id, occurrence: occurrence, newStart: newStart, now: now)
        }
    }

    /// Saves the appointment a support-mode offer comes with (the 6 to 8 week check), as the
    /// core drafted it. She can change it afterwards like any appointment.
    func addOfferedAppointment(_ offer: SupportOffer) {
        guard let draft = offer.appointment else { return }
        change { vault, now in
            _ = try vault.addAppointment(draft: draft, now: now)
        }
    }

    func dismissFollowUp(_ alert: AlongsideKit.Alert) {
        guard let id = alert.appointmentId, let occurrence = alert.occurrence else { return }
        change { vault, now in
            try vault.dismissMissedFollowUp(id: id, occurrence: occurrence, now: now)
        }
    }

    /// Reads the medicine an alert is about (the core's `medicineId`) and shows it.
    func showMedicine(_ alert: AlongsideKit.Alert) {
        guard case .today = screen, !busy, let handle = vault, let id = alert.medicineId else { return }
        let started = session
        busy = true
        errorText = nil
        Task {
            let result = await Task.detached(priority: .userInitiated) {
                Result { () throws -> Medicine in
                    guard let found = try handle.medicines(now: Date()).first(where: { $0.id == id }) else {
                        throw AlongsideError.NotFound(what: "medicine")
                    }
                    return found
                }
            }.value
            guard started == session else { return }
            busy = false
            switch result {
            case .success(let found):
                medicine = found
            case .failure(let error) where isLockedError(error):
                screen = .unlock
            case .failure(let error):
                errorText = text.errorText(error)
            }
        }
    }

    func closeMedicine() {
        medicine = nil
    }

    /// The sharing screen's model, while the vault is unlocked.
    func sharingModel() -> SharingModel? {
        guard case .today = screen, let handle = vault else { return nil }
        return SharingModel(vault: handle, text: text)
    }

    /// The services screen's model, while the vault is unlocked.
    func servicesModel() -> ServicesModel? {
        guard case .today = screen, let handle = vault else { return nil }
        return ServicesModel(vault: handle, text: text)
    }

    /// The guidance screens' model, while the vault is unlocked.
    func guidanceModel() -> GuidanceModel? {
        guard case .today = screen, let handle = vault else { return nil }
        return GuidanceModel(vault: handle, text: text)
    }

    /// The request-for-support screen's model, while the vault is unlocked.
    func supportModel() -> SupportModel? {
        guard case .today = screen, let handle = vault else { return nil }
        return SupportModel(vault: handle, text: text)
    }

    /// The Diary tab's model, while the vault is unlocked.
    func diaryModel() -> DiaryModel? {
        featureSession().map { DiaryModel(session: $0) }
    }

    /// The medicines screen's model, while the vault is unlocked.
    func medicinesModel() -> MedicinesModel? {
        featureSession().map { MedicinesModel(session: $0) }
    }

    /// The settings screen's model, while the vault is unlocked.
    func settingsModel() -> SettingsModel? {
        featureSession().map { SettingsModel(session: $0) }
    }

    /// What the diary, medicines and settings models borrow while the vault is unlocked:
    /// their changes refresh Today and the reminders, and a locked vault locks the app.
    func featureSession() -> FeatureSession? {
        guard case .today = screen, let handle = vault else { return nil }
        return FeatureSession(
            vault: handle,
            text: text,
            changed: { [weak self] in self?.refresh() },
            locked: { [weak self] in self?.lock() }
        )
    }

    /// Runs one Today action, then shows the fresh Today (or the action's error).
    private func change(_ action: @escaping @Sendable (Vault, Date) throws -> Void) {
        guard case .today = screen, !busy, let handle = vault else { return }
        run { now in
            try action(handle, now)
            return try fresh(handle, now: now)
        }
    }

    /// Runs `work` off the main thread and shows what it returns, unless she locked the app
    /// meanwhile. A core error stays on the current screen as words; `Locked` means unlock.
    private func run(showBusy: Bool = true, _ work: @escaping @Sendable (Date) throws -> Fresh) {
        let started = session
        if showBusy {
            busy = true
            errorText = nil
        }
        Task {
            let result = await Task.detached(priority: .userInitiated) { try work(Date()) }.result
            guard started == session else {
                // Locked while this ran: keep the handle, but locked, and show nothing of it.
                if case .success(let late) = result {
                    vault = late.vault
                    screen = .unlock
                    Task.detached { late.vault.lock() }
                }
                return
            }
            busy = false
            // Only logDose is asked about; the entry it set is the one the question is for.
            let asked = askingAbout
            switch result {
            case .success(let fresh):
                show(fresh)
            case .failure(let error) where isLockedError(error):
                screen = .unlock
            case .failure(let error):
                if let entry = asked, case .NeedsConfirmation(let question, let confirmLabel, let cancelLabel)? =
                    error as? AlongsideError {
                    doseChange = DoseChangeQuestion(
                        entry: entry, question: question, confirmLabel: confirmLabel, cancelLabel: cancelLabel
                    )
                } else {
                    errorText = text.errorText(error)
                    retryAt = retryDate(after: error, now: Date())
                }
            }
        }
    }

    private func show(_ fresh: Fresh) {
        vault = fresh.vault
        screen = .today(fresh.today)
        retryAt = nil
        errorText = fresh.reminderError.map { text.errorText($0) }
        guard let due = fresh.reminders else { return }
        let reminders = self.reminders
        Task {
            await reminders.reschedule(due)
            await reminders.askOnce()
        }
    }
}

/// What every successful call hands back: the vault, its Today and the reminders to set.
/// Checked Sendable: the generated records are Sendable, `Error` is, and `Vault` is
/// `@unchecked Sendable` in the bindings because its methods block and the core locks
/// inside, so one handle may be used from any thread.
struct Fresh: Sendable {
    let vault: Vault
    let today: TodayView
    /// `nil` when the core could not list them; the schedule is then left as it was.
    let reminders: [Reminder]?
    let reminderError: Error?
}

/// Today and the next 14 days of reminders, read from an unlocked vault. Blocking.
private func fresh(_ vault: Vault, now: Date) throws -> Fresh {
    let today = try vault.today(now: now)
    do {
        let due = try vault.reminders(from: now, to: now.addingTimeInterval(ReminderScheduler.window))
        return Fresh(vault: vault, today: today, reminders: due, reminderError: nil)
    } catch {
        return Fresh(vault: vault, today: today, reminders: nil, reminderError: error)
    }
}

/// The core's question before it changes a dose she already logged (taken to missed, say):
/// its words, and the entry to log again with her yes. (Android: DoseChangeConfirm.)
struct DoseChangeQuestion: Sendable {
    let entry: DoseEntry
    let question: String
    let confirmLabel: String
    let cancelLabel: String
}
