// The breastfeeding questions, then what the guidance says for her answers, and her plan.
//
// Why this exists: conflicting advice about breastfeeding on methadone or buprenorphine is a
// known hard moment. The core asks the questions, decides the advice and keeps the plan; this
// screen only collects answer codes (none is required) and shows what the core returns,
// sources and review dates included. (Android: FeedingScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct FeedingScreen: View {
    @ObservedObject var guidance: GuidanceModel

    var body: some View {
        let text = guidance.text
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(text["guidance-bf-title"]).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                if let error = guidance.errorText { ErrorMessage(message: error) }
                if let notice = guidance.notice { Text(notice).font(.headline) }
                content(text)
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(24)
        }
        .navigationBarTitleDisplayMode(.inline)
    }

    @ViewBuilder
    private func content(_ text: UiText) -> some View {
        if guidance.confirmDelete {
            Text(text["guidance-screen-plan-delete-confirm"])
            BusyButton(label: text["guidance-plan-delete"], busy: guidance.busy, enabled: true) { guidance.deletePlan() }
            Button(text["guidance-screen-plan-keep"]) { guidance.confirmDelete = false }
        } else if guidance.showPlan, let plan = guidance.plan {
            PlanView(text: text, plan: plan)
            Button(text["guidance-plan-delete"]) { guidance.confirmDelete = true }
                .buttonStyle(.bordered)
                .disabled(guidance.busy)
            Button(text["guidance-screen-plan-hide"]) { guidance.showPlan = false }
        } else if let advice = guidance.advice {
            AdviceView(text: text, advice: advice)
            BusyButton(label: text["guidance-plan-save"], busy: guidance.busy, enabled: true) { guidance.savePlan() }
            Button(text["guidance-screen-change-answers"]) { guidance.changeAnswers() }
        } else {
            Text(text["guidance-bf-intro"])
            if guidance.plan != nil {
                Button(text["guidance-screen-plan-open"]) { guidance.showPlan = true }.buttonStyle(.bordered)
            } else {
                Text(text["guidance-plan-none"]).font(.footnote)
            }
            ForEach(guidance.questions, id: \.id) { q in
                VStack(alignment: .leading, spacing: 8) {
                    Text(q.text).font(.headline).accessibilityAddTraits(.isHeader)
                    if let hint = q.hint { Text(hint).font(.footnote) }
                    ForEach(q.answers, id: \.code) { a in
                        let chosen = guidance.form.isChosen(q.id, a.code)
                        Button {
                            guidance.form.tap(q, a.code)
                        } label: {
                            Label(a.label, systemImage: symbol(many: q.many, chosen: chosen))
                                .frame(maxWidth: .infinity, alignment: .leading)
                        }
                        // The picked answer is read out as selected, not shown by the symbol alone.
                        .accessibilityLabel(a.label)
                        .accessibilityAddTraits(chosen ? .isSelected : [])
                    }
                }
            }
            BusyButton(label: text["guidance-screen-see-advice"], busy: guidance.busy, enabled: true) { guidance.seeAdvice() }
        }
    }

    private func symbol(many: Bool, chosen: Bool) -> String {
        if many { return chosen ? "checkmark.square.fill" : "square" }
        return chosen ? "largecircle.fill.circle" : "circle"
    }
}

/// What the core says for her answers: the message, why (each reason with its sources), and
/// the shared sections, with when it was checked.
struct AdviceView: View {
    let text: UiText
    let advice: BreastfeedingAdvice

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            VStack(alignment: .leading, spacing: 8) {
                Text(advice.headline).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                Text(advice.body)
            }
            Text(advice.checkedLabel).font(.footnote)
            if advice.reviewOverdue { Text(text["guidance-review-overdue"]).font(.headline) }
            Text(text["guidance-reasons-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
            ForEach(advice.reasons, id: \.ruleId) { r in
                VStack(alignment: .leading, spacing: 4) {
                    Text(r.text)
                    if r.uncertain { Text(text["guidance-uncertain"]).font(.footnote) }
                    if let ask = r.askLabel { Text(ask) }
                    SourcesView(text: text, sources: r.sources)
                }
            }
            ForEach(
                Array([advice.watchFor, advice.getHelpNow, advice.safeSleep, advice.stopping, advice.whyAdviceDiffers].enumerated()),
                id: \.offset
            ) { _, section in
                GuidanceSectionView(text: text, section: section)
            }
            if let net = advice.safetyNet {
                Text(text["alert-safety-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
                Text(net)
            }
            if !advice.contacts.isEmpty {
                Text(text["guidance-screen-contacts-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
                ForEach(advice.contacts, id: \.id) { ContactRow(text: text, contact: $0) }
            }
        }
    }
}

/// Her saved plan, the card she can show staff: her answers in words, then what the app said.
struct PlanView: View {
    let text: UiText
    let plan: BreastfeedingPlan

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(plan.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            Text(plan.madeOnLabel)
            Text(plan.showStaffLabel)
            if let changed = plan.adviceChangedLabel { Text(changed).font(.headline) }
            Text(text["guidance-plan-answers-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
            ForEach(Array(plan.answersInWords.enumerated()), id: \.offset) { _, line in
                VStack(alignment: .leading, spacing: 2) {
                    Text(line.question).font(.subheadline.bold())
                    Text(line.answer)
                }
                .accessibilityElement(children: .combine)
            }
            Text(text["guidance-plan-said-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
            AdviceView(text: text, advice: plan.advice)
        }
    }
}
