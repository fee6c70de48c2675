// One appointment as the core describes it: title, when, kind, where, with whom and its
// status in words.
//
// Why this exists: the same row in every Today section. `withDay` adds the day for
// appointments on other days. With `onMark` (for appointments that have started) she can say
// she went or missed it. (Android: AppointmentCard.kt.)
import AlongsideKit
import SwiftUI

struct AppointmentRow: View {
    let text: UiText
    let occurrence: Occurrence
    let withDay: Bool
    let enabled: Bool
    var onMark: ((AppointmentStatus) -> Void)?

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(occurrence.title).font(.headline)
            if withDay { Text(occurrence.dateLabel) }
            Text(occurrence.timeLabel)
            if let clocks = occurrence.clockChangeLabel {
                Text(clocks).font(.subheadline)
            }
            Text(occurrence.kindLabel).font(.subheadline)
            // Where and with whom, as one child: iOS 16's view builder takes at most ten.
            Group {
                if let location = occurrence.location { Text(location).font(.subheadline) }
                // What else meets at the same venue that day, so one trip can cover more.
                if let also = occurrence.place?.alsoThereLabel { Text(also).font(.subheadline) }
                if let withWhom = occurrence.withWhom { Text(withWhom).font(.subheadline) }
            }
            Text(occurrence.statusLabel).font(.subheadline.weight(.semibold))
            if let moved = occurrence.movedFromLabel { Text(moved).font(.subheadline) }
            if let onMark {
                ButtonRow {
                    Button(text["appointment-went"]) { onMark(.attended) }
                    Button(text["appointment-missed"]) { onMark(.missed) }
                }
                .buttonStyle(.bordered)
                .disabled(!enabled)
            }
        }
        .padding(.vertical, 4)
    }
}
