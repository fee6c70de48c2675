// The request-for-support screen's state and its core calls.
//
// Why this exists: the form only collects her choices; the core checks them, words the
// preview (exactly what will be sent) and sends it under her one-off yes. Calls run off the
// main thread like every core call. Locking the app drops this model with the screen.
// (Android: SupportForm.kt and SupportFeature.kt.)
import AlongsideKit
import Foundation

@MainActor
final class SupportModel: ObservableObject {
    @Published var needs: Set<SupportNeed> = []
    @Published var methods: Set<ContactMethod> = []
    @Published var phone = ""
    @Published var nameToUse = ""
    @Published var safeTimes: Set<SafeTime> = []
    @Published var mayLeaveMessage = false
    @Published var urgency: SupportUrgency = .thisWeek
    @Published var recipient: SupportRecipient?
    @Published var note = ""

    @Published private(set) var recipients: [SupportRecipientOption] = []
    @Published private(set) var requests: [SupportRequestView] = []
    @Published private(set) var preview: SupportRequestPreview?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    let choices = supportRequestChoices()
    let text: UiText
    private let vault: Vault

    init(vault: Vault, text: UiText) {
        self.vault = vault
        self.text = text
    }

    /// Reads whom she can ask and what she has sent.
    func load() {
        call { vault, _ in (try vault.supportRecipients(), try vault.supportRequests()) } done: { found in
            self.recipients = found.0
            self.requests = found.1
        }
    }

    /// The draft in the order the core lists choices; nil until she picks who receives it.
    var draft: SupportRequestDraft? {
        guard let recipient else { return nil }
        func trimmed(_ s: String) -> String? {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        return SupportRequestDraft(
            needs: choices.needs.map(\.need).filter { needs.contains($0) },
            methods: choices.methods.map(\.method).filter { methods.contains($0) },
            phone: trimmed(phone),
            nameToUse: trimmed(nameToUse),
            safeTimes: choices.safeTimes.map(\.time).filter { safeTimes.contains($0) },
            mayLeaveMessage: mayLeaveMessage,
            urgency: urgency,
            recipient: recipient,
            note: trimmed(note)
        )
    }

    func showPreview() {
        guard let draft else { return }
        call { vault, now in try vault.previewSupportRequest(draft: draft, now: now) } done: { self.preview = $0 }
    }

    func change() {
        preview = nil
    }

    func send() {
        guard let draft else { return }
        call { vault, now in
            _ = try vault.sendSupportRequest(draft: draft, now: now)
            return try vault.supportRequests()
        } done: { sent in
            self.requests = sent
            self.preview = nil
            self.needs = []
            self.note = ""
        }
    }

    func takeBack(_ request: SupportRequestView) {
        call { vault, now in
            _ = try vault.cancelSupportRequest(requestId: request.id, now: now)
            return try vault.supportRequests()
        } done: { self.requests = $0 }
    }

    /// Runs `work` off the main thread and hands its result to `done` on the main actor.
    /// `T: Sendable` because the result crosses from the detached task back to the model.
    private func call<T: Sendable>(
        _ work: @escaping @Sendable (Vault, Date) throws -> T,
        done: @escaping @MainActor (T) -> Void
    ) {
        guard !busy else { return }
        busy = true
        errorText = nil
        let vault = self.vault
        Task {
            let result = await Task.detached(priority: .userInitiated) { Result { try work(vault, Date()) } }.value
            busy = false
            switch result {
            case .success(let value): done(value)
            case .failure(let error): errorText = text.errorText(error)
            }
        }
    }
}
