// The core's question about days of her medicine with nothing logged ("Did you have your
// methadone on Friday, Saturday and Sunday?"), with an answer for each day, for all of them
// at once, and "Not now".
//
// Why this exists: the tolerance warning is only as honest as the log, so Today asks, once;
// every word and choice is the core's. (Android: DoseQuestionCard.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct DoseQuestionCard: View {
    let question: DoseQuestion
    let enabled: Bool
    @ObservedObject var model: AppModel

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(question.question).font(.headline).accessibilityAddTraits(.isHeader)
            Text(question.intro).font(.subheadline)
            ForEach(question.days, id: \.date) { day in
                Text(day.label).font(.subheadline.weight(.semibold))
                ButtonRow {
                    ForEach(Array(question.answers.enumerated()), id: \.offset) { _, choice in
                        Button(choice.label) {
                            model.answerDoseQuestion(question, dates: [day.date], answer: choice.answer)
                        }
                        .buttonStyle(.bordered)
                        // Each button says its day too, for VoiceOver moving button by button.
                        .accessibilityLabel("\(day.label): \(choice.label)")
                    }
                }
            }
            if !question.allAnswers.isEmpty {
                ButtonRow {
                    ForEach(Array(question.allAnswers.enumerated()), id: \.offset) { _, choice in
                        Button(choice.label) {
                            model.answerDoseQuestion(question, dates: question.days.map { $0.date }, answer: choice.answer)
                        }
                        .buttonStyle(.bordered)
                    }
                }
            }
            Button(question.dismissLabel) { model.dismissDoseQuestion(question) }
        }
        .disabled(!enabled)
        .padding(.vertical, 4)
    }
}
