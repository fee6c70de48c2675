// The app's entry point.
//
// Why this exists: it owns the one AppModel and locks the vault as soon as the app goes to
// the background, so her diary is never left open behind the lock screen or in the app
// switcher.
import SwiftUI

@main
struct AlongsideApp: App {
    @StateObject private var model = AppModel()
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            RootView(model: model)
        }
        .onChange(of: scenePhase) { phase in
            if phase == .background {
                model.lock()
            }
        }
    }
}
