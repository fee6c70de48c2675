// The medicines feature's state and its core calls: her list, one medicine with what she
// can do to it (change the dose, stop it, log an as-needed dose), its dose history, and a
// new medicine's form.
//
// Why this exists: the core owns every rule (which units and schedules fit a medicine,
// what a dose change keeps, what a history shows) and every word (`medicineForm`,
// `medicineHistory`); this model keeps what the screens show and forwards her taps. Calls
// run off the main thread; a change refreshes Today and the reminders. Locking drops this
// model with the tabs. (Android: MedicinesState.kt and MedicinesViewModel.kt.)
import AlongsideKit
import Foundation

@MainActor
final class MedicinesModel: ObservableObject {
    @Published private(set) var medicines: [Medicine] = []
    @Published private(set) var loaded = false
    /// The medicine she opened: its values and what she can do to it, in the core's words.
    @Published private(set) var form: MedicineForm?
    /// Its dose history over the dates shown.
    @Published private(set) var history: MedicineHistory?
    /// A new medicine being added, while its form is open.
    @Published var adding: MedicineFormModel?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?
    /// The field the last refusal was about (`InvalidInput`), so a form can show it there.
    @Published private(set) var errorField: String?

    let text: UiText
    private let session: FeatureSession

    init(session: FeatureSession) {
        self.session = session
        self.text = session.text
    }

    func load() {
        call(changes: false) { _, _ in }
    }

    /// Reads one medicine's form and the last four weeks of its history.
    func open(_ id: String) {
        call(changes: false) { vault, now in
            (try vault.medicineForm(medicineId: id, now: now),
             try vault.medicineHistory(medicineId: id, from: nil, to: nil, now: now))
        } done: { found in
            self.form = found.0
            self.history = found.1
        }
    }

    /// Another stretch of the history (the core's Earlier and Later pages).
    func showHistory(_ page: HistoryPage) {
        guard let id = history?.medicineId else { return }
        call(changes: false) { vault, now in
            try vault.medicineHistory(medicineId: id, from: page.from, to: page.to, now: now)
        } done: {
            self.history = $0
        }
    }

    /// Opens an empty form for a new medicine.
    func add() {
        call(changes: false) { vault, now in try vault.medicineForm(medicineId: nil, now: now) } done: { form in
            self.adding = MedicineFormModel(form: form, session: self.session) { [weak self] in
                self?.adding = nil
                self?.changed()
            }
        }
    }

    func closeForm() {
        adding = nil
    }

    /// Records a new dose from a date; `done` runs when the core has taken it.
    func changeDose(_ id: String, _ change: DoseChange, done: @escaping @MainActor () -> Void) {
        call(changes: true) { vault, now in
            try vault.changeDose(medicineId: id, change: change, now: now)
        } done: {
            self.open(id)
            done()
        }
    }

    /// Stops the medicine after `endDate` (the core's default, which its question names).
    func stop(_ id: String, endDate: String) {
        call(changes: true) { vault, now in
            try vault.stopMedicine(medicineId: id, endDate: endDate, now: now)
        } done: {
            self.open(id)
        }
    }

    /// Logs a dose taken now, for a medicine taken when needed.
    func logAsNeeded(_ id: String, amount: Double, note: String?, done: @escaping @MainActor () -> Void) {
        call(changes: true) { vault, now in
            _ = try vault.logAsNeededDose(medicineId: id, takenAt: now, amount: amount, note: note, now: now)
        } done: {
            self.open(id)
            done()
        }
    }

    /// Forgets an error shown before she opened something new.
    func clearError() {
        guard !busy else { return }
        errorText = nil
        errorField = nil
    }

    /// After a change: the list and Today read again.
    private func changed() {
        session.changed()
        load()
    }

    /// Runs `work`, then reads the list again, and hands `work`'s result to `done`.
    private func call<T: Sendable>(
        changes: Bool,
        _ work: @escaping @Sendable (Vault, Date) throws -> T,
        done: @escaping @MainActor (T) -> Void = { _ in }
    ) {
        guard !busy else { return }
        busy = true
        errorText = nil
        errorField = nil
        let vault = session.vault
        Task {
            let result = await offMain { () throws -> Listed<T> in
                let now = Date()
                let value = try work(vault, now)
                return Listed(value: value, medicines: try vault.medicines(now: now))
            }
            busy = false
            switch result {
            case .success(let found):
                medicines = found.medicines
                loaded = true
                if changes { session.changed() }
                done(found.value)
            case .failure(let error) where isLockedError(error):
                session.locked()
            case .failure(let error):
                errorText = text.errorText(error)
                if case .InvalidInput(let field, _)? = error as? AlongsideError { errorField = field }
            }
        }
    }

    private struct Listed<T: Sendable>: Sendable {
        let value: T
        let medicines: [Medicine]
    }
}
