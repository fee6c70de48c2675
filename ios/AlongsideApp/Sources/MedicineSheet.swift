// One medicine, for an alert that asks her to talk to her pharmacist or prescriber: its
// name, how it is taken, how it is collected and the pharmacy, all in the core's words.
//
// Why this exists: the tolerance warning's action (`AlertAction.showMedicine`). Today's doses
// of it carry the amounts in words, so they are listed under the schedule. A sheet, closed by
// swiping down, because the core has no word for a close button. (Android: MedicineSheet.kt.)
import AlongsideKit
import SwiftUI

struct MedicineSheet: View {
    let text: UiText
    let medicine: Medicine
    let today: [DoseView]

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 8) {
                Text(medicine.name).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                heading(text["medicine-dose"])
                Text(medicine.current.scheduleLabel)
                // The scheduled doses only: logDose takes exactly those.
                ForEach(Array(scheduled.enumerated()), id: \.offset) { _, dose in
                    Text([dose.slotLabel, dose.amountLabel].joined(separator: " · "))
                }
                heading(text["medicine-collected"])
                Text(medicine.collectionLabel)
                if let pharmacy = medicine.pharmacy {
                    heading(text["medicine-pharmacy"])
                    Text(pharmacy)
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(24)
        }
        .presentationDetents([.medium, .large])
        .presentationDragIndicator(.visible)
    }

    private var scheduled: [DoseView] {
        today.filter { $0.medicineId == medicine.id && $0.loggable }
    }

    private func heading(_ title: String) -> some View {
        Text(title).font(.headline).padding(.top, 8).accessibilityAddTraits(.isHeader)
    }
}
