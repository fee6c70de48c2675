// A button that keeps its words while a slow core call runs and shows a spinner beside
// them.
//
// Why this exists: unlocking and creating the vault take about a second (Argon2id), and the
// label must stay readable meanwhile. (Android: BusyButton.kt.)
import SwiftUI

struct BusyButton: View {
    let label: String
    let busy: Bool
    let enabled: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack(spacing: 8) {
                if busy { ProgressView() }
                Text(label)
            }
            .frame(maxWidth: .infinity)
        }
        .buttonStyle(.borderedProminent)
        .controlSize(.large)
        .disabled(busy || !enabled)
    }
}
