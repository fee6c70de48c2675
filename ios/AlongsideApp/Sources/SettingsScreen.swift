// Settings, in More: what reminders say (discreet by default), what quick exit does on an
// iPhone, her time zone, changing her
// passcode, a copy of her diary through the share sheet, the service directory (from a
// file, the sample, updates), her baby's situation and her dates, forgetting old entries,
// and deleting the diary.
//
// Why this exists: everything she can choose about the app, in one place. Every choice and
// word is the core's `SettingsView`; each change is one call. (Android: SettingsScreen.kt.)
import AlongsideKit
import SwiftUI
import UniformTypeIdentifiers

/// Keeps one settings model while the screen is open (it goes when she locks).
@MainActor
struct SettingsEntry: View {
    @StateObject private var settings: SettingsModel
    @ObservedObject var app: AppModel

    init(model: SettingsModel, app: AppModel) {
        _settings = StateObject(wrappedValue: model)
        self.app = app
    }

    var body: some View {
        SettingsScreen(settings: settings, app: app)
    }
}

@MainActor
struct SettingsScreen: View {
    @ObservedObject var settings: SettingsModel
    @ObservedObject var app: AppModel
    /// The Files picker is open, for a directory file.
    @State private var importing = false

    var body: some View {
        List {
            Group {
                if settings.busy { ProgressView().frame(maxWidth: .infinity) }
                if let error = settings.errorText {
                    Section {
                        ErrorMessage(message: error)
                        if settings.view == nil { Button(settings.text["nav-try-again"]) { settings.load() } }
                    }
                }
                if let notice = settings.notice { Section { Text(notice).font(.headline) } }
            }
            if let view = settings.view {
                NotificationSection(settings: settings, view: view.notifications)
                QuickExitSection(view: view.quickExit)
                TimeZoneSection(settings: settings, view: view.timeZone)
                PasscodeSection(settings: settings, words: view.passcode)
                ExportSection(settings: settings, view: view.export)
                DirectorySection(settings: settings, view: view.directory) { importing = true }
                BabySection(settings: settings, view: view.baby)
                DatesSection(settings: settings, view: view.dates)
                ForgetSection(settings: settings, view: view.forget)
                Section {
                    Text(view.wipe.explainer)
                    NavigationLink(view.wipe.button) { WipeScreen(model: app) }
                } header: {
                    Text(view.wipe.heading).accessibilityAddTraits(.isHeader)
                }
            }
        }
        .navigationTitle(settings.view?.title ?? settings.text["nav-more-settings"])
        .task { if settings.view == nil { settings.load() } }
        // On the list, not on a row: a presentation attached to a row can be lost when the
        // list reuses it.
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data]) { picked in
            if case .success(let url) = picked { settings.install(from: url) }
        }
        .sheet(isPresented: sharing) {
            if let url = settings.shared {
                ShareSheet(url: url) { settings.finishedSharing() }
            }
        }
    }

    /// Open while a copy of her diary waits in the share sheet; closing it removes the file.
    private var sharing: Binding<Bool> {
        Binding(get: { settings.shared != nil }, set: { if !$0 { settings.finishedSharing() } })
    }
}

/// A section's heading, read as a heading by VoiceOver.
private struct Heading: View {
    let title: String

    var body: some View {
        Text(title).accessibilityAddTraits(.isHeader)
    }
}

/// One choice with its words and what it means, ticked when it is hers.
private struct ChoiceRow: View {
    let label: String
    let detail: String?
    let chosen: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack {
                VStack(alignment: .leading, spacing: 4) {
                    Text(label).foregroundStyle(.primary)
                    if let detail { Text(detail).font(.footnote).foregroundStyle(.secondary) }
                }
                Spacer()
                if chosen { Image(systemName: "checkmark").accessibilityHidden(true) }
            }
            .frame(minHeight: 44)
        }
        .accessibilityAddTraits(chosen ? .isSelected : [])
    }
}

