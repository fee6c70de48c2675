// The sharing screen's state and its core calls.
//
// Why this exists: nothing leaves the phone without her yes, and this is where she gives or
// takes it back. Every rule (consent, pinned keys, what is sent) and every word is the core's;
// calls run off the main thread like every core call. (Android: ShareForm.kt and
// SharingFeature.kt.)
import AlongsideKit
import Foundation

@MainActor
final class SharingModel: ObservableObject {
    @Published var code = ""
    // Any change to what she ticked clears the preview, so she agrees to what she last saw.
    @Published var selected: Set<ShareCategory> = [] { didSet { clearPreview() } }
    /// The kinds of appointment she shares; the core says which start ticked.
    @Published var kinds: Set<AppointmentKind> = [] { didSet { clearPreview() } }
    @Published var purpose: SharePurpose = .treatment { didSet { clearPreview() } }
    /// The core's preview of what she ticked, and whom it is for.
    @Published private(set) var preview: ConsentPreview?
    @Published private(set) var previewFor: String?

    /// The core's sharing screen (`sharing_screen`): whom she paired with and their safety
    /// numbers, the agreements still running with each, the form's choices, the ledger, what
    /// waits and her team's suggestions. Nil until the first answer arrives.
    @Published private(set) var screen: SharingView?
    @Published private(set) var notice: String?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    var contacts: [SharingContact] { screen?.contacts ?? [] }
    var ledger: [LedgerEntry] { screen?.ledger ?? [] }
    var messages: [CareTeamMessage] { screen?.messages ?? [] }

    let text: UiText
    private let vault: Vault

    init(vault: Vault, text: UiText) {
        self.vault = vault
        self.text = text
    }

    /// A fresh form: nothing ticked, and the kinds of appointment the core ticks to start with.
    private func resetForm(_ choices: ShareChoices) {
        selected = []
        kinds = Set(choices.appointmentKinds.filter(\.sharedByDefault).map(\.kind))
        clearPreview()
    }

    /// The kinds of appointment are asked about only while appointments are ticked.
    var asksKinds: Bool { selected.contains(.appointments) }

    private func clearPreview() {
        preview = nil
        previewFor = nil
    }

    /// Her ticks as the core's draft, in the order the core lists them, from the core's date
    /// (the first day a new agreement covers).
    private func draft(for contact: CareContact) -> GrantDraft? {
        guard let screen else { return nil }
        let choices = screen.choices
        return GrantDraft(
            contactId: contact.id,
            categories: choices.categories.map(\.category).filter { selected.contains($0) },
            startDate: screen.today,
            endDate: nil,
            purpose: purpose,
            appointmentKinds: asksKinds ? choices.appointmentKinds.map(\.kind).filter { kinds.contains($0) } : nil
        )
    }

    func load() { call { _, _ in nil } }

    func pair() {
        let code = self.code
        call { vault, now in
            _ = try vault.addCareContact(inviteCode: code, now: now)
            return nil
        }
        self.code = ""
    }

    func verify(_ contact: CareContact) {
        call { vault, now in
            try vault.markCareContactVerified(contactId: contact.id, now: now)
            return nil
        }
    }

    /// Asks the core what this agreement would and would not share, and shows it.
    func showPreview(for contact: CareContact) {
        guard !busy, let draft = self.draft(for: contact) else { return }
        let vault = self.vault
        busy = true
        errorText = nil
        Task {
            let result = await Task.detached(priority: .userInitiated) {
                Result { () throws -> PreviewBox in PreviewBox(preview: try vault.previewConsent(draft: draft)) }
            }.value
            busy = false
            switch result {
            case .success(let box):
                preview = box.preview
                previewFor = contact.id
            case .failure(let error):
                errorText = text.errorText(error)
            }
        }
    }

    func changePreview() { clearPreview() }

    func share(with contact: CareContact) {
        guard let screen, let draft = self.draft(for: contact) else { return }
        call { vault, now in try vault.grantConsent(draft: draft, now: now).summary }
        resetForm(screen.choices)
    }

    func stop(_ grant: ConsentGrant) {
        call { vault, now in try vault.revokeConsent(grantId: grant.id, now: now).message }
    }

    func sync() {
        call { vault, now in try vault.syncNow(now: now, listener: QuietListener()).summary }
    }

    func accept(_ message: CareTeamMessage) {
        call { vault, now in
            _ = try vault.acceptAppointmentProposal(messageId: message.messageId, now: now)
            return nil
        }
    }

    func dismiss(_ message: CareTeamMessage) {
        call { vault, now in
            try vault.dismissCareTeamMessage(messageId: message.messageId, now: now)
            return nil
        }
    }

    // Checked Sendable (not @unchecked): the generated records are all Sendable, so the
    // compiler proves these may cross from the detached task to the main actor.
    private struct PreviewBox: Sendable {
        let preview: ConsentPreview
    }

    private struct Snapshot: Sendable {
        let notice: String?
        let view: SharingView
    }

    /// Runs one call, then reads the screen afresh in one call; `work` returns the core's
    /// words to show.
    private func call(_ work: @escaping @Sendable (Vault, Date) throws -> String?) {
        guard !busy else { return }
        busy = true
        errorText = nil
        notice = nil
        let vault = self.vault
        Task {
            let result = await Task.detached(priority: .userInitiated) {
                Result { () throws -> Snapshot in
                    let now = Date()
                    let notice = try work(vault, now)
                    return Snapshot(notice: notice, view: try vault.sharingScreen(now: now))
                }
            }.value
            busy = false
            switch result {
            case .success(let s):
                let first = screen == nil
                notice = s.notice
                screen = s.view
                if first { resetForm(s.view.choices) }
            case .failure(let error):
                errorText = text.errorText(error)
            }
        }
    }
}

/// Progress is not drawn: the screen shows it is busy until the summary arrives.
private final class QuietListener: SyncListener {
    func progress(progress: SyncProgress) {}
}
