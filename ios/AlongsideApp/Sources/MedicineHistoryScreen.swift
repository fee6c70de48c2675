// A medicine's dose history: every change of dose, oldest first, then each day of the
// dates shown with what she logged for each dose, and the core's Earlier and Later pages.
//
// Why this exists: "look back at her doses". Changing a dose never rewrites the past, so
// this is where she sees how her dose went. Every word is the core's `MedicineHistory`.
// (Android: MedicineHistoryScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct MedicineHistoryScreen: View {
    @ObservedObject var medicines: MedicinesModel

    var body: some View {
        List {
            if let error = medicines.errorText { Section { ErrorMessage(message: error) } }
            if let history = medicines.history {
                Section {
                    ForEach(Array(history.changes.enumerated()), id: \.offset) { _, change in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(change.label)
                            Text(change.scheduleLabel).font(.subheadline)
                            if let note = change.note { Text(note).font(.subheadline) }
                        }
                        .accessibilityElement(children: .combine)
                    }
                } header: {
                    Text(history.changesHeading).accessibilityAddTraits(.isHeader)
                }
                Section {
                    Text(history.rangeLabel)
                    ButtonRow {
                        Button(history.earlier.label) { medicines.showHistory(history.earlier) }
                        if let later = history.later {
                            Button(later.label) { medicines.showHistory(later) }
                        }
                    }
                    .buttonStyle(.bordered)
                    .disabled(medicines.busy)
                } header: {
                    Text(history.daysHeading).accessibilityAddTraits(.isHeader)
                }
                ForEach(history.days, id: \.date) { day in
                    Section {
                        ForEach(Array(day.doses.enumerated()), id: \.offset) { _, dose in
                            HistoryDoseLine(dose: dose)
                        }
                        if let empty = day.emptyLabel { Text(empty).foregroundStyle(.secondary) }
                    } header: {
                        Text(day.label).accessibilityAddTraits(.isHeader)
                    }
                }
            }
        }
        .navigationTitle(medicines.history?.title ?? "")
        .navigationBarTitleDisplayMode(.inline)
    }
}

/// One dose of a past day: which dose, how much, and what she logged, in words.
private struct HistoryDoseLine: View {
    let dose: DoseView

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text([dose.slotLabel, dose.scheduledTime, dose.amountLabel].compactMap { $0 }.joined(separator: " · "))
            Text([dose.stateLabel, dose.amountTakenLabel].compactMap { $0 }.joined(separator: " · "))
                .font(.subheadline.weight(.semibold))
            Text(dose.placeLabel).font(.subheadline)
        }
        .accessibilityElement(children: .combine)
    }
}