@MainActor
private struct NotificationSection: View {
    @ObservedObject var settings: SettingsModel
    let view: NotificationSettings

    var body: some View {
        Section {
            ForEach(view.choices, id: \.label) { c in
                ChoiceRow(label: c.label, detail: c.detail, chosen: c.wording == view.current) {
                    settings.setWording(c.wording)
                }
            }
        } header: {
            Heading(title: view.heading)
        }
        .disabled(settings.busy)
    }
}

/// Quick exit on an iPhone: what it does instead of leaving, and what it can't hide. (The
/// places Android can go are the core's choices for Android; an iPhone app can't leave.)
private struct QuickExitSection: View {
    let view: QuickExitSettings

    var body: some View {
        Section {
            Text(view.iphoneExplainer)
            Text(view.limits).font(.footnote).foregroundStyle(.secondary)
        } header: {
            Heading(title: view.heading)
        }
    }
}

@MainActor
private struct TimeZoneSection: View {
    @ObservedObject var settings: SettingsModel
    let view: TimeZoneSettings

    var body: some View {
        Section {
            Text(view.explainer)
            ForEach(view.choices, id: \.zone) { c in
                ChoiceRow(label: c.label, detail: nil, chosen: c.zone == view.current) {
                    settings.setTimeZone(c.zone)
                }
            }
        } header: {
            Heading(title: view.heading)
        }
        .disabled(settings.busy)
    }
}

@MainActor
private struct PasscodeSection: View {
    @ObservedObject var settings: SettingsModel
    let words: PasscodeWords
    @State private var current = ""
    @State private var new = ""
    @State private var again = ""

    var body: some View {
        Section {
            PasscodeField(label: words.currentLabel, value: $current)
            PasscodeField(label: words.newLabel, value: $new)
            PasscodeField(label: words.againLabel, value: $again)
            BusyButton(label: words.button, busy: settings.busy, enabled: !current.isEmpty && !new.isEmpty) {
                settings.changePasscode(current: current, new: new, again: again) {
                    current = ""
                    new = ""
                    again = ""
                }
            }
        } header: {
            Heading(title: words.heading)
        }
    }
}

@MainActor
private struct ExportSection: View {
    @ObservedObject var settings: SettingsModel
    let view: ExportSettings

    var body: some View {
        Section {
            Text(view.explainer)
            ForEach(view.choices, id: \.label) { c in
                VStack(alignment: .leading, spacing: 8) {
                    Text(c.label).font(.headline)
                    Text(c.detail).font(.footnote)
                    Button(view.button) { settings.export(c.format) }
                        .buttonStyle(.bordered)
                        .frame(minHeight: 44)
                        .accessibilityLabel("\(view.button): \(c.label)")
                }
            }
        } header: {
            Heading(title: view.heading)
        }
        .disabled(settings.busy)
    }
}

@MainActor
private struct DirectorySection: View {
    @ObservedObject var settings: SettingsModel
    let view: DirectorySettings
    /// Opens the Files picker (SettingsScreen holds it).
    let onInstall: () -> Void
    @State private var address: String?

    var body: some View {
        Section {
            Text(view.statusLabel)
            if let checked = view.lastCheckedLabel { Text(checked).font(.footnote) }
            Button(view.installLabel, action: onInstall).frame(minHeight: 44)
            Text(view.installDetail).font(.footnote)
            Toggle(view.sampleLabel, isOn: Binding(get: { view.sampleOn }, set: { settings.setSample($0) }))
                .disabled(!view.sampleOn && !view.sampleAvailable)
            Text(view.sampleDetail).font(.footnote)
            DirectoryUpdates(settings: settings, view: view, address: addressBinding)
        } header: {
            Heading(title: view.heading)
        }
        .disabled(settings.busy)
    }

    /// What she typed, until she turns updates on or off; the saved address before that.
    private var addressBinding: Binding<String> {
        Binding(get: { address ?? view.updatesAddress ?? "" }, set: { address = $0 })
    }
}

