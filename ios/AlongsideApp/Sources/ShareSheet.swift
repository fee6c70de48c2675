// The system share sheet for one file: she chooses where a copy of her diary goes.
//
// Why this exists: nothing leaves the phone without her yes, and the share sheet is that
// yes for a copy of her diary. UIActivityViewController says when it closes, whatever she
// chose, so the file can be removed then. (Android: an ACTION_SEND chooser.)
import SwiftUI
import UIKit

struct ShareSheet: UIViewControllerRepresentable {
    let url: URL
    let onDone: () -> Void

    func makeUIViewController(context: Context) -> UIActivityViewController {
        let sheet = UIActivityViewController(activityItems: [url], applicationActivities: nil)
        sheet.completionWithItemsHandler = { _, _, _, _ in onDone() }
        return sheet
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: Context) {}
}
