// The guidance list in the order the core gives it for her (`guidanceForMe`), one article as
// the core renders it, and every support line.
//
// Why this exists: guidance, support lines and the breastfeeding questions in one place,
// opened from Today. Every word is the core's: articles come with their sources and their
// "checked" and "next check by" dates, and every line is one tap to dial.
// (Android: GuidanceScreen.kt.)
import AlongsideKit
import SwiftUI

/// Keeps one guidance model for as long as its screen is shown (see SupportEntry).
@MainActor
struct GuidanceEntry: View {
    @StateObject private var guidance: GuidanceModel

    init(model: GuidanceModel) {
        _guidance = StateObject(wrappedValue: model)
    }

    var body: some View {
        GuidanceScreen(guidance: guidance)
    }
}

@MainActor
struct GuidanceScreen: View {
    @ObservedObject var guidance: GuidanceModel

    var body: some View {
        let text = guidance.text
        List {
            if let error = guidance.errorText {
                Section { ErrorMessage(message: error) }
            }
            Section {
                Text(text["guidance-screen-intro"])
                NavigationLink(text["guidance-screen-contacts-open"]) { ContactsScreen(text: text) }
            }
            Section {
                ForEach(guidance.articles, id: \.id) { a in
                    NavigationLink {
                        ArticleScreen(text: text, articleId: a.id)
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(a.title).font(.headline)
                            Text(a.summary)
                            Text(a.checkedLabel).font(.footnote)
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
            }
            Section(text["guidance-screen-bf-open"]) {
                Text(text["guidance-screen-bf-open-hint"])
                NavigationLink(text["guidance-bf-title"]) { FeedingScreen(guidance: guidance) }
            }
        }
        .navigationTitle(text["guidance-title"])
        .task { guidance.load() }
    }
}

/// One article, read from the core when it opens.
struct ArticleScreen: View {
    let text: UiText
    let articleId: String
    @State private var article: Article?
    @State private var errorText: String?

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                if let errorText { ErrorMessage(message: errorText) }
                if let a = article {
                    Text(a.title).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                    Text(a.summary)
                    Text(a.checkedLabel).font(.footnote)
                    ForEach(Array(a.sections.enumerated()), id: \.offset) { _, section in
                        GuidanceSectionView(text: text, section: section)
                    }
                    if let net = a.safetyNet {
                        Text(text["alert-safety-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
                        Text(net)
                    }
                    if !a.contacts.isEmpty {
                        Text(text["guidance-screen-contacts-heading"]).font(.headline).accessibilityAddTraits(.isHeader)
                        ForEach(a.contacts, id: \.id) { ContactRow(text: text, contact: $0) }
                    }
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(24)
        }
        .navigationBarTitleDisplayMode(.inline)
        .task {
            let id = articleId
            let result = await Task.detached(priority: .userInitiated) { Result { try guidanceArticle(id: id) } }.value
            switch result {
            case .success(let found): article = found
            case .failure(let error): errorText = text.errorText(error)
            }
        }
    }
}

/// Every support and crisis line. Needs no vault: the compiled-in contacts table.
struct ContactsScreen: View {
    let text: UiText

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(text["guidance-contacts-title"]).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                Text(text["guidance-screen-contacts-intro"])
                ForEach((try? supportContacts()) ?? [], id: \.id) { ContactRow(text: text, contact: $0) }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(24)
        }
    }
}

/// A section heading, its paragraphs and lists (bold runs kept), and its sources.
struct GuidanceSectionView: View {
    let text: UiText
    let section: GuidanceSection

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(section.heading).font(.headline).accessibilityAddTraits(.isHeader)
            ForEach(Array(section.blocks.enumerated()), id: \.offset) { _, block in
                switch block {
                case .paragraph(let rich):
                    RichTextView(rich: rich)
                case .bullets(let items):
                    ForEach(Array(items.enumerated()), id: \.offset) { _, item in
                        RichTextView(rich: item, bullet: true)
                    }
                }
            }
            SourcesView(text: text, sources: section.sources)
        }
    }
}

/// "Where this comes from", then each source's full reference. Nothing when there are none.
struct SourcesView: View {
    let text: UiText
    let sources: [SourceRef]

    var body: some View {
        if !sources.isEmpty {
            VStack(alignment: .leading, spacing: 2) {
                Text(text["alert-sources-heading"]).font(.subheadline.bold())
                ForEach(sources, id: \.id) { Text($0.citation).font(.footnote) }
            }
        }
    }
}

/// A support line: who, what they help with, when they answer, and a call button.
struct ContactRow: View {
    let text: UiText
    let contact: SupportContact
    @Environment(\.openURL) private var openURL

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(contact.name).font(.headline)
            Text(contact.about)
            Text(contact.hours).font(.footnote)
            // Opens the phone app with the number ready: nothing is dialled without her.
            Button("\(text["guidance-screen-call"]) \(contact.number)") {
                if let url = URL(string: "tel:\(contact.dial)") { openURL(url) }
            }
            .buttonStyle(.borderedProminent)
            .accessibilityLabel("\(text["guidance-screen-call"]) \(contact.label)")
        }
    }
}

/// Core-rendered text with its bold runs; `bullet` draws a list marker that is not read aloud.
struct RichTextView: View {
    let rich: RichText
    var bullet = false

    var body: some View {
        rich.runs.reduce(Text(verbatim: bullet ? "•  " : "")) { shown, run in
            shown + (run.strong ? Text(run.text).bold() : Text(run.text))
        }
        .accessibilityLabel(rich.text)
    }
}
