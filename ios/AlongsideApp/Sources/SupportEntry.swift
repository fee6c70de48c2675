// Keeps one request-for-support model for as long as its screen is shown.
//
// Why this exists: a navigation destination is rebuilt whenever Today redraws; a StateObject
// keeps the first model it was given, so her half-filled form survives a refresh.
import SwiftUI

@MainActor
struct SupportEntry: View {
    @StateObject private var support: SupportModel

    init(model: SupportModel) {
        _support = StateObject(wrappedValue: model)
    }

    var body: some View {
        SupportScreen(support: support)
    }
}
