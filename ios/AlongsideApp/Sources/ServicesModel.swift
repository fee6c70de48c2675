// The services screen's state and its core calls.
//
// Why this exists: the screen only collects her words and the kinds of help she ticks; the
// core lists those kinds (in its order, with its words), finds the services, orders
// them, works out where several services meet over the next two weeks, and reads one place
// in full. No location is asked for. Calls run off the main thread like every core call.
// Locking the app drops this model with the screen. (Android: ServicesSearch.kt and the
// services actions in AppViewModel.kt.)
import AlongsideKit
import Foundation

@MainActor
final class ServicesModel: ObservableObject {
    /// How many days from today the "in one place" list looks at (Android: ServicesSearch.HUB_DAYS).
    static let hubDays: UInt32 = 14

    @Published var words = ""
    /// Named in full: the Objective-C runtime has a `Category` type too.
    @Published var categories: Set<AlongsideKit.Category> = []

    /// Every kind of help, in the core's order and words: needs no vault.
    let kinds = serviceCategories()

    /// False until the first answer arrives; then `status` is nil only when no directory is installed.
    @Published private(set) var loaded = false
    @Published private(set) var status: DirectoryStatus?
    @Published private(set) var results: [ServiceResult] = []
    @Published private(set) var hubs: [VenueHub] = []
    @Published private(set) var venue: VenueDetail?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    let text: UiText
    private let vault: Vault
    private let today: String

    init(vault: Vault, today: String, text: UiText) {
        self.vault = vault
        self.today = today
        self.text = text
    }

    /// The kinds she ticked, in the core's order; empty (every kind) when she ticked none.
    private var chosen: [AlongsideKit.Category] {
        kinds.map(\.category).filter { categories.contains($0) }
    }

    /// Her words as typed (blank means none) and the kinds she ticked.
    private var query: ServiceQuery {
        let t = words.trimmingCharacters(in: .whitespacesAndNewlines)
        return ServiceQuery(
            text: t.isEmpty ? nil : t,
            categories: chosen,
            openAt: nil,
            onDate: nil,
            dropInOnly: false,
            selfReferralOnly: false
        )
    }

    /// Asks the core for the directory's status, the services matching her words and the
    /// places where services meet over the next days.
    func search() {
        let query = self.query
        let chosen = self.chosen
        let today = self.today
        let days = Self.hubDays
        call { vault, now in
            let status = try vault.directoryStatus(now: now)
            let results = try vault.searchServices(query: query)
            let hubs = try vault.venueHubs(categories: chosen, fromDate: today, days: days)
            return (status, results, hubs)
        } done: { found in
            self.status = found.0
            self.results = found.1
            self.hubs = found.2
            self.loaded = true
        }
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