/// Directory updates: on or off, from which address, and a check now.
@MainActor
private struct DirectoryUpdates: View {
    @ObservedObject var settings: SettingsModel
    let view: DirectorySettings
    @Binding var address: String

    var body: some View {
        Toggle(view.updatesLabel, isOn: Binding(
            get: { view.updatesOn },
            set: { settings.setUpdates($0, address: address) }
        ))
        Text(view.updatesDetail).font(.footnote)
        TextField(view.addressLabel, text: $address)
            .keyboardType(UIKeyboardType.URL)
            .textInputAutocapitalization(.never)
            .autocorrectionDisabled()
        if view.updatesOn {
            Button(view.checkNowLabel) { settings.checkForUpdate() }.frame(minHeight: 44)
        }
    }
}

@MainActor
private struct BabySection: View {
    @ObservedObject var settings: SettingsModel
    let view: BabySettings
    @State private var status: BabyStatus?
    @State private var since: String?

    var body: some View {
        Section {
            Text(view.explainer)
            Text(view.current.statusLabel).font(.headline)
            if let label = view.current.sinceLabel { Text(label) }
            ForEach(view.choices, id: \.label) { c in
                ChoiceRow(label: c.label, detail: nil, chosen: c.status == (status ?? view.current.status)) {
                    status = c.status
                }
            }
            OptionalDatePicker(label: view.sinceLabel, value: sinceBinding, zone: nil)
            BusyButton(label: view.saveLabel, busy: settings.busy, enabled: true) {
                settings.setBaby(status ?? view.current.status, since: sinceBinding.wrappedValue)
            }
        } header: {
            Heading(title: view.heading)
        }
    }

    private var sinceBinding: Binding<String> {
        Binding(get: { since ?? view.current.since ?? "" }, set: { since = $0 })
    }
}

/// Forgetting old entries: the choices, then what would go and the note about her team
/// before her yes.
@MainActor
private struct ForgetSection: View {
    @ObservedObject var settings: SettingsModel
    let view: ForgetSettings

    var body: some View {
        Section {
            Text(view.explainer)
            ForEach(view.choices, id: \.months) { c in
                ChoiceRow(label: c.label, detail: nil, chosen: c.months == (settings.forgetMonths ?? view.currentMonths)) {
                    settings.chooseForget(c.months)
                }
            }
            if let preview = settings.forget {
                Text(preview.summary).font(.headline)
                Text(preview.teamNote)
                BusyButton(label: view.confirmLabel, busy: settings.busy, enabled: true) { settings.confirmForget() }
                Button(settings.text["settings-forget-keep"]) { settings.cancelForget() }.frame(minHeight: 44)
            }
        } header: {
            Heading(title: view.heading)
        }
        .disabled(settings.busy)
    }
}

@MainActor
private struct DatesSection: View {
    @ObservedObject var settings: SettingsModel
    let view: DatesSettings
    @State private var due: String?
    @State private var born: String?

    var body: some View {
        Section {
            if let label = view.current.dueDateLabel { Text(label) }
            if let label = view.current.babyBornLabel { Text(label) }
            OptionalDatePicker(label: view.dueLabel, value: dueBinding, zone: nil)
            OptionalDatePicker(label: view.bornLabel, value: bornBinding, zone: nil)
            BusyButton(label: view.saveLabel, busy: settings.busy, enabled: true) {
                settings.setDates(due: dueBinding.wrappedValue, born: bornBinding.wrappedValue)
            }
        } header: {
            Heading(title: view.heading)
        }
    }

    private var dueBinding: Binding<String> {
        Binding(get: { due ?? view.current.dates.dueDate ?? "" }, set: { due = $0 })
    }

    private var bornBinding: Binding<String> {
        Binding(get: { born ?? view.current.dates.babyBorn ?? "" }, set: { born = $0 })
    }
}
