// The answer codes she has chosen so far on the breastfeeding questions, question id to codes.
//
// Why this exists: the form's taps only collect codes. The core owns every rule about them:
// no question is required (a skipped one counts as "prefer not to say"), and it refuses
// contradictions such as "nothing else" with "alcohol", in its own words. A tap on a
// one-answer question picks that answer (a second tap takes it back); a tap on a
// several-answer question adds or removes it. (Android: BreastfeedingForm.kt, with its test.)
import AlongsideKit

struct BreastfeedingForm: Equatable {
    private(set) var chosen: [String: Set<String>] = [:]

    func isChosen(_ questionId: String, _ code: String) -> Bool {
        chosen[questionId]?.contains(code) ?? false
    }

    /// A tap on `code` of `question`: pick or take back; on a one-answer question, replace.
    mutating func tap(_ question: BreastfeedingQuestion, _ code: String) {
        var now = chosen[question.id] ?? []
        if now.contains(code) {
            now.remove(code)
        } else if question.many {
            now.insert(code)
        } else {
            now = [code]
        }
        chosen[question.id] = now.isEmpty ? nil : now
    }

    /// What `breastfeedingAnswersFromCodes` takes: each answered question's codes in the order
    /// the core lists its answers. Skipped questions are left out.
    func codes(_ questions: [BreastfeedingQuestion]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for q in questions {
            let picked = chosen[q.id] ?? []
            let ordered = q.answers.map(\.code).filter { picked.contains($0) }
            if !ordered.isEmpty { out[q.id] = ordered }
        }
        return out
    }
}
