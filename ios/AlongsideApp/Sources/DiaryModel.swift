// The diary's state and its core calls: the page she is looking at (a week, a month), and
// what she does to an appointment's date (went or missed, cancel, put back, move, delete).
//
// Why this exists: the core works out every range, label and what can be done to each
// date (`vault.diary(range:now:)`); this model keeps the page, forwards her taps, and reads
// the same page again after each change. Calls run off the main thread. Locking drops this
// model with the tabs. (Android: DiaryState.kt and DiaryViewModel.kt.)
import AlongsideKit
import Foundation

@MainActor
final class DiaryModel: ObservableObject {
    @Published private(set) var page: DiaryView?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?
    /// The field the last refusal was about (`InvalidInput`), so a sheet can show it there.
    @Published private(set) var errorField: String?
    /// The core's question before it changes a dose she already logged.
    @Published private(set) var doseChange: DoseChangeQuestion?
    /// The form of the appointment she opened: its actions and their words.
    @Published private(set) var form: AppointmentForm?
    /// The appointment being added or changed, while its form is open.
    @Published var editing: AppointmentFormModel?

    let text: UiText
    private let session: FeatureSession
    /// What she asked to see; this week until she moves.
    private var range = DiaryRange.week(date: nil)

    init(session: FeatureSession) {
        self.session = session
        self.text = session.text
    }

    /// Reads the page she is on (this week at first).
    func load() {
        show(range)
    }

    /// Moves to another page the core offered (previous, next, this week, a month).
    func show(_ range: DiaryRange) {
        call(changes: false, reading: range) { _, _ in } done: {
            self.range = range
        }
    }

    /// Reads the form of the date she opened: what she can do to it, in the core's words.
    func open(_ entry: DiaryAppointment) {
        let o = entry.occurrence
        readForm(id: o.appointmentId, occurrence: o.occurrence) { self.form = $0 }
    }

    /// Opens an empty form for a new appointment.
    func add() {
        readForm(id: nil, occurrence: nil) { self.editing = self.formModel($0) }
    }

    /// Opens the form of the appointment she is looking at, to change it.
    func edit() {
        guard let form else { return }
        editing = formModel(form)
    }

    func closeForm() {
        editing = nil
    }

    /// Forgets an error shown before she opened something new.
    func clearError() {
        guard !busy else { return }
        errorText = nil
        errorField = nil
    }

    private func formModel(_ form: AppointmentForm) -> AppointmentFormModel {
        AppointmentFormModel(form: form, session: session) { [weak self] in
            guard let self else { return }
            self.editing = nil
            self.afterChange(formOf: form)
        }
    }

    /// After a save: the page, and the form she came from, read again.
    private func afterChange(formOf form: AppointmentForm) {
        session.changed()
        call(changes: false) { _, _ in }
        if let id = form.appointmentId {
            readForm(id: id, occurrence: form.occurrence) { self.form = $0 }
        }
    }

    private func readForm(
        id: String?, occurrence: UInt32?, done: @escaping @MainActor (AppointmentForm) -> Void
    ) {
        let vault = session.vault
        errorText = nil
        Task {
            let result = await offMain {
                try vault.appointmentForm(appointmentId: id, now: Date(), occurrence: occurrence)
            }
            switch result {
            case .success(let form): done(form)
            case .failure(let error) where isLockedError(error): session.locked()
            case .failure(let error): errorText = text.errorText(error)
            }
        }
    }

    func mark(_ entry: DiaryAppointment, status: AppointmentStatus) {
        let o = entry.occurrence
        call(changes: true) { vault, now in
            try vault.setAppointmentStatus(id: o.appointmentId, occurrence: o.occurrence, status: status, now: now)
        }
    }

    /// Puts a cancelled date back in her diary.
    func restore(_ entry: DiaryAppointment) {
        let o = entry.occurrence
        call(changes: true) { vault, now in
            try vault.setAppointmentStatus(id: o.appointmentId, occurrence: o.occurrence, status: .planned, now: now)
        } done: {
            self.open(entry)
        }
    }

