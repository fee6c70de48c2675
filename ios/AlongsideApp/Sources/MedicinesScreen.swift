// Her medicines: the list (each with its dose and schedule in the core's words), a tap to
// see one in full, and adding a new one.
//
// Why this exists: the tolerance warning, dose questions and dose reminders need her
// medicines in the diary, and on a new phone this is where they get there. Every word is the
// core's. (Android: MedicinesScreen.kt.)
import AlongsideKit
import SwiftUI

/// Keeps one medicines model while the screen is open (it goes when she locks).
@MainActor
struct MedicinesEntry: View {
    @StateObject private var medicines: MedicinesModel

    init(model: MedicinesModel) {
        _medicines = StateObject(wrappedValue: model)
    }

    var body: some View {
        MedicinesScreen(medicines: medicines)
    }
}

@MainActor
struct MedicinesScreen: View {
    @ObservedObject var medicines: MedicinesModel

    var body: some View {
        let text = medicines.text
        List {
            if let error = medicines.errorText, medicines.adding == nil {
                Section {
                    ErrorMessage(message: error)
                    if !medicines.loaded { Button(text["nav-try-again"]) { medicines.load() } }
                }
            }
            if medicines.busy && !medicines.loaded {
                Section { ProgressView().frame(maxWidth: .infinity) }
            } else if medicines.loaded && medicines.medicines.isEmpty {
                Section { Text(text["medicines-none"]) }
            }
            Section {
                ForEach(medicines.medicines, id: \.id) { m in
                    NavigationLink {
                        MedicineScreen(medicines: medicines, medicineId: m.id)
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(m.name).font(.headline)
                            Text(m.current.amountLabel)
                            Text(m.current.scheduleLabel).font(.subheadline)
                            Text(m.collectionLabel).font(.subheadline)
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
            }
            Section {
                Button(text["medicine-form-add"]) { medicines.add() }
                    .frame(minHeight: 44)
                    .disabled(medicines.busy)
            }
        }
        .navigationTitle(text["nav-more-medicines"])
        .task { if !medicines.loaded { medicines.load() } }
        .sheet(isPresented: addingBinding) {
            if let adding = medicines.adding { MedicineFormScreen(model: adding) { medicines.closeForm() } }
        }
    }

    private var addingBinding: Binding<Bool> {
        Binding(get: { medicines.adding != nil }, set: { if !$0 { medicines.closeForm() } })
    }
}
