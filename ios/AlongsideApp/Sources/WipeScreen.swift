// Starting again with an empty diary: for a forgotten passcode or a vault that can't be
// opened.
//
// Why this exists: without the passcode nothing can be recovered, so this is her only way
// back in. The core's words say it can't be undone; the button waits until she has typed the
// confirmation word. It is pushed onto a navigation stack, so iOS's Back returns to where she
// came from. (Android: WipeScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct WipeScreen: View {
    @ObservedObject var model: AppModel
    @State private var typed = ""

    var body: some View {
        let text = model.text
        // A pure check in the core (no I/O), fine to call while rendering; the core owns
        // the word she must type, as it owns the wipe-confirm copy that asks for it.
        let canWipe = wipeConfirmationAccepted(typed: typed) && !model.busy
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(text["wipe-title"])
                    .font(.title.bold())
                    .accessibilityAddTraits(.isHeader)
                Text(text["wipe-explainer"])
                TextField(text["wipe-confirm"], text: $typed)
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled()
                    .textFieldStyle(.roundedBorder)
                    .onSubmit { if canWipe { model.wipe() } }
                if let error = model.errorText {
                    ErrorMessage(message: error)
                }
                BusyButton(label: text["wipe-button"], busy: model.busy, enabled: canWipe) {
                    if canWipe { model.wipe() }
                }
            }
            .padding(24)
        }
        .toolbar(.visible, for: .navigationBar)
        .navigationBarBackButtonHidden(model.busy)
        .onAppear { model.clearError() }
        .onDisappear { model.clearError() }
    }
}
