// The quick exit control and the blank cover it leaves.
//
// Why this exists: one control above every screen (the top bar RootView draws), with the
// core's neutral words, that locks at once and covers the app. An iPhone app can't send
// itself to the home screen, so the cover is what she leaves behind: it says nothing about
// the app, and iOS's app-switcher snapshot shows only it. (Android: ui/QuickExitButton.kt.)
import SwiftUI

/// The Exit button, at the trailing edge of a thin bar above the screen.
@MainActor
struct QuickExitBar: View {
    @ObservedObject var model: AppModel

    var body: some View {
        HStack {
            Spacer()
            Button { model.quickExit() } label: {
                Label(model.text["quick-exit-button"], systemImage: "xmark").labelStyle(.titleAndIcon)
            }
            .frame(minWidth: 44, minHeight: 44)
            .accessibilityLabel(model.text["quick-exit-description"])
        }
        .padding(.horizontal)
        .background(.bar)
    }
}

/// What shows after a quick exit: a plain screen; a tap goes on to the unlock screen.
@MainActor
struct QuickExitCover: View {
    @ObservedObject var model: AppModel

    var body: some View {
        ZStack {
            Color(uiColor: .systemBackground).ignoresSafeArea()
            VStack(spacing: 16) {
                Text(model.text["quick-exit-cover"]).foregroundStyle(.secondary)
                Button(model.text["quick-exit-cover-continue"]) { model.uncover() }
                    .frame(minHeight: 44)
            }
        }
    }
}
