// Shows the screen the model names, with the quick exit control above every screen but
// unlock, and covers everything whenever the app is not in front or after a quick exit.
//
// Why this exists: the app's top level (set-up, unlock, or the open diary's tabs in
// MainTabs, which a lock drops with every feature model), and iOS's answer to Android's
// FLAG_SECURE: the app switcher's snapshot is taken after the app stops being active, so
// it shows the blank cover, never her diary. (iOS gives apps no way to block screenshots.)
import SwiftUI

@MainActor
struct RootView: View {
    @ObservedObject var model: AppModel
    @Environment(\.scenePhase) private var scenePhase

    var body: some View {
        ZStack {
            content
                .safeAreaInset(edge: .top) {
                    if showsExit { QuickExitBar(model: model) }
                }
            if model.covered {
                QuickExitCover(model: model)
            } else if scenePhase != .active {
                Color(uiColor: .systemBackground).ignoresSafeArea()
            }
        }
        .task { [model] in await model.start() }
    }

    /// Everywhere but the unlock screen (nothing of hers shows there) and the first moment.
    private var showsExit: Bool {
        switch model.screen {
        case .unlock, .starting: return false
        default: return true
        }
    }

    @ViewBuilder private var content: some View {
        switch model.screen {
        case .starting:
            ProgressView()
        case .setup:
            SetupScreen(model: model)
        case .unlock:
            UnlockScreen(model: model)
        case .today(let view):
            MainTabs(model: model, today: view)
        case .failed(let message):
            FailedScreen(model: model, message: message)
        }
    }
}
