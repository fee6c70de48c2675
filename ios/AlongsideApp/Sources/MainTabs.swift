// The open diary: a tab bar with Today, Diary, Services, Guidance and More, each tab with
// its own navigation stack, so Back in one tab never loses her place in another.
//
// Why this exists: the navigation a phone user expects. Every feature model lives in a
// StateObject inside its tab, so when she locks, RootView swaps this whole view for the
// unlock screen and every model, with all it held, goes with it. Coming back to Today
// reads it afresh, so changes made in other tabs show there. (Android: AppRoot.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct MainTabs: View {
    @ObservedObject var model: AppModel
    let today: TodayView
    @State private var tab = MainTab.today

    var body: some View {
        let text = model.text
        TabView(selection: $tab) {
            TodayScreen(model: model, view: today)
                .tabItem { Label(text["nav-tab-today"], systemImage: "sun.max") }
                .tag(MainTab.today)
            NavigationStack {
                if let diary = model.diaryModel() { DiaryEntry(model: diary).lockable(model) }
            }
            .tabItem { Label(text["nav-tab-diary"], systemImage: "calendar") }
            .tag(MainTab.diary)
            NavigationStack {
                if let services = model.servicesModel() { ServicesEntry(model: services).lockable(model) }
            }
            .tabItem { Label(text["nav-tab-services"], systemImage: "mappin.and.ellipse") }
            .tag(MainTab.services)
            NavigationStack {
                if let guidance = model.guidanceModel() { GuidanceEntry(model: guidance).lockable(model) }
            }
            .tabItem { Label(text["nav-tab-guidance"], systemImage: "book") }
            .tag(MainTab.guidance)
            NavigationStack {
                MoreScreen(model: model).lockable(model)
            }
            .tabItem { Label(text["nav-tab-more"], systemImage: "ellipsis.circle") }
            .tag(MainTab.more)
        }
        .onChange(of: tab) { chosen in
            if chosen == .today { model.refresh() }
        }
    }
}

/// The tabs, in the order they show.
enum MainTab: Hashable {
    case today, diary, services, guidance, more
}

extension View {
    /// Puts the lock button in the navigation bar, as on Today, so she can lock from any tab.
    @MainActor
    func lockable(_ model: AppModel) -> some View {
        self.toolbar {
            ToolbarItem(placement: .navigationBarTrailing) {
                LockButton(model: model)
            }
        }
    }
}

/// Locks the app: the unlock screen replaces everything.
@MainActor
struct LockButton: View {
    @ObservedObject var model: AppModel

    var body: some View {
        Button { model.lock() } label: {
            Label(model.text["lock-button"], systemImage: "lock").labelStyle(.titleAndIcon)
        }
        .frame(minWidth: 44, minHeight: 44)
    }
}
