// One of today's doses: medicine, which dose, when, how much, and what she has logged (in
// words, never only a colour).
//
// Why this exists: the dose row on Today, with one tap to log it. The buttons stay after she
// has logged: a different answer over a logged dose makes the core ask first (Today shows
// its question), and the clocks' words show when they change over the dose's time. After
// "Partly taken" she may tap about how much she took, from the core's partChoices.
// (Android: DoseCard.kt.)
import AlongsideKit
import SwiftUI

struct DoseRow: View {
    let text: UiText
    let dose: DoseView
    let enabled: Bool
    let onLog: (DoseStatus) -> Void
    let onPart: (Double) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(dose.medicineName).font(.headline)
            Text([dose.slotLabel, dose.scheduledTime, dose.amountLabel].compactMap { $0 }.joined(separator: " · "))
            if let clocks = dose.clockChangeLabel {
                Text(clocks).font(.subheadline)
            }
            Text(dose.placeLabel).font(.subheadline)
            Text([dose.stateLabel, dose.amountTakenLabel].compactMap { $0 }.joined(separator: " · "))
                .font(.subheadline.weight(.semibold))
            if dose.loggable && !dose.partChoices.isEmpty {
                Text(text["dose-part-prompt"]).font(.subheadline)
                ForEach(Array(dose.partChoices.enumerated()), id: \.offset) { _, part in
                    Button(part.label) { onPart(part.amount) }.buttonStyle(.bordered)
                }
            }
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
