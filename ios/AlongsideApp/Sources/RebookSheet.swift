// Picks the day and time of a new appointment; hands back local "YYYY-MM-DDTHH:MM", the
// form the core takes.
//
// Why this exists: the one-tap rebook of a missed appointment. The core checks the time;
// the buttons use the alert's own words. (Android: RebookDialog.kt.)
import AlongsideKit
import SwiftUI

struct RebookSheet: View {
    let confirmLabel: String
    let cancelLabel: String
    let onPicked: (String) -> Void
    let onCancel: () -> Void
    @State private var when = Date()

    var body: some View {
        NavigationStack {
            Form {
                DatePicker(selection: $when, displayedComponents: [.date, .hourAndMinute]) { EmptyView() }
                    .datePickerStyle(.graphical)
                    .labelsHidden()
            }
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(cancelLabel, action: onCancel)
                }
                ToolbarItem(placement: .confirmationAction) {
                    Button(confirmLabel) { onPicked(Self.localStart.string(from: when)) }
                }
            }
        }
    }

    /// The picked moment as the core's local "YYYY-MM-DDTHH:MM", read on the phone's clock.
    private static let localStart: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.calendar = Calendar(identifier: .gregorian)
        f.timeZone = .current
        f.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return f
    }()
}
