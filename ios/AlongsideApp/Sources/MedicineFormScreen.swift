// The new-medicine form: which medicine (opioid treatment first, or any by name), the dose
// and unit, when she takes it (once a day, a split dose, weekly, monthly or when needed),
// supervised at the pharmacy or taken at home and which days, the pharmacy, and start and
// end dates, each with the core's label, hint and any problem beside it.
//
// Why this exists: on a new phone, this is how her medicines get into her diary. The
// choices that fit each medicine and every word are the core's `MedicineForm`; the model
// checks each change with the core. (Android: MedicineFormScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct MedicineFormScreen: View {
    @ObservedObject var model: MedicineFormModel
    let onClose: () -> Void

    var body: some View {
        let f = model.fields
        NavigationStack {
            Form {
                if let error = model.errorText { Section { ErrorMessage(message: error) } }
                Section {
                    Picker(f.label("kind"), selection: $model.kind) {
                        ForEach(model.form.kinds, id: \.label) { Text($0.label).tag($0.kind) }
                    }
                    f.notes("kind")
                    TextField(f.label("name"), text: $model.name)
                    FormFieldNotes(hint: model.chosen?.nameHint, problems: f.problems("name"))
                }
                MedicineDoseSection(model: model)
                MedicineScheduleSection(model: model)
                MedicineCollectionSection(model: model)
                Section {
                    LocalPicker(label: f.label("start date"), value: $model.startDate, shape: .date, zone: nil)
                    f.notes("start date")
                    OptionalDatePicker(label: f.label("end date"), value: $model.endDate, zone: nil)
                    f.notes("end date")
                }
                Section {
                    BusyButton(label: model.form.saveLabel, busy: model.busy, enabled: true) { model.save() }
                }
            }
            .navigationTitle(model.form.title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(model.text["close-button"], action: onClose)
                }
            }
        }
    }
}

/// The dose (and evening dose for a split dose) and its unit, from the units that fit.
@MainActor
private struct MedicineDoseSection: View {
    @ObservedObject var model: MedicineFormModel

    var body: some View {
        let f = model.fields
        Section {
            // A split dose's first amount is its morning dose, in the core's words.
            TextField(
                model.schedule == .splitDaily ? model.form.morningDoseLabel : f.label("dose"),
                text: $model.amount
            )
            .keyboardType(.decimalPad)
            f.notes("dose")
            if model.schedule == .splitDaily {
                TextField(f.label("evening dose"), text: $model.eveningAmount).keyboardType(.decimalPad)
                f.notes("evening dose")
            }
            Picker(f.label("unit"), selection: $model.unit) {
                ForEach(model.chosen?.units ?? [], id: \.label) { Text($0.label).tag($0.unit) }
            }
            f.notes("unit")
        }
    }
}

/// When she takes it, from the schedules that fit, with that schedule's times and days.
@MainActor
private struct MedicineScheduleSection: View {
    @ObservedObject var model: MedicineFormModel

    var body: some View {
        let f = model.fields
        Section {
            Picker(f.label("schedule"), selection: $model.schedule) {
                ForEach(model.chosen?.schedules ?? [], id: \.label) { Text($0.label).tag($0.schedule) }
            }
            f.notes("schedule")
            switch model.schedule {
            case .splitDaily:
                LocalPicker(label: f.label("morning time"), value: $model.time, shape: .time, zone: nil)
                f.notes("morning time")
                LocalPicker(label: f.label("evening time"), value: $model.eveningTime, shape: .time, zone: nil)
                f.notes("evening time")
            case .weekly:
                Picker(f.label("weekday"), selection: $model.weekday) {
                    ForEach(model.form.weekdays, id: \.label) { Text($0.label).tag($0.weekday) }
                }
                f.notes("weekday")
                timeField(f)
            case .monthly:
                Stepper(value: $model.dayOfMonth, in: 1...31) {
                    LabeledContent(f.label("day of month"), value: String(model.dayOfMonth))
                }
                f.notes("day of month")
                timeField(f)
            case .daily:
                timeField(f)
            case .asNeeded:
                EmptyView()
            }
        }
    }

    @ViewBuilder
    private func timeField(_ f: FormFields) -> some View {
        LocalPicker(label: f.label("time"), value: $model.time, shape: .time, zone: nil)
        f.notes("time")
    }
}

/// Supervised at the pharmacy or taken at home, the take-home days, and the pharmacy.
@MainActor
private struct MedicineCollectionSection: View {
    @ObservedObject var model: MedicineFormModel

    var body: some View {
        let f = model.fields
        Section {
            Picker(f.label("collection"), selection: $model.collection) {
                ForEach(model.form.collections, id: \.label) { Text($0.label).tag($0.collection) }
            }
            FormFieldNotes(hint: model.collectionChoice?.hint, problems: f.problems("collection"))
            if model.collectionChoice?.hasTakeHomeDays == true {
                Text(f.label("take home days")).font(.headline)
                ForEach(model.form.weekdays, id: \.label) { day in
                    Toggle(day.label, isOn: Binding(
                        get: { model.takeHomeDays.contains(day.weekday) },
                        set: { _ in model.toggleTakeHome(day.weekday) }
                    ))
                }
                f.notes("take home days")
            }
            TextField(f.label("pharmacy"), text: $model.pharmacy)
            f.notes("pharmacy")
        }
    }
}
