// Something on Today that needs her attention, exactly as the core words it: title, body,
// what to do straight away if something is wrong, and where the advice comes from.
//
// Why this exists: alerts carry clinical statements, so the safety net and sources are
// always shown with them. The core names the action: rebooking picks a new time for a missed
// appointment; showing the medicine opens its details (pharmacy, how it is collected) so she
// knows who to talk to. (Android: AlertCard.kt.)
import AlongsideKit
import SwiftUI

struct AlertCard: View {
    let text: UiText
    let alert: AlongsideKit.Alert
    let enabled: Bool
    let onRebook: (String) -> Void
    let onDismiss: () -> Void
    let onShowMedicine: () -> Void
    /// Opens the article the core names (`articleId`), when there is one.
    let onRead: (String) -> Void
    @State private var picking = false

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(alert.title).font(.headline).accessibilityAddTraits(.isHeader)
            Text(alert.body)
            if let safetyNet = alert.safetyNet {
                Text(text["alert-safety-heading"]).font(.subheadline.weight(.semibold))
                Text(safetyNet).fontWeight(.semibold)
            }
            if !alert.sources.isEmpty {
                Text(text["alert-sources-heading"]).font(.subheadline.weight(.semibold))
                ForEach(alert.sources, id: \.id) { source in
                    Text(source.citation).font(.footnote)
                }
            }
            if let checked = alert.checkedLabel {
                Text(checked).font(.footnote)
            }
            ButtonRow {
                if let action = alert.actionLabel {
                    Button(action) {
                        switch alert.action {
                        case .rebookAppointment: picking = true
                        case .showMedicine: onShowMedicine()
                        }
                    }
                    .buttonStyle(.borderedProminent)
                }
                if let articleId = alert.articleId {
                    Button(text["support-offer-read"]) { onRead(articleId) }.buttonStyle(.bordered)
                }
                if alert.action == .rebookAppointment, let dismiss = alert.dismissLabel {
                    Button(dismiss, action: onDismiss).buttonStyle(.bordered)
                }
            }
            .disabled(!enabled)
        }
        .padding(.vertical, 4)
        .sheet(isPresented: $picking) {
            RebookSheet(
                confirmLabel: alert.actionLabel ?? "",
                cancelLabel: alert.dismissLabel ?? "",
                onPicked: { start in
                    picking = false
                    onRebook(start)
                },
                onCancel: { picking = false }
            )
        }
    }
}
