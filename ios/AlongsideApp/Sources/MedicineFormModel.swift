// A medicine being added: her values as she fills them in, and every problem the core finds
// with them, each by its field.
//
// Why this exists: the core's form (`medicineForm`) lists the medicines (opioid treatment
// first) with the units and schedules that fit each, how it is collected, and the days of
// the week; each change she makes is checked by the core (`checkMedicineDraft`) off the
// main thread, so problems show beside their fields before she saves. Part of the
// medicines feature. (Android: MedicineFormState.kt.)
import AlongsideKit
import Foundation

@MainActor
final class MedicineFormModel: ObservableObject {
    @Published var kind: MedicineKind { didSet { kindChanged() } }
    @Published var name: String { didSet { check() } }
    /// As typed; read as a number when checked (a comma counts as a decimal point).
    @Published var amount: String { didSet { check() } }
    @Published var eveningAmount: String { didSet { check() } }
    @Published var unit: DoseUnit { didSet { check() } }
    @Published var schedule: ScheduleKind { didSet { check() } }
    /// Local "HH:MM": the one dose's time, or the morning dose's.
    @Published var time: String { didSet { check() } }
    @Published var eveningTime: String { didSet { check() } }
    @Published var weekday: Weekday { didSet { check() } }
    @Published var dayOfMonth: UInt8 { didSet { check() } }
    @Published var collection: AlongsideKit.Collection { didSet { check() } }
    @Published var takeHomeDays: Set<Weekday> { didSet { check() } }
    @Published var pharmacy: String { didSet { check() } }
    @Published var startDate: String { didSet { check() } }
    /// Empty: no end date yet.
    @Published var endDate: String { didSet { check() } }

    @Published private(set) var problems: [DraftProblem] = []
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    let form: MedicineForm
    let text: UiText
    private let session: FeatureSession
    private let saved: @MainActor () -> Void
    private var checking = false
    private var checkAgain = false

    init(form: MedicineForm, session: FeatureSession, saved: @escaping @MainActor () -> Void) {
        let v = form.values
        self.form = form
        self.session = session
        self.text = session.text
        self.saved = saved
        kind = v.kind
        name = v.name ?? ""
        amount = v.amount > 0 ? numberText(v.amount) : ""
        eveningAmount = v.eveningAmount.map(numberText) ?? ""
        unit = v.unit
        collection = v.collection
        takeHomeDays = Set(v.takeHomeDays)
        pharmacy = v.pharmacy ?? ""
        startDate = v.startDate
        endDate = v.endDate ?? ""
        // The schedule's own fields from its values; the others start at a plain choice.
        var day = Weekday.monday
        var date: UInt8 = 1
        var evening = ""
        switch v.schedule {
        case .daily(let t):
            schedule = .daily
            time = t
        case .splitDaily(let morning, let e):
            schedule = .splitDaily
            time = morning
            evening = e
        case .weekly(let d, let t):
            schedule = .weekly
            day = d
            time = t
        case .monthly(let d, let t):
            schedule = .monthly
            date = d
            time = t
        case .asNeeded:
            schedule = .asNeeded
            time = ""
        }
        weekday = day
        dayOfMonth = date
        eveningTime = evening
    }

    var fields: FormFields { FormFields(fields: form.fields, problems: problems) }

    /// The medicine chosen, with the units and schedules that fit it.
    var chosen: MedicineKindChoice? { form.kinds.first { $0.kind == kind } }

    var collectionChoice: CollectionChoice? { form.collections.first { $0.collection == collection } }

    var draft: MedicineDraft {
        let doseSchedule: DoseSchedule
        switch schedule {
        case .daily: doseSchedule = .daily(time: time)
        case .splitDaily: doseSchedule = .splitDaily(morningTime: time, eveningTime: eveningTime)
        case .weekly: doseSchedule = .weekly(weekday: weekday, time: time)
        case .monthly: doseSchedule = .monthly(dayOfMonth: dayOfMonth, time: time)
        case .asNeeded: doseSchedule = .asNeeded
        }
        return MedicineDraft(
            kind: kind,
            name: blankIsNone(name),
            amount: numberFrom(amount),
            eveningAmount: schedule == .splitDaily ? numberFrom(eveningAmount) : nil,
            unit: unit,
            schedule: doseSchedule,
            collection: collection,
            takeHomeDays: form.weekdays.map(\.weekday).filter { takeHomeDays.contains($0) },
            pharmacy: blankIsNone(pharmacy),
            startDate: startDate,
            endDate: blankIsNone(endDate)
        )
    }

    func toggleTakeHome(_ day: Weekday) {
        if takeHomeDays.contains(day) { takeHomeDays.remove(day) } else { takeHomeDays.insert(day) }
    }

    /// Checks the values as they are now; one check at a time, the last values always
    /// checked.
    func check() {
        guard !checking else {
            checkAgain = true
            return
        }
        checking = true
        let draft = self.draft
        let vault = session.vault
        Task {
            let result = await offMain { try vault.checkMedicineDraft(draft: draft, now: Date()) }
            checking = false
            if case .success(let found) = result { problems = found }
            if checkAgain {
                checkAgain = false
                check()
            }
        }
    }

    /// Adds the medicine. A refusal names its field; it shows there.
    func save() {
        guard !busy else { return }
        busy = true
        errorText = nil
        let draft = self.draft
        let vault = session.vault
        Task {
            let result = await offMain { () throws -> [DraftProblem] in
                let now = Date()
                let found = try vault.checkMedicineDraft(draft: draft, now: now)
                guard found.isEmpty else { return found }
                _ = try vault.addMedicine(draft: draft, now: now)
                return []
            }
            busy = false
            switch result {
            case .success(let found) where found.isEmpty:
                saved()
            case .success(let found):
                problems = found
                errorText = text["diary-draft-not-saved"]
            case .failure(let error) where isLockedError(error):
                session.locked()
            case .failure(let error):
                if case .InvalidInput(let field, let reason)? = error as? AlongsideError {
                    problems = [DraftProblem(field: field, reason: reason)]
                }
                errorText = text.errorText(error)
            }
        }
    }

    /// A medicine's units and schedules differ: keep hers where they fit, else take the
    /// core's usual one (its first).
    private func kindChanged() {
        if let choice = chosen {
            if !choice.units.contains(where: { $0.unit == unit }), let first = choice.units.first {
                unit = first.unit
            }
            if !choice.schedules.contains(where: { $0.schedule == schedule }), let first = choice.schedules.first {
                schedule = first.schedule
            }
        }
        check()
    }
}

/// A dose as she would type it: "40", "62.5".
func numberText(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(value)
}

/// What she typed as a number; 0 (which the core refuses in her words) when it isn't one.
func numberFrom(_ typed: String) -> Double {
    Double(typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")) ?? 0
}
