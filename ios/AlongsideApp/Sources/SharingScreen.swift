// Sharing with her care team: add someone from their invite code and compare the safety
// number in person; choose what to share from today until she stops it (and which kinds of
// appointment), see what they will and will not see, and agree; stop it; send now; read what
// has gone; and take up their suggested appointments.
//
// Why this exists: the one place she gives or takes back her yes. Every word is the core's.
// (Android: SharingScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct SharingScreen: View {
    @ObservedObject var sharing: SharingModel

    var body: some View {
        let text = sharing.text
        Form {
            Group {
                if sharing.busy { ProgressView() }
                if let error = sharing.errorText { Section { ErrorMessage(message: error) } }
                if let notice = sharing.notice { Section { Text(notice) } }
            }
            if !sharing.messages.isEmpty {
                Section(text["sharing-messages"]) {
                    ForEach(sharing.messages, id: \.messageId) { m in
                        VStack(alignment: .leading) {
                            Text(m.summary)
                            HStack {
                                Button(text["sharing-accept"]) { sharing.accept(m) }
                                Button(text["sharing-dismiss"]) { sharing.dismiss(m) }
                            }
                            .buttonStyle(.borderless)
                        }
                    }
                }
            }
            ForEach(sharing.contacts, id: \.contact.id) { c in contact(c, text) }
            Section(text["sharing-pair-heading"]) {
                TextField(text["sharing-pair-code"], text: $sharing.code, axis: .vertical)
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled()
                BusyButton(label: text["sharing-pair-button"], busy: sharing.busy, enabled: !sharing.code.isEmpty) {
                    sharing.pair()
                }
            }
            Section {
                if let waiting = sharing.screen?.pendingLabel { Text(waiting) }
                Button(text["sharing-sync"]) { sharing.sync() }.disabled(sharing.busy)
            }
            if !sharing.ledger.isEmpty {
                Section(text["sharing-ledger"]) {
                    ForEach(Array(sharing.ledger.enumerated()), id: \.offset) { _, e in
                        VStack(alignment: .leading) {
                            Text(e.summary)
                            Text("\(e.contactName) · \(e.statusLabel)").font(.footnote)
                            Text(e.agreementLabel).font(.footnote)
                        }
                    }
                }
            }
        }
        .navigationTitle(text["sharing-title"])
        .task { sharing.load() }
    }

    @ViewBuilder private func contact(_ sc: SharingContact, _ text: UiText) -> some View {
        let c = sc.contact
        Section(sc.label) {
            if c.frozen { Text(text["sharing-frozen"]) }
            if c.verified {
                Text(text["sharing-verified"])
            } else {
                Text(text["sharing-safety"])
                Text(sc.safetyNumber.joined(separator: " ")).font(.headline.monospaced())
                Button(text["sharing-matches"]) { sharing.verify(c) }
            }
            // Only agreements still running: the core leaves out the ones she stopped.
            ForEach(sc.agreements, id: \.id) { g in
                Text(g.summary)
                Button(text["sharing-stop"], role: .destructive) { sharing.stop(g) }
            }
            if sc.canShare, let choices = sharing.screen?.choices {
                Text(text["sharing-choose"])
                ForEach(choices.categories, id: \.label) { choice in
                    Toggle(choice.label, isOn: Binding(
                        get: { sharing.selected.contains(choice.category) },
                        set: { on in
                            if on { sharing.selected.insert(choice.category) } else { sharing.selected.remove(choice.category) }
                        }
                    ))
                }
                if sharing.asksKinds {
                    // Family time, court or legal and social worker meetings start unticked: the core's defaults.
                    Text(text["sharing-kinds"])
                    ForEach(choices.appointmentKinds, id: \.label) { k in
                        Toggle(k.label, isOn: Binding(
                            get: { sharing.kinds.contains(k.kind) },
                            set: { on in
                                if on { sharing.kinds.insert(k.kind) } else { sharing.kinds.remove(k.kind) }
                            }
                        ))
                    }
                }
                Picker(text["sharing-why"], selection: $sharing.purpose) {
                    ForEach(choices.purposes, id: \.label) { p in Text(p.label).tag(p.purpose) }
                }
                if let preview = sharing.preview, sharing.previewFor == c.id {
                    // The core's words: what they will see, and what they will not.
                    VStack(alignment: .leading, spacing: 4) {
                        Text(preview.heading).font(.headline)
                        ForEach(preview.shared, id: \.self) { Text($0) }
                        Text(preview.notSharedHeading).font(.headline)
                        ForEach(preview.notShared, id: \.self) { Text($0) }
                    }
                    .accessibilityElement(children: .combine)
                    BusyButton(label: text["sharing-share-button"], busy: sharing.busy, enabled: true) {
                        sharing.share(with: c)
                    }
                    Button(text["sharing-change"]) { sharing.changePreview() }.disabled(sharing.busy)
                } else {
                    BusyButton(label: text["sharing-preview-button"], busy: sharing.busy, enabled: !sharing.selected.isEmpty) {
                        sharing.showPreview(for: c)
                    }
                }
            }
        }
    }
}

/// Keeps one sharing model for as long as its screen is shown (see SupportEntry).
@MainActor
struct SharingEntry: View {
    @StateObject private var sharing: SharingModel

    init(model: SharingModel) {
        _sharing = StateObject(wrappedValue: model)
    }

    var body: some View {
        SharingScreen(sharing: sharing)
    }
}
