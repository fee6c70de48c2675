// Buttons side by side when they fit, one under another when they don't (large text).
//
// Why this exists: every action button carries words, and with Dynamic Type those words
// must never be cut off. (Android uses FlowRow.)
import SwiftUI

struct ButtonRow<Content: View>: View {
    @ViewBuilder let content: () -> Content

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8) { content() }
            VStack(alignment: .leading, spacing: 8) { content() }
        }
    }
}
