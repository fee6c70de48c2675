// "I'm not safe right now": every support line, emergency first, each one tap to dial.
//
// Why this exists: the core builds this with no vault and no network (`crisisHelp()`), so it
// opens at once, locked or unlocked, with no signal. A tap opens the phone app with the number
// ready; nothing is dialled without her. (Android: CrisisScreen.kt.)
import AlongsideKit
import SwiftUI

struct CrisisScreen: View {
    let text: UiText
    @Environment(\.openURL) private var openURL

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                // Like every core call it can fail; then the core's words say why, never an
                // empty screen. (Android: crisisScreen() in CrisisLines.kt.)
                switch Result(catching: { try crisisHelp() }) {
                case .failure(let error):
                    Text(text["support-crisis-heading"]).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                    ErrorMessage(message: text.errorText(error))
                case .success(let help):
                    Text(help.heading).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                    Text(help.intro)
                    ForEach(help.contacts, id: \.id) { c in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(c.name).font(.headline)
                            Text(c.about)
                            Text(c.hours).font(.footnote)
                            Button("\(text["support-crisis-call"]) \(c.number)") {
                                if let url = URL(string: "tel:\(c.dial)") { openURL(url) }
                            }
                            .buttonStyle(.borderedProminent)
                        }
                    }
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(24)
        }
    }
}
