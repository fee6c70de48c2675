// One of today's doses: medicine, which dose, when, how much, and what she has logged (in
// words, never only a colour).
//
// Why this exists: the dose row on Today, with one tap to log it. The buttons stay after she
// has logged: a different answer over a logged dose makes the core ask first (Today shows
// its question), and the clocks' words show when they change over the dose's time.
// (Android: DoseCard.kt.)
import AlongsideKit
import SwiftUI

struct DoseRow: View {
    let text: UiText
    let dose: DoseView
    let enabled: Bool
    let onLog: (DoseStatus) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(dose.medicineName).font(.headline)
            Text([dose.slotLabel, dose.scheduledTime, dose.amountLabel].compactMap { $0 }.joined(separator: " · "))
            if let clocks = dose.clockChangeLabel {
                Text(clocks).font(.subheadline)
            }
            Text(dose.placeLabel).font(.subheadline)
            Text(dose.stateLabel).font(.subheadline.weight(.semibold))
            if dose.loggable {
                ButtonRow {
                    Button(text["dose-take"]) { onLog(.taken) }.buttonStyle(.borderedProminent)
                    Button(text["dose-miss"]) { onLog(.missed) }.buttonStyle(.bordered)
                }
                ButtonRow {
                    Button(text["dose-partly"]) { onLog(.partlyTaken) }.buttonStyle(.bordered)
                    Button(text["dose-vomited"]) { onLog(.vomited) }.buttonStyle(.bordered)
                }
            }
        }
        .disabled(!enabled)
        .padding(.vertical, 4)
    }
}
