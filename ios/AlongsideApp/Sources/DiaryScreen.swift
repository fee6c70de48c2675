// The Diary tab: a week or a month of her diary, day by day, with what needs her attention
// first; the core's buttons to move to the weeks or months either side; and a tap on an
// appointment to see it in full and change it.
//
// Why this exists: Today shows only the next seven days; her diary is every date. Every
// range, label and what can be done to each date is the core's (`DiaryView`); this screen
// renders it and forwards taps. (Android: DiaryScreen.kt.)
import AlongsideKit
import SwiftUI

/// Keeps one diary model for as long as the Diary tab is there (it goes when she locks).
@MainActor
struct DiaryEntry: View {
    @StateObject private var diary: DiaryModel

    init(model: DiaryModel) {
        _diary = StateObject(wrappedValue: model)
    }

    var body: some View {
        DiaryScreen(diary: diary)
    }
}

@MainActor
struct DiaryScreen: View {
    @ObservedObject var diary: DiaryModel

    var body: some View {
        let text = diary.text
        List {
            Group {
                if diary.busy { ProgressView().frame(maxWidth: .infinity) }
                if let error = diary.errorText {
                    Section {
                        ErrorMessage(message: error)
                        if diary.page == nil { Button(text["nav-try-again"]) { diary.load() } }
                    }
                }
            }
            if let page = diary.page {
                DiaryPages(diary: diary, page: page)
                if !page.attention.unmarked.isEmpty {
                    Section {
                        ForEach(page.attention.unmarked, id: \.key) { entry in
                            MarkQuestion(diary: diary, entry: entry)
                        }
                    } header: {
                        Text(page.attention.heading).accessibilityAddTraits(.isHeader)
                    }
                }
                ForEach(page.days, id: \.date) { day in
                    DiaryDaySection(diary: diary, day: day)
                }
            }
        }
        .navigationTitle(text["diary-title"])
        .toolbar {
            ToolbarItem(placement: .navigationBarLeading) {
                Button { diary.add() } label: {
                    Label(text["diary-add-appointment"], systemImage: "plus")
                }
                .frame(minWidth: 44, minHeight: 44)
                .accessibilityLabel(text["diary-add-appointment"])
                .disabled(diary.busy)
            }
        }
        // One sheet for every appointment form, adding or changing, wherever she opened it.
        .sheet(isPresented: editingBinding) {
            if let editing = diary.editing { AppointmentFormScreen(model: editing) { diary.closeForm() } }
        }
        // The core asks before a logged dose changes; nothing changes unless she says yes.
        .alert(diary.doseChange?.question ?? "", isPresented: askingDoseChange, presenting: diary.doseChange) { asked in
            Button(asked.confirmLabel) { diary.confirmDoseChange() }
            Button(asked.cancelLabel, role: .cancel) { diary.keepDose() }
        }
        .task { if diary.page == nil { diary.load() } }
        .refreshable { [diary] in await diary.load() }
    }
}

extension DiaryScreen {
    /// Shown while the core's question about changing a logged dose waits for her answer.
    private var askingDoseChange: Binding<Bool> {
        Binding(get: { diary.doseChange != nil }, set: { if !$0 { diary.keepDose() } })
    }

    /// Open while an appointment form is; swiping it away closes it unsaved.
    private var editingBinding: Binding<Bool> {
        Binding(get: { diary.editing != nil }, set: { if !$0 { diary.closeForm() } })
    }
}

/// The page's title and summary, and the core's buttons to the pages around it.
@MainActor
private struct DiaryPages: View {
    @ObservedObject var diary: DiaryModel
    let page: DiaryView

    var body: some View {
        Section {
            Text(page.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            Text(page.emptyLabel ?? page.summary)
            ButtonRow {
                pageButton(page.previous)
                pageButton(page.next)
            }
            ButtonRow {
                if !page.includesToday { pageButton(page.thisPeriod) }
                pageButton(page.week)
                pageButton(page.month)
            }
        }
        .buttonStyle(.bordered)
        .disabled(diary.busy)
    }

    /// A button to another page: its short words, and for VoiceOver which dates it shows.
    private func pageButton(_ target: DiaryPage) -> some View {
        Button(target.label) { diary.show(target.range) }
            .frame(minHeight: 44)
            .accessibilityHint(target.title)
    }
}

/// "Did you go to …?", with the core's two answers.
@MainActor
private struct MarkQuestion: View {
    @ObservedObject var diary: DiaryModel
    let entry: DiaryAppointment

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(entry.markQuestion ?? entry.occurrence.title).font(.headline)
            Text("\(entry.occurrence.dateLabel), \(entry.occurrence.timeLabel)")
            ButtonRow {
                Button(diary.text["appointment-went"]) { diary.mark(entry, status: .attended) }
                Button(diary.text["appointment-missed"]) { diary.mark(entry, status: .missed) }
            }
            .buttonStyle(.bordered)
            .disabled(diary.busy)
        }
        .padding(.vertical, 4)
    }
}

/// One day: its appointments (each opens in full), its doses and their states.
@MainActor
private struct DiaryDaySection: View {
    @ObservedObject var diary: DiaryModel
    let day: DiaryDay

    var body: some View {
        let text = diary.text
        Section {
            ForEach(day.appointments, id: \.key) { entry in
                NavigationLink {
                    AppointmentScreen(diary: diary, entry: entry)
                } label: {
                    AppointmentRow(text: text, occurrence: entry.occurrence, withDay: false, enabled: false)
                }
            }
            ForEach(Array(day.doses.enumerated()), id: \.offset) { _, dose in
                if day.canLogDoses {
                    DoseRow(
                        text: text, dose: dose, enabled: !diary.busy,
                        onLog: { diary.logDose(dose, status: $0) },
                        onPart: { diary.logDosePart(dose, amount: $0) }
                    )
                } else {
                    DoseLine(dose: dose)
                }
            }
            if let empty = day.emptyLabel { Text(empty).foregroundStyle(.secondary) }
        } header: {
            Text(day.label).accessibilityAddTraits(.isHeader)
        }
    }
}

/// A dose on a day not yet come: what is due, with no buttons.
private struct DoseLine: View {
    let dose: DoseView

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(dose.medicineName).font(.headline)
            Text([dose.slotLabel, dose.scheduledTime, dose.amountLabel].compactMap { $0 }.joined(separator: " · "))
            if let clocks = dose.clockChangeLabel { Text(clocks).font(.subheadline) }
            Text(dose.placeLabel).font(.subheadline)
        }
        .accessibilityElement(children: .combine)
    }
}

extension DiaryAppointment {
    /// One date of one appointment: its series and its place in it.
    var key: String { "\(occurrence.appointmentId)/\(occurrence.occurrence)" }
}
