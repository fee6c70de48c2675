// Under a form field: the core's hint for it, and every problem the core found with it.
//
// Why this exists: the core checks a draft as she fills it in and names each problem's
// field (`DraftProblem.field`), so the words show beside the field they are about, before
// she saves, never in a list at the top she has to match up. (Android: FieldNotes.kt.)
import AlongsideKit
import SwiftUI

struct FormFieldNotes: View {
    let hint: String?
    let problems: [String]

    var body: some View {
        if let hint { Text(hint).font(.footnote).foregroundStyle(.secondary) }
        ForEach(Array(problems.enumerated()), id: \.offset) { _, problem in
            ErrorMessage(message: problem).font(.footnote)
        }
    }
}

/// A form's fields by their codes, and the problems the last check found, by field.
struct FormFields {
    let fields: [FormField]
    let problems: [DraftProblem]

    /// The label for `code`, or the code itself when the core has no such field, so a
    /// gap shows (as UiText does) instead of words of our own.
    func label(_ code: String) -> String {
        fields.first { $0.field == code }?.label ?? code
    }

    func hint(_ code: String) -> String? {
        fields.first { $0.field == code }?.hint
    }

    func problems(_ code: String) -> [String] {
        problems.filter { $0.field == code }.map(\.reason)
    }

    /// Hint and problems of `code`, ready to put under its field.
    func notes(_ code: String) -> FormFieldNotes {
        FormFieldNotes(hint: hint(code), problems: problems(code))
    }
}
