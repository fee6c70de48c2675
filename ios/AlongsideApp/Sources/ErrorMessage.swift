// A message from the core about something that didn't work.
//
// Why this exists: one look for every error; the words say what happened, the colour and
// the symbol only underline them, and VoiceOver reads the words.
import SwiftUI

struct ErrorMessage: View {
    let message: String

    var body: some View {
        Label {
            Text(message)
        } icon: {
            Image(systemName: "exclamationmark.circle").accessibilityHidden(true)
        }
        .foregroundStyle(.red)
        .frame(maxWidth: .infinity, alignment: .leading)
    }
}
