// The Today screen: the core's TodayView, section by section, in the core's words.
//
// Why this exists: it is the app's home. It renders; every tap goes to the model and comes
// back as a new TodayView. It refreshes every minute so "now" and "later" stay true. A
// medicine an alert asked to show opens over it in a sheet. The core's question about days
// with nothing logged sits with today's doses, and its question before changing a logged
// dose is an alert. (Android: TodayScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct TodayScreen: View {
    @ObservedObject var model: AppModel
    let view: TodayView
    @State private var showingCrisis = false
    /// The article a Today card asked to open (the core's `articleId`), if any.
    @State private var readingArticle: String?

    var body: some View {
        let text = model.text
        let enabled = !model.busy
        NavigationStack {
            List {
                // A view builder takes at most 10 views on iOS 16, hence the Group.
                Group {
                    if model.busy {
                        ProgressView().frame(maxWidth: .infinity)
                    }
                    if let error = model.errorText {
                        Section { ErrorMessage(message: error) }
                    }
                }
                if !view.alerts.isEmpty {
                    Section(text["today-alerts"]) {
                        ForEach(Array(view.alerts.enumerated()), id: \.offset) { _, alert in
                            AlertCard(
                                text: text,
                                alert: alert,
                                enabled: enabled,
                                onRebook: { model.rebook(alert, newStart: $0) },
                                onDismiss: { model.dismissFollowUp(alert) },
                                onShowMedicine: { model.showMedicine(alert) },
                                onRead: { readingArticle = $0 }
                            )
                        }
                    }
                }
                // Support mode: her next family time, then her own care, as the core offers them.
                // (In a Group: a view builder takes at most ten views on iOS 16.)
                Group {
                    Section {
                        Button(text["support-crisis-button"]) { showingCrisis = true }
                        NavigationLink(text["support-open"]) {
                            if let support = model.supportModel() { SupportEntry(model: support) }
                        }
                        .disabled(!enabled)
                        NavigationLink(text["sharing-open"]) {
                            if let sharing = model.sharingModel() { SharingEntry(model: sharing) }
                        }
                        .disabled(!enabled)
                        NavigationLink(text["services-screen-open"]) {
                            if let services = model.servicesModel() { ServicesEntry(model: services) }
                        }
                        .disabled(!enabled)
                        NavigationLink(text["guidance-screen-open"]) {
                            if let guidance = model.guidanceModel() { GuidanceEntry(model: guidance) }
                        }
                        .disabled(!enabled)
                    }
                    if let familyTime = view.support.nextFamilyTimeLabel {
                        Section { Text(familyTime).font(.headline) }
                    }
                    if let heading = view.support.heading {
                        Section(heading) {
                            if let intro = view.support.intro {
                                Text(intro)
                            }
                            ForEach(Array(view.support.offers.enumerated()), id: \.offset) { _, offer in
                                SupportOfferCard(
                                    offer: offer,
                                    enabled: enabled,
                                    onAddAppointment: { model.addOfferedAppointment(offer) },
                                    onRead: { readingArticle = offer.articleId }
                                )
                            }
                        }
                    }
                }
                if view.happeningNow.isEmpty && view.laterToday.isEmpty && view.earlierToday.isEmpty {
                    Section { Text(text["today-nothing"]) }
                }
                appointments(text["today-now"], view.happeningNow, withDay: false, canMark: true)
                appointments(text["today-later"], view.laterToday, withDay: false, canMark: false)
                Section(text["today-doses"]) {
                    ForEach(Array(view.doseQuestions.enumerated()), id: \.offset) { _, question in
                        DoseQuestionCard(question: question, enabled: enabled, model: model)
                    }
                    if view.doses.isEmpty {
                        Text(text["today-no-doses"])
                    }
                    ForEach(Array(view.doses.enumerated()), id: \.offset) { _, dose in
                        DoseRow(
                            text: text, dose: dose, enabled: enabled,
                            onLog: { model.logDose(dose, status: $0) },
                            onPart: { model.logDosePart(dose, amount: $0) }
                        )
                    }
                }
                appointments(text["today-earlier"], view.earlierToday, withDay: false, canMark: true)
                // The days ahead as one child, leaving the list room below iOS 16's ten.
                Group {
                    if view.nextDays.isEmpty {
                        Section(text["today-next-days"]) { Text(text["today-nothing-next"]) }
                    } else {
                        appointments(text["today-next-days"], view.nextDays, withDay: true, canMark: false)
                    }
                    Section(text["today-week"]) {
                        Text(view.week.summary)
                        ForEach(view.week.busyDays, id: \.date) { day in
                            Text(day.label)
                        }
                    }
                }
            }
            .navigationTitle(text["today-title"])
            .toolbar {
                ToolbarItem(placement: .navigationBarTrailing) {
                    Button { model.lock() } label: {
                        Label(text["lock-button"], systemImage: "lock").labelStyle(.titleAndIcon)
                    }
                }
            }
            .refreshable { [model] in await model.refresh() }
            .sheet(isPresented: $showingCrisis) { CrisisScreen(text: text) }
            .navigationDestination(isPresented: readingBinding) {
                if let id = readingArticle { ArticleScreen(text: text, articleId: id) }
            }
            // The core asks before a logged dose changes; nothing changes unless she says yes.
            .alert(
                model.doseChange?.question ?? "",
                isPresented: askingDoseChange,
                presenting: model.doseChange
            ) { asked in
                Button(asked.confirmLabel) { model.confirmDoseChange() }
                Button(asked.cancelLabel, role: .cancel) { model.keepDose() }
            }
            .sheet(isPresented: showingMedicine) {
                if let medicine = model.medicine {
                    MedicineSheet(text: text, medicine: medicine, today: view.doses)
                }
            }
        }
        .task { [model] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 60 * 1_000_000_000)
                if !Task.isCancelled { await model.refresh() }
            }
        }
    }

    /// Shown while the core's question about changing a logged dose waits for her answer.
    private var askingDoseChange: Binding<Bool> {
        Binding(get: { model.doseChange != nil }, set: { if !$0 { model.keepDose() } })
    }

    /// Open while the model holds a medicine an alert asked to show; closing it clears it.
    private var showingMedicine: Binding<Bool> {
        Binding(get: { model.medicine != nil }, set: { if !$0 { model.closeMedicine() } })
    }

    /// Open while a Today card has asked to show an article; going back clears it.
    private var readingBinding: Binding<Bool> {
        Binding(get: { readingArticle != nil }, set: { if !$0 { readingArticle = nil } })
    }

    /// One section of appointments; nothing at all when it is empty.
    @ViewBuilder
    private func appointments(_ title: String, _ occurrences: [Occurrence], withDay: Bool, canMark: Bool) -> some View {
        if !occurrences.isEmpty {
            Section(title) {
                ForEach(Array(occurrences.enumerated()), id: \.offset) { _, occurrence in
                    AppointmentRow(
                        text: model.text,
                        occurrence: occurrence,
                        withDay: withDay,
                        enabled: !model.busy,
                        onMark: canMark ? { model.mark(occurrence, status: $0) } : nil
                    )
                }
            }
        }
    }
}
