// The vault can't be opened at all (for example a damaged key file): the core's words for
// why, and the one way on, starting again with an empty diary.
//
// Why this exists: without it she would be stuck on this message for good. (Android: the
// Failed branch of AppRoot.kt.)
import SwiftUI

@MainActor
struct FailedScreen: View {
    @ObservedObject var model: AppModel
    let message: String

    var body: some View {
        NavigationStack {
            VStack(alignment: .leading, spacing: 16) {
                Text(message)
                NavigationLink(model.text["wipe-title"]) { WipeScreen(model: model) }
            }
            .padding(24)
            .frame(maxWidth: .infinity, maxHeight: .infinity)
            .toolbar(.hidden, for: .navigationBar)
        }
    }
}
