// The locked app: she enters her passcode.
//
// Why this exists: the unlock screen. A wrong passcode and the pause after many tries are
// the core's words and the core's timing; the button only waits as long as the core said.
// If she has forgotten the passcode, a link leads to starting again with an empty diary.
// (Android: UnlockScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct UnlockScreen: View {
    @ObservedObject var model: AppModel
    @State private var passcode = ""
    @State private var waiting = false

    var body: some View {
        let text = model.text
        NavigationStack {
            ScrollView {
                content(text)
            }
            .toolbar(.hidden, for: .navigationBar)
        }
        .task(id: model.retryAt) { [until = model.retryAt] in
            await waitUntil(until)
        }
    }

    private func content(_ text: UiText) -> some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(text["unlock-title"])
                .font(.largeTitle.bold())
                .accessibilityAddTraits(.isHeader)
            PasscodeField(label: text["unlock-prompt"], value: $passcode, onSubmit: submit)
            if let error = model.errorText {
                ErrorMessage(message: error)
            }
            BusyButton(
                label: text["unlock-button"],
                busy: model.busy,
                enabled: !passcode.isEmpty && !waiting,
                action: submit
            )
            NavigationLink(text["unlock-forgot"]) { WipeScreen(model: model) }
                .disabled(model.busy)
            // No passcode needed: the crisis lines hold nothing of hers.
            NavigationLink(text["support-crisis-button"]) { CrisisScreen(text: text) }
        }
        .padding(24)
    }

    /// Holds the button back until `until`, the moment the core said she may try again.
    private func waitUntil(_ until: Date?) async {
        guard let until else {
            waiting = false
            return
        }
        waiting = true
        let seconds = until.timeIntervalSinceNow
        if seconds > 0 {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        }
        if !Task.isCancelled { waiting = false }
    }

    private func submit() {
        guard !passcode.isEmpty, !waiting, !model.busy else { return }
        model.unlock(passcode: passcode)
        passcode = ""
    }
}
