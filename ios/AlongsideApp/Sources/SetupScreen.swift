// First run: she chooses a passcode and the core creates her vault.
//
// Why this exists: the set-up screen. The passcode is typed twice so a slip of the finger
// can't lock her out; the core checks its length. (Android: SetupScreen.kt.)
import SwiftUI

@MainActor
struct SetupScreen: View {
    @ObservedObject var model: AppModel
    @State private var passcode = ""
    @State private var again = ""

    var body: some View {
        let text = model.text
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(text["setup-title"])
                    .font(.largeTitle.bold())
                    .accessibilityAddTraits(.isHeader)
                Text(text["setup-explainer"])
                PasscodeField(label: text["setup-passcode"], value: $passcode)
                PasscodeField(label: text["setup-passcode-again"], value: $again, onSubmit: submit)
                if let error = model.errorText {
                    ErrorMessage(message: error)
                }
                BusyButton(
                    label: text["setup-button"],
                    busy: model.busy,
                    enabled: !passcode.isEmpty && !again.isEmpty,
                    action: submit
                )
            }
            .padding(24)
        }
        .disabled(model.busy)
    }

    private func submit() {
        guard !passcode.isEmpty, !again.isEmpty, !model.busy else { return }
        model.createVault(passcode: passcode, again: again)
    }
}
