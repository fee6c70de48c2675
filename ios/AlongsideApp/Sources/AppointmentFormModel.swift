// An appointment being added or changed: her values as she types, and every problem the
// core finds with them, each by its field.
//
// Why this exists: the core's form record (`appointmentForm`) gives the choices, words and
// starting values; each change she makes is checked by the core (`checkAppointmentDraft`)
// off the main thread, so the form shows the problems beside their fields before she
// saves. Saving runs the same check in the core. Part of the diary feature: DiaryModel
// makes one when she adds or changes an appointment. (Android: AppointmentFormState.kt.)
import AlongsideKit
import Foundation

@MainActor
final class AppointmentFormModel: ObservableObject {
    @Published var title: String { didSet { changed() } }
    @Published var kind: AppointmentKind { didSet { changed() } }
    /// Local "YYYY-MM-DDTHH:MM" in `zone`.
    @Published var start: String { didSet { changed() } }
    @Published var durationMinutes: UInt32 { didSet { changed() } }
    @Published var location: String { didSet { changed() } }
    /// A place from the directory (`VenueChoice.id`), or `nil`.
    @Published var venueId: String? { didSet { changed() } }
    @Published var withWhom: String { didSet { changed() } }
    @Published var notes: String { didSet { changed() } }
    @Published var reminders: Set<UInt32> { didSet { changed() } }
    /// 0: doesn't repeat.
    @Published var everyWeeks: UInt32 { didSet { changed() } }
    /// How a repeat ends: by a number of times, or else on a date.
    @Published var endsByCount: Bool { didSet { changed() } }
    @Published var until: String { didSet { changed() } }
    @Published var count: String { didSet { changed() } }
    @Published var clockChange: ClockChangeChoice? { didSet { changed() } }

    /// The problems the core found with the values as they are now.
    @Published private(set) var problems: [DraftProblem] = []
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    let form: AppointmentForm
    let text: UiText
    private let session: FeatureSession
    private let saved: @MainActor () -> Void
    /// A check is running; another is due when it ends (she typed meanwhile).
    private var checking = false
    private var checkAgain = false

    init(form: AppointmentForm, session: FeatureSession, saved: @escaping @MainActor () -> Void) {
        let v = form.values
        self.form = form
        self.session = session
        self.text = session.text
        self.saved = saved
        title = v.title
        kind = v.kind
        start = v.start
        durationMinutes = v.durationMinutes
        location = v.location ?? ""
        venueId = v.venueId
        withWhom = v.withWhom ?? ""
        notes = v.notes ?? ""
        reminders = Set(v.reminderMinutesBefore)
        everyWeeks = v.repeat?.everyWeeks ?? 0
        switch v.repeat?.end {
        case .until(let date)?:
            endsByCount = false
            until = date
            count = ""
        case .count(let occurrences)?:
            endsByCount = true
            until = ""
            count = String(occurrences)
        case nil:
            endsByCount = true
            until = ""
            count = ""
        }
        clockChange = v.clockChange
    }

    /// The zone the times are in: the appointment's, else her diary's.
    var zone: String { form.values.timeZone ?? form.timeZone }

    var fields: FormFields { FormFields(fields: form.fields, problems: problems) }

    /// Her values as the core's draft. A count that isn't a number goes as 0, which the
    /// core refuses in her words.
    var draft: AppointmentDraft {
        let repeatEnd: RepeatEnd = endsByCount
            ? .count(occurrences: UInt32(count.trimmingCharacters(in: .whitespaces)) ?? 0)
            : .until(date: until)
        return AppointmentDraft(
            title: title,
            kind: kind,
            start: start,
            timeZone: form.values.timeZone,
            durationMinutes: durationMinutes,
            location: blankIsNone(location),
            withWhom: blankIsNone(withWhom),
            notes: blankIsNone(notes),
            // Sorted, and kept even when not among the choices (set from the command line).
            reminderMinutesBefore: reminders.sorted(),
            repeat: everyWeeks == 0 ? nil : Repeat(everyWeeks: everyWeeks, end: repeatEnd),
            venueId: venueId,
            clockChange: clockChange
        )
    }

    func toggleReminder(_ minutes: UInt32) {
        if reminders.contains(minutes) { reminders.remove(minutes) } else { reminders.insert(minutes) }
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
        let id = form.appointmentId
        let vault = session.vault
        Task {
            let result = await offMain { try vault.checkAppointmentDraft(draft: draft, now: Date(), appointmentId: id) }
            checking = false
            if case .success(let found) = result { problems = found }
            if checkAgain {
                checkAgain = false
                check()
            }
        }
    }

    /// Adds or changes the appointment. A refusal names its field; it shows there.
    func save() {
        guard !busy else { return }
        busy = true
        errorText = nil
        let draft = self.draft
        let id = form.appointmentId
        let vault = session.vault
        Task {
            let result = await offMain { () throws -> [DraftProblem] in
                let now = Date()
                let found = try vault.checkAppointmentDraft(draft: draft, now: now, appointmentId: id)
                guard found.isEmpty else { return found }
                if let id {
                    try vault.editAppointment(id: id, draft: draft, now: now)
                } else {
                    _ = try vault.addAppointment(draft: draft, now: now)
                }
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

    private func changed() {
        check()
    }
}

/// Empty or blank text is no value at all.
func blankIsNone(_ s: String) -> String? {
    s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : s
}
