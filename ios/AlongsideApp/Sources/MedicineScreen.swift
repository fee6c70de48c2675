// One medicine in full: its dose now and how it is taken, how it is collected and where,
// her dose history, and what she can do: change the dose, log a dose taken as needed, or
// stop it after she confirms.
//
// Why this exists: a prescription changes over a pregnancy and after the birth; the core
// keeps every earlier dose in the history, and this page is where she records the change.
// Every word is the core's `MedicineForm`. (Android: MedicineScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct MedicineScreen: View {
    @ObservedObject var medicines: MedicinesModel
    let medicineId: String
    @State private var changing = false
    @State private var logging = false
    @State private var confirmingStop = false

    var body: some View {
        let text = medicines.text
        let medicine = medicines.medicines.first { $0.id == medicineId }
        let form = medicines.form.flatMap { $0.medicineId == medicineId ? $0 : nil }
        List {
            if let error = medicines.errorText, !changing, !logging { Section { ErrorMessage(message: error) } }
            if let medicine {
                Section {
                    Text(medicine.name).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                    Text(medicine.kindLabel)
                    LabeledContent(text["medicine-dose"], value: medicine.current.amountLabel)
                    Text(medicine.current.scheduleLabel)
                    LabeledContent(text["medicine-collected"], value: medicine.collectionLabel)
                    if let pharmacy = medicine.pharmacy { LabeledContent(text["medicine-pharmacy"], value: pharmacy) }
                }
            }
            if let form {
                Section {
                    if let change = form.changeDose {
                        Button(change.title) { changing = true }.frame(minHeight: 44)
                    }
                    if let log = form.logAsNeededLabel {
                        Button(log) { logging = true }.frame(minHeight: 44)
                    }
                    if let history = medicines.history {
                        NavigationLink(history.title) { MedicineHistoryScreen(medicines: medicines) }
                    }
                    if let stop = form.stop {
                        Button(stop.button, role: .destructive) { confirmingStop = true }.frame(minHeight: 44)
                    }
                }
                .disabled(medicines.busy)
            } else if medicines.busy {
                Section { ProgressView().frame(maxWidth: .infinity) }
            }
        }
        .navigationTitle(medicine?.name ?? text["nav-more-medicines"])
        .navigationBarTitleDisplayMode(.inline)
        .task { medicines.open(medicineId) }
        .confirmationDialog(form?.stop?.question ?? "", isPresented: $confirmingStop, titleVisibility: .visible) {
            if let words = form?.stop, let date = form?.stopDefaultDate {
                Button(words.confirm, role: .destructive) { medicines.stop(medicineId, endDate: date) }
                Button(words.keep, role: .cancel) {}
            }
        }
        .sheet(isPresented: $changing) {
            if let form, let change = form.changeDose {
                DoseChangeSheet(medicines: medicines, medicineId: medicineId, form: form, change: change) {
                    changing = false
                }
            }
        }
        .sheet(isPresented: $logging) {
            if let form, let label = form.logAsNeededLabel {
                AsNeededSheet(medicines: medicines, medicineId: medicineId, form: form, title: label) {
                    logging = false
                }
            }
        }
    }
}

/// Changing the dose from a date: the new dose (and evening dose for a split dose) and a
/// note. The schedule stays as it is. A refusal shows beside the field it names.
@MainActor
private struct DoseChangeSheet: View {
    @ObservedObject var medicines: MedicinesModel
    let medicineId: String
    let form: MedicineForm
    let change: DoseChangeForm
    let onClose: () -> Void
    @State private var effectiveDate = ""
    @State private var amount = ""
    @State private var eveningAmount = ""
    @State private var note = ""

    var body: some View {
        let f = FormFields(fields: change.fields, problems: problems)
        let split = change.current.eveningAmount != nil
        NavigationStack {
            Form {
                Section {
                    Text(change.hint)
                    Text(change.currentLabel).font(.headline)
                }
                Section {
                    LocalPicker(label: f.label("effective date"), value: $effectiveDate, shape: .date, zone: nil)
                    f.notes("effective date")
                    TextField(f.label("dose"), text: $amount).keyboardType(.decimalPad)
                    f.notes("dose")
                    if split {
                        TextField(f.label("evening dose"), text: $eveningAmount).keyboardType(.decimalPad)
                        f.notes("evening dose")
                    }
                    TextField(f.label("note"), text: $note, axis: .vertical)
                    f.notes("note")
                }
                if let error = medicines.errorText, !shownBesideField {
                    Section { ErrorMessage(message: error) }
                }
                Section {
                    BusyButton(label: form.saveLabel, busy: medicines.busy, enabled: true) { save(split: split) }
                }
            }
            .navigationTitle(change.title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(medicines.text["close-button"], action: onClose)
                }
            }
            .onAppear {
                medicines.clearError()
                effectiveDate = change.defaultEffectiveDate
                amount = numberText(change.current.amount)
                eveningAmount = change.current.eveningAmount.map(numberText) ?? ""
            }
        }
    }

    /// The fields this sheet shows; a refusal about another shows above the button.
    private static let fieldsShown: Set<String> = ["effective date", "dose", "evening dose", "note"]

    private var shownBesideField: Bool {
        medicines.errorField.map { Self.fieldsShown.contains($0) } ?? false
    }

    /// The core's refusal, beside the field it names.
    private var problems: [DraftProblem] {
        guard let field = medicines.errorField, let reason = medicines.errorText else { return [] }
        return [DraftProblem(field: field, reason: reason)]
    }

    private func save(split: Bool) {
        let dose = DoseChange(
            effectiveDate: effectiveDate,
            amount: numberFrom(amount),
            eveningAmount: split ? numberFrom(eveningAmount) : nil,
            schedule: nil,
            note: blankIsNone(note)
        )
        medicines.changeDose(medicineId, dose, done: onClose)
    }
}

/// Logging a dose taken now, for a medicine taken when needed: how much, and a note.
@MainActor
private struct AsNeededSheet: View {
    @ObservedObject var medicines: MedicinesModel
    let medicineId: String
    let form: MedicineForm
    let title: String
    let onClose: () -> Void
    @State private var amount = ""
    @State private var note = ""

    var body: some View {
        let f = FormFields(fields: form.fields, problems: [])
        NavigationStack {
            Form {
                Section {
                    TextField(f.label("dose"), text: $amount).keyboardType(.decimalPad)
                    TextField(medicines.text["medicine-field-note"], text: $note, axis: .vertical)
                    if let error = medicines.errorText { ErrorMessage(message: error) }
                }
                Section {
                    BusyButton(label: form.saveLabel, busy: medicines.busy, enabled: true) {
                        medicines.logAsNeeded(medicineId, amount: numberFrom(amount), note: blankIsNone(note), done: onClose)
                    }
                }
            }
            .navigationTitle(title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(medicines.text["close-button"], action: onClose)
                }
            }
            .onAppear {
                medicines.clearError()
                if form.values.amount > 0 { amount = numberText(form.values.amount) }
            }
        }
    }
}