    /// Cancels the date she opened, and with `scope` the ones after it too; they stay in
    /// her diary, marked cancelled.
    func cancel(_ entry: DiaryAppointment, scope: Scope) {
        let o = entry.occurrence
        call(changes: true) { vault, now in
            try vault.cancelAppointment(id: o.appointmentId, occurrence: o.occurrence, scope: scope, now: now)
        } done: {
            self.open(entry)
        }
    }

    /// Deletes the whole appointment, every date of it; the screen asks her first.
    func delete(_ entry: DiaryAppointment) {
        let id = entry.occurrence.appointmentId
        call(changes: true) { vault, now in
            try vault.deleteAppointment(id: id, now: now)
        } done: {
            self.form = nil
        }
    }

    /// Moves one date, this and the following dates, or all of them; `newStart` is local
    /// "YYYY-MM-DDTHH:MM".
    /// `moved` runs when the core has moved it (the sheet closes then).
    func move(
        _ entry: DiaryAppointment, newStart: String, scope: MoveScope, clockChange: ClockChangeChoice?,
        moved: @escaping @MainActor () -> Void
    ) {
        let o = entry.occurrence
        call(changes: true) { vault, now in
            _ = try vault.moveAppointment(
                id: o.appointmentId, occurrence: o.occurrence, newStart: newStart, scope: scope, now: now,
                clockChange: clockChange
            )
        } done: {
            moved()
        }
    }

    /// Logs a dose of a day the page shows (today or before). A dose already logged as
    /// something else is not changed: the core asks first, and `doseChange` holds it.
    func logDose(_ dose: DoseView, status: DoseStatus) {
        let entry = DoseEntry(
            medicineId: dose.medicineId, date: dose.date, slot: dose.slot, status: status, takenAt: nil, note: nil
        )
        call(changes: true, asking: entry) { vault, now in try vault.logDose(entry: entry, now: now) }
    }

    /// About how much of a partly taken dose she took: one of its partChoices.
    func logDosePart(_ dose: DoseView, amount: Double) {
        let entry = DoseEntry(
            medicineId: dose.medicineId, date: dose.date, slot: dose.slot, status: .partlyTaken,
            takenAt: dose.takenAt, note: nil, amountTaken: amount
        )
        call(changes: true) { vault, now in try vault.logDose(entry: entry, now: now) }
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
        call(changes: true) { vault, now in try vault.logDose(entry: confirmed, now: now) }
    }

    /// Keeps the dose as she logged it.
    func keepDose() {
        doseChange = nil
    }

    /// The date of `entry` as the page now shows it, after a change: `nil` when it has gone
    /// from this page (moved away or deleted).
    func current(_ entry: DiaryAppointment) -> DiaryAppointment? {
        let o = entry.occurrence
        return page?.days.flatMap { $0.appointments }
            .first { $0.occurrence.appointmentId == o.appointmentId && $0.occurrence.occurrence == o.occurrence }
    }

    /// Runs `work`, then reads the page again (`reading`, or the one she is on) and hands
    /// over to `done`. A change refreshes Today and the reminders too.
    private func call(
        changes: Bool,
        reading: DiaryRange? = nil,
        asking: DoseEntry? = nil,
        _ work: @escaping @Sendable (Vault, Date) throws -> Void,
        done: @escaping @MainActor () -> Void = {}
    ) {
        guard !busy else { return }
        busy = true
        errorText = nil
        errorField = nil
        let vault = session.vault
        let range = reading ?? page?.range ?? self.range
        Task {
            let result = await offMain { () throws -> DiaryView in
                let now = Date()
                try work(vault, now)
                return try vault.diary(range: range, now: now)
            }
            busy = false
            switch result {
            case .success(let view):
                page = view
                done()
                if changes { session.changed() }
            case .failure(let error) where isLockedError(error):
                session.locked()
            case .failure(let error):
                if let entry = asking, case .NeedsConfirmation(let question, let confirmLabel, let cancelLabel)? =
                    error as? AlongsideError {
                    doseChange = DoseChangeQuestion(
                        entry: entry, question: question, confirmLabel: confirmLabel, cancelLabel: cancelLabel
                    )
                } else {
                    // Refused: nothing changed, so the page stays as it was, with her words.
                    errorText = text.errorText(error)
                    if case .InvalidInput(let field, _)? = error as? AlongsideError { errorField = field }
                }
            }
        }
    }
}
