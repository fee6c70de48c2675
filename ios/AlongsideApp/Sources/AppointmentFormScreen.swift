// The appointment form: what it is, its kind, date and time, how long, where (typed, or a
// place from the services on this phone), with whom, private notes, reminders and repeat,
// each with the core's label, hint and any problem beside it.
//
// Why this exists: adding and changing appointments on the phone. Every choice and word is
// the core's `AppointmentForm`; the model checks each change with the core. A sheet with
// its own navigation bar: Save, and Close to leave it unchanged. (Android:
// AppointmentFormScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct AppointmentFormScreen: View {
    @ObservedObject var model: AppointmentFormModel
    let onClose: () -> Void

    var body: some View {
        let text = model.text
        let f = model.fields
        NavigationStack {
            Form {
                if let error = model.errorText { Section { ErrorMessage(message: error) } }
                Section {
                    TextField(f.label("title"), text: $model.title)
                    f.notes("title")
                    Picker(f.label("kind"), selection: $model.kind) {
                        ForEach(model.form.kinds, id: \.label) { Text($0.label).tag($0.kind) }
                    }
                    f.notes("kind")
                }
                AppointmentWhenSection(model: model)
                AppointmentWhereSection(model: model)
                Section {
                    TextField(f.label("with whom"), text: $model.withWhom)
                    f.notes("with whom")
                    TextField(f.label("notes"), text: $model.notes, axis: .vertical)
                        .lineLimit(3...)
                    f.notes("notes")
                }
                AppointmentRemindersSection(model: model)
                AppointmentRepeatSection(model: model)
                Section {
                    BusyButton(label: model.form.saveLabel, busy: model.busy, enabled: true) { model.save() }
                }
            }
            .navigationTitle(model.form.title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(text["close-button"], action: onClose)
                }
            }
        }
    }
}

/// Date and time (in the diary's zone), which of two equal times when the clocks go back,
/// and how long.
@MainActor
private struct AppointmentWhenSection: View {
    @ObservedObject var model: AppointmentFormModel

    var body: some View {
        let f = model.fields
        Section {
            LocalPicker(label: f.label("start"), value: $model.start, shape: .dateAndTime, zone: model.zone)
            f.notes("start")
            // Asked only when the core says the time happens twice, or she has chosen.
            if model.clockChange != nil || !f.problems("clock change").isEmpty {
                Picker(f.label("clock change"), selection: $model.clockChange) {
                    ForEach(model.form.clockChangeChoices, id: \.label) {
                        Text($0.label).tag($0.choice as ClockChangeChoice?)
                    }
                }
                .pickerStyle(.inline)
                f.notes("clock change")
            }
            Picker(f.label("duration"), selection: $model.durationMinutes) {
                ForEach(model.form.durations, id: \.minutes) { Text($0.label).tag($0.minutes) }
            }
            f.notes("duration")
            f.notes("time zone")
        }
    }
}

/// Where: typed, or a place from the installed directory.
@MainActor
private struct AppointmentWhereSection: View {
    @ObservedObject var model: AppointmentFormModel

    var body: some View {
        let f = model.fields
        Section {
            TextField(f.label("location"), text: $model.location)
            f.notes("location")
            if !model.form.venues.isEmpty {
                Picker(f.label("place"), selection: $model.venueId) {
                    Text(model.form.venueNoneLabel).tag(String?.none)
                    ForEach(model.form.venues, id: \.id) { v in
                        VStack(alignment: .leading) {
                            Text(v.name)
                            Text(v.address).font(.footnote)
                        }
                        .tag(v.id as String?)
                    }
                }
                .pickerStyle(.navigationLink)
                f.notes("place")
            }
        }
    }
}

/// Reminders: any of the core's choices, up to its limit (the core's hint says how many).
@MainActor
private struct AppointmentRemindersSection: View {
    @ObservedObject var model: AppointmentFormModel

    var body: some View {
        let f = model.fields
        Section {
            ForEach(model.form.reminderChoices, id: \.minutes) { choice in
                Toggle(choice.label, isOn: Binding(
                    get: { model.reminders.contains(choice.minutes) },
                    set: { _ in model.toggleReminder(choice.minutes) }
                ))
            }
            f.notes("reminders")
        } header: {
            Text(f.label("reminders"))
        }
    }
}

/// Repeat: how often, and until a date or for a number of times.
@MainActor
private struct AppointmentRepeatSection: View {
    @ObservedObject var model: AppointmentFormModel

    var body: some View {
        let f = model.fields
        Section {
            Picker(f.label("repeat"), selection: $model.everyWeeks) {
                ForEach(model.form.repeatChoices, id: \.everyWeeks) { Text($0.label).tag($0.everyWeeks) }
            }
            f.notes("repeat")
            if model.everyWeeks > 0 {
                Picker(f.label("repeat"), selection: $model.endsByCount) {
                    Text(model.form.repeatEndCountLabel).tag(true)
                    Text(model.form.repeatEndUntilLabel).tag(false)
                }
                .pickerStyle(.inline)
                .labelsHidden()
                if model.endsByCount {
                    TextField(f.label("repeat count"), text: $model.count).keyboardType(.numberPad)
                    f.notes("repeat count")
                } else {
                    LocalPicker(label: f.label("repeat until"), value: $model.until, shape: .date, zone: model.zone)
                    f.notes("repeat until")
                }
            }
        }
    }
}
