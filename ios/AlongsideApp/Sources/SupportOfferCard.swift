// One support-mode offer for her own care, exactly as the core words it, with where its
// advice comes from.
//
// Why this exists: while her baby is not with her, Today offers her own care instead of
// baby-feeding prompts. The core decides which offers show and drafts the 6 to 8 week
// check; the card only renders: "Read more" opens the article the core names, and the other
// button saves the core's draft.
// (Android: SupportOfferCard.kt.)
import AlongsideKit
import SwiftUI

struct SupportOfferCard: View {
    let offer: SupportOffer
    let enabled: Bool
    let onAddAppointment: () -> Void
    let onRead: () -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(offer.title).font(.headline).accessibilityAddTraits(.isHeader)
            Text(offer.body)
            // When the check is due (6 to 8 weeks after the birth), or how to get the dates.
            if let when = offer.whenLabel {
                Text(when)
            }
            ForEach(offer.sources, id: \.id) { source in
                Text(source.citation).font(.footnote)
            }
            if let checked = offer.checkedLabel {
                Text(checked).font(.footnote)
            }
            Button(offer.readLabel, action: onRead)
                .buttonStyle(.borderless)
                .disabled(!enabled)
            if let action = offer.actionLabel, offer.appointment != nil {
                Button(action, action: onAddAppointment)
                    .buttonStyle(.bordered)
                    .disabled(!enabled)
            }
        }
        .padding(.vertical, 4)
    }
}
