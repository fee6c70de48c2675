// The guidance screens' state and their core calls: the list ordered for her, the
// breastfeeding questions with the core's advice, and her saved plan.
//
// Why this exists: the core decides the list's order, the advice and the plan; this model
// only collects answer codes and keeps what the core returns. Calls run off the main thread
// like every core call. Locking the app drops this model with the screen.
// (Android: GuidanceFeature.kt.)
import AlongsideKit
import Foundation

@MainActor
final class GuidanceModel: ObservableObject {
    @Published private(set) var articles: [ArticleSummary] = []
    @Published var form = BreastfeedingForm() {
        didSet { if form != oldValue { advice = nil; notice = nil; errorText = nil } }
    }
    @Published private(set) var advice: BreastfeedingAdvice?
    @Published private(set) var plan: BreastfeedingPlan?
    @Published var showPlan = false
    @Published var confirmDelete = false
    @Published private(set) var notice: String?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?

    let questions = breastfeedingQuestions()
    let text: UiText
    private let vault: Vault

    init(vault: Vault, text: UiText) {
        self.vault = vault
        self.text = text
    }

    /// Reads the list in the order the core gives it for her, and her plan if she has one.
    func load() {
        call { vault, now in (try vault.guidanceForMe(), try vault.breastfeedingPlan(now: now)) } done: { found in
            self.articles = found.0
            self.plan = found.1
        }
    }

    func seeAdvice() {
        let codes = form.codes(questions)
        call { _, now in
            try breastfeedingAdvice(answers: try breastfeedingAnswersFromCodes(codes: codes), now: now)
        } done: {
            self.advice = $0
            self.showPlan = false
        }
    }

    /// Back to the questions, with her answers kept.
    func changeAnswers() {
        advice = nil
        notice = nil
    }

    func savePlan() {
        let codes = form.codes(questions)
        call { vault, now in
            try vault.saveBreastfeedingPlan(answers: try breastfeedingAnswersFromCodes(codes: codes), now: now)
        } done: {
            self.plan = $0
            self.showPlan = true
            self.notice = self.text["guidance-screen-plan-saved"]
        }
    }

    func deletePlan() {
        call { vault, now in try vault.deleteBreastfeedingPlan(now: now) } done: { _ in
            self.plan = nil
            self.showPlan = false
            self.confirmDelete = false
            self.notice = self.text["guidance-screen-plan-deleted"]
        }
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
        notice = nil
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
