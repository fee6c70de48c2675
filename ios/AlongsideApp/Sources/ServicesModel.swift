// The services screen's state and its core calls.
//
// Why this exists: the screen only collects her words and the kinds of help she ticks; the
// core lists those kinds (in its order, with its words), finds the services, orders them,
// works out where several services meet over the next days (how many is the core's), all in
// one call (`services_screen`), and reads one place in full. No location is asked for. Calls run off the main thread like every core call.
// Locking the app drops this model with the screen. (Android: ServicesSearch.kt and
// ServicesFeature.kt.)
import AlongsideKit
import Foundation

@MainActor
final class ServicesModel: ObservableObject {
    @Published var words = ""
    /// Named in full: the Objective-C runtime has a `Category` type too.
    @Published var categories: Set<AlongsideKit.Category> = []

    /// The core's services screen for her last search (`services_screen`); nil until it arrives.
    @Published private(set) var screen: ServicesView?
    @Published private(set) var venue: VenueDetail?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    /// False until the first answer arrives; then `status` is nil only when no directory is installed.
    var loaded: Bool { screen != nil }
    var status: DirectoryStatus? { screen?.status }
    /// Every kind of help, in the core's order and words.
    var kinds: [CategoryChoice] { screen?.kinds ?? [] }
    var results: [ServiceResult] { screen?.results ?? [] }
    /// Where several services meet, over as many days as the core chose.
    var hubs: [VenueHub] { screen?.hubs ?? [] }

    let text: UiText
    private let vault: Vault

    init(vault: Vault, text: UiText) {
        self.vault = vault
        self.text = text
    }

    /// Her words as typed (blank means none) and the kinds she ticked, in the core's order;
    /// none ticked means every kind.
    private var query: ServiceQuery {
        let t = words.trimmingCharacters(in: .whitespacesAndNewlines)
        return ServiceQuery(
            text: t.isEmpty ? nil : t,
            categories: kinds.map(\.category).filter { categories.contains($0) },
            openAt: nil,
            onDate: nil,
            dropInOnly: false,
            selfReferralOnly: false
        )
    }

    /// Asks the core for the services screen in one call: the directory's status, the
    /// services matching her search and the places where services meet over the next days.
    func search() {
        let query = self.query
        call { vault, now in try vault.servicesScreen(query: query, now: now) } done: { self.screen = $0 }
    }

    /// Reads one place and everything that meets there.
    func showVenue(_ id: String) {
        guard !busy else { return }
        venue = nil
        call { vault, _ in try vault.venue(id: id) } done: { self.venue = $0 }
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
