// One date of an appointment in full, with what she can do to it now: say she went or
// missed it, change it, move it (this date, this and the ones after, or every date),
// cancel it (this date, or this and the ones after) or put it back, and delete it after
// she confirms.
//
// Why this exists: the diary's detail page. What can be done is the core's (the page's
// `DiaryAppointment` flags), and every button, question and answer is the core's
// (`AppointmentForm`). The page follows the date as the diary is read again after a
// change; when a move takes it off the diary's page, or it is deleted, it goes back.
// (Android: AppointmentDetailScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct AppointmentScreen: View {
    @ObservedObject var diary: DiaryModel
    let entry: DiaryAppointment
    @State private var confirmingCancel = false
    @State private var confirmingDelete = false
    @State private var moving = false
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        let shown = diary.current(entry) ?? entry
        let form = diary.form.flatMap { $0.appointmentId == entry.occurrence.appointmentId ? $0 : nil }
        List {
            if let error = diary.errorText, !moving { Section { ErrorMessage(message: error) } }
            Section {
                AppointmentDetails(text: diary.text, occurrence: shown.occurrence)
            }
            if let form {
                AppointmentActions(
                    diary: diary, entry: shown, form: form,
                    onMove: { moving = true },
                    onCancel: { confirmingCancel = true },
                    onDelete: { confirmingDelete = true }
                )
            } else if diary.errorText == nil {
                Section { ProgressView().frame(maxWidth: .infinity) }
            }
        }
        .navigationTitle(shown.occurrence.title)
        .navigationBarTitleDisplayMode(.inline)
        .task { diary.open(entry) }
        .confirmationDialog(form?.cancel?.question ?? "", isPresented: $confirmingCancel, titleVisibility: .visible) {
            if let words = form?.cancel {
                // A repeating appointment: the core's choices of which dates; else one yes.
                if let scopes = form?.cancelScopes, !scopes.isEmpty {
                    ForEach(scopes, id: \.label) { choice in
                        Button(choice.label, role: .destructive) { diary.cancel(shown, scope: choice.scope) }
                    }
                } else {
                    Button(words.confirm, role: .destructive) { diary.cancel(shown, scope: .thisOccurrence) }
                }
                Button(words.keep, role: .cancel) {}
            }
        }
        .confirmationDialog(form?.delete?.question ?? "", isPresented: $confirmingDelete, titleVisibility: .visible) {
            if let words = form?.delete {
                Button(words.confirm, role: .destructive) {
                    diary.delete(shown)
                    dismiss()
                }
                Button(words.keep, role: .cancel) {}
            }
        }
        .sheet(isPresented: $moving) {
            if let form {
                MoveSheet(diary: diary, entry: shown, form: form, onClose: { moving = false }) {
                    moving = false
                    // Moved to a date this page doesn't show: back to the diary, which does.
                    if diary.current(entry) == nil { dismiss() }
                }
            }
        }
        // Changing it opens the form in the sheet DiaryScreen presents for every form.
    }
}

/// The date in the core's words: title, day and time, the clocks, kind, status, where,
/// with whom and her private notes.
private struct AppointmentDetails: View {
    let text: UiText
    let occurrence: Occurrence

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(occurrence.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            Text(occurrence.dateLabel)
            Text(occurrence.timeLabel)
            if let clocks = occurrence.clockChangeLabel { Text(clocks).font(.subheadline) }
            Text(occurrence.kindLabel)
            Text(occurrence.statusLabel).font(.headline)
            if let moved = occurrence.movedFromLabel { Text(moved).font(.subheadline) }
            AppointmentPlaceLines(text: text, occurrence: occurrence)
        }
        .padding(.vertical, 4)
    }
}

/// Where, what else meets there that day, with whom, and her notes, each under its heading.
private struct AppointmentPlaceLines: View {
    let text: UiText
    let occurrence: Occurrence

    var body: some View {
        if let location = occurrence.location {
            LabeledContent(text["appointment-where"], value: location)
        }
        if let also = occurrence.place?.alsoThereLabel { Text(also).font(.subheadline) }
        if let withWhom = occurrence.withWhom {
            LabeledContent(text["appointment-with"], value: withWhom)
        }
        if let notes = occurrence.notes {
            Text(text["appointment-notes"]).font(.headline).accessibilityAddTraits(.isHeader)
            Text(notes)
        }
    }
}

/// The buttons for what can be done to this date now, in the core's words.
@MainActor
private struct AppointmentActions: View {
    @ObservedObject var diary: DiaryModel
    let entry: DiaryAppointment
    let form: AppointmentForm
    let onMove: () -> Void
    let onCancel: () -> Void
    let onDelete: () -> Void

    var body: some View {
        Section {
            if let question = entry.markQuestion { Text(question).font(.headline) }
            if entry.canMark {
                ButtonRow {
                    Button(form.wentLabel) { diary.mark(entry, status: .attended) }
                    Button(form.missedLabel) { diary.mark(entry, status: .missed) }
                }
                .buttonStyle(.bordered)
            }
            if entry.canChange {
                Button(form.title) { diary.edit() }.frame(minHeight: 44)
                Button(form.moveLabel, action: onMove).frame(minHeight: 44)
                if let cancel = form.cancel { Button(cancel.button, action: onCancel).frame(minHeight: 44) }
            }
            if entry.canRestore {
                Button(diary.text["diary-restore"]) { diary.restore(entry) }.frame(minHeight: 44)
            }
            if let delete = form.delete {
                Button(delete.button, role: .destructive, action: onDelete).frame(minHeight: 44)
            }
        }
        .disabled(diary.busy)
    }
}

/// Moving a date: the new date and time, which dates (for a repeating appointment), and
/// which of two equal times when the core asks.
@MainActor
private struct MoveSheet: View {
    @ObservedObject var diary: DiaryModel
    let entry: DiaryAppointment
    let form: AppointmentForm
    let onClose: () -> Void
    let onMoved: () -> Void
    @State private var newStart = ""
    @State private var scope = MoveScope.thisDate
    @State private var clockChange: ClockChangeChoice?

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    Text(form.moveHint)
                    LocalPicker(label: form.moveLabel, value: $newStart, shape: .dateAndTime, zone: entry.occurrence.timeZone)
                    if diary.errorField == "clock change" || clockChange != nil {
                        Picker(form.moveLabel, selection: $clockChange) {
                            ForEach(form.clockChangeChoices, id: \.label) {
                                Text($0.label).tag($0.choice as ClockChangeChoice?)
                            }
                        }
                        .pickerStyle(.inline)
                        .labelsHidden()
                    }
                    if let error = diary.errorText { ErrorMessage(message: error) }
                }
                if !form.moveScopes.isEmpty {
                    Section {
                        Picker(form.moveLabel, selection: $scope) {
                            ForEach(form.moveScopes, id: \.label) { Text($0.label).tag($0.scope) }
                        }
                        .pickerStyle(.inline)
                        .labelsHidden()
                    }
                }
                Section {
                    BusyButton(label: form.moveLabel, busy: diary.busy, enabled: !newStart.isEmpty) {
                        diary.move(entry, newStart: newStart, scope: scope, clockChange: clockChange, moved: onMoved)
                    }
                }
            }
            .navigationTitle(form.occurrenceLabel ?? entry.occurrence.dateLabel)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(diary.text["close-button"], action: onClose)
                }
            }
            .onAppear {
                diary.clearError()
                if newStart.isEmpty { newStart = entry.occurrence.startLocal }
            }
        }
    }
}
