// The More tab: her medicines, sharing with her team, asking for support, settings, the
// breastfeeding questions and the crisis lines.
//
// Why this exists: what does not need a tab of its own, one tap away. Each entry opens a
// screen with its own model, made when she opens it and dropped when she locks.
// (Android: MoreScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct MoreScreen: View {
    @ObservedObject var model: AppModel

    var body: some View {
        let text = model.text
        List {
            Section {
                NavigationLink(text["nav-more-medicines"]) {
                    if let medicines = model.medicinesModel() { MedicinesEntry(model: medicines) }
                }
            }
            Section {
                NavigationLink(text["sharing-open"]) {
                    if let sharing = model.sharingModel() { SharingEntry(model: sharing) }
                }
                NavigationLink(text["support-open"]) {
                    if let support = model.supportModel() { SupportEntry(model: support) }
                }
            }
            Section {
                NavigationLink(text["nav-more-settings"]) {
                    if let settings = model.settingsModel() { SettingsEntry(model: settings, app: model) }
                }
            }
            Section {
                NavigationLink(text["guidance-screen-bf-open"]) {
                    if let guidance = model.guidanceModel() { FeedingEntry(model: guidance) }
                }
                NavigationLink(text["support-crisis-button"]) { CrisisScreen(text: text) }
            }
        }
        .navigationTitle(text["nav-tab-more"])
    }
}

/// Keeps one guidance model for the breastfeeding questions opened from More, and reads
/// her saved plan when it opens.
@MainActor
struct FeedingEntry: View {
    @StateObject private var guidance: GuidanceModel

    init(model: GuidanceModel) {
        _guidance = StateObject(wrappedValue: model)
    }

    var body: some View {
        FeedingScreen(guidance: guidance)
            .task { guidance.load() }
    }
}
