// Asking for support: who receives it, what she needs, how and when it is safe to contact
// her, how soon; then exactly what will be sent, word for word, before she sends it; and the
// requests she has sent, each with how far it has got.
//
// Why this exists: support after a baby is taken into care. Every label, check and word of
// the preview is the core's; this screen only collects taps. (Android: SupportScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct SupportScreen: View {
    @ObservedObject var support: SupportModel

    var body: some View {
        let text = support.text
        Form {
            if let error = support.errorText {
                Section { ErrorMessage(message: error) }
            }
            if let preview = support.preview {
                Section(preview.heading) {
                    ForEach(Array(preview.lines.enumerated()), id: \.offset) { _, line in Text(line) }
                }
                Section {
                    Text(preview.notSent)
                    Text(preview.consent)
                    BusyButton(label: text["support-form-send"], busy: support.busy, enabled: true) { support.send() }
                    Button(text["support-form-change"]) { support.change() }
                }
            } else {
                form(text)
            }
            if !support.requests.isEmpty {
                Section(text["support-requests-title"]) {
                    ForEach(support.requests, id: \.id) { r in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(r.recipientName).font(.headline)
                            Text(r.stateLabel)
                            if let answer = r.answer { Text(answer) }
                            if r.state == .waitingToSend {
                                Button(text["support-request-take-back"]) { support.takeBack(r) }
                            }
                        }
                    }
                }
            }
        }
        .navigationTitle(text["support-form-title"])
        .task { support.load() }
    }

    @ViewBuilder private func form(_ text: UiText) -> some View {
        Section(text["support-form-who"]) {
            ForEach(support.recipients, id: \.name) { r in
                choice(r.name + "\n" + r.description, selected: support.recipient == r.recipient) {
                    support.recipient = r.recipient
                }
            }
        }
        Section(text["support-form-needs"]) {
            ForEach(support.choices.needs, id: \.label) { c in
                choice(c.label, selected: support.needs.contains(c.need)) { support.needs.formSymmetricDifference([c.need]) }
            }
        }
        Section(text["support-form-how"]) {
            ForEach(support.choices.methods, id: \.label) { c in
                choice(c.label, selected: support.methods.contains(c.method)) {
                    support.methods.formSymmetricDifference([c.method])
                }
            }
            TextField(text["support-form-phone"], text: $support.phone).keyboardType(.phonePad)
            TextField(text["support-form-name"], text: $support.nameToUse)
        }
        Section(text["support-form-times"]) {
            ForEach(support.choices.safeTimes, id: \.label) { c in
                choice(c.label, selected: support.safeTimes.contains(c.time)) {
                    support.safeTimes.formSymmetricDifference([c.time])
                }
            }
            Toggle(text["support-form-leave-message"], isOn: $support.mayLeaveMessage)
        }
        Section(text["support-form-soon"]) {
            ForEach(support.choices.urgencies, id: \.label) { c in
                choice(c.label, selected: support.urgency == c.urgency) { support.urgency = c.urgency }
            }
        }
        Section {
            TextField(text["support-form-note"], text: $support.note, axis: .vertical)
            BusyButton(label: text["support-form-preview"], busy: support.busy, enabled: support.recipient != nil) {
                support.showPreview()
            }
        }
    }

    private func choice(_ label: String, selected: Bool, action: @escaping () -> Void) -> some View {
        Button(action: action) {
            HStack {
                Text(label).foregroundStyle(.primary)
                Spacer()
                if selected { Image(systemName: "checkmark").accessibilityHidden(true) }
            }
        }
        .accessibilityAddTraits(selected ? .isSelected : [])
    }
}
