// Services near her, from the directory installed on the phone: its status line, a search by
// words and kinds of help, what the core found, and the places where several services meet
// over the next days (how many is the core's), so one trip can cover more than one need. A tap shows a service or
// a place in full.
//
// Why this exists: "too many appointments in too many places". Every word, match, order and
// "one place" day is the core's; this screen renders and forwards taps. No location is asked
// for. A call opens the phone app with the number ready; nothing is dialled without her.
// (Android: ServicesScreen.kt.)
import AlongsideKit
import SwiftUI

@MainActor
struct ServicesScreen: View {
    @ObservedObject var services: ServicesModel

    var body: some View {
        let text = services.text
        List {
            if let error = services.errorText {
                Section { ErrorMessage(message: error) }
            }
            if services.busy && !services.loaded {
                Section { ProgressView() }
            } else if services.loaded && services.status == nil {
                Section {
                    Text(text["directory-none"]).font(.headline)
                    Text(text["services-screen-none-help"])
                }
            } else if let status = services.status {
                Section {
                    Text(status.summary)
                    Text(status.issuedLabel).font(.footnote)
                }
                Section {
                    TextField(text["services-screen-search-label"], text: $services.words)
                        .submitLabel(.search)
                        .onSubmit { services.search() }
                }
                Section(text["services-screen-categories"]) {
                    ForEach(services.kinds, id: \.label) { kind in
                        let ticked = services.categories.contains(kind.category)
                        Button {
                            services.categories.formSymmetricDifference([kind.category])
                        } label: {
                            HStack {
                                Text(kind.label).foregroundStyle(.primary)
                                Spacer()
                                if ticked { Image(systemName: "checkmark").accessibilityHidden(true) }
                            }
                        }
                        .accessibilityAddTraits(ticked ? .isSelected : [])
                    }
                }
                Section {
                    BusyButton(label: text["services-screen-search-button"], busy: services.busy, enabled: true) {
                        services.search()
                    }
                }
                Section(text["services-screen-results"]) {
                    if services.results.isEmpty { Text(text["directory-no-results"]) }
                    ForEach(services.results, id: \.id) { r in
                        NavigationLink {
                            ServiceDetailView(services: services, service: r)
                        } label: {
                            ServiceRow(text: text, service: r)
                        }
                        .accessibilityHint(text["services-screen-see-service"])
                    }
                }
                Section {
                    // How far ahead the list looks is the core's, and so are these words.
                    Text(services.screen?.hubsIntro ?? "")
                    if services.hubs.isEmpty { Text(services.screen?.noHubs ?? "") }
                    ForEach(services.hubs, id: \.venue.id) { h in
                        NavigationLink {
                            VenueScreen(services: services, venueId: h.venue.id)
                        } label: {
                            HubRow(text: text, hub: h)
                        }
                        .accessibilityHint(text["services-screen-see-place"])
                    }
                } header: {
                    Text(text["services-screen-hubs-heading"])
                }
            }
        }
        .navigationTitle(text["services-screen-title"])
        .task { if !services.loaded { services.search() } }
    }
}

/// One service found, in the core's words.
private struct ServiceRow: View {
    let text: UiText
    let service: ServiceResult

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(service.name).font(.headline)
            Text(service.organisation)
            Text(service.categoryLabel).font(.footnote)
            if service.sessions.isEmpty { Text(text["services-screen-no-place"]).font(.footnote) }
            ForEach(Array(service.sessions.enumerated()), id: \.offset) { _, s in
                Text("\(s.venueName): \(s.daysLabel), \(s.timeLabel)").font(.footnote)
            }
            if let phone = service.phone { Text(phone) }
            if service.sample { Text(text["directory-sample-badge"]).font(.footnote) }
        }
    }
}

/// One place and what meets there on each date the core found.
private struct HubRow: View {
    let text: UiText
    let hub: VenueHub

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(hub.venue.name).font(.headline)
            Text("\(hub.venue.address), \(hub.venue.postcode)")
            ForEach(hub.needsCoveredLabels, id: \.self) { Text($0).font(.footnote) }
            ForEach(hub.days, id: \.date) { d in
                Text(d.dateLabel).font(.subheadline.bold())
                if d.hubDay { Text(text["directory-hub-day"]).font(.footnote) }
                ForEach(Array(d.sessions.enumerated()), id: \.offset) { _, s in
                    Text("\(s.serviceName): \(s.timeLabel). \(s.accessLabel)").font(.footnote)
                }
            }
            if hub.sample { Text(text["directory-sample-badge"]).font(.footnote) }
        }
    }
}

/// One service in full, from the record the search returned.
private struct ServiceDetailView: View {
    @ObservedObject var services: ServicesModel
    let service: ServiceResult
    @Environment(\.openURL) private var openURL

    var body: some View {
        let text = services.text
        List {
            Section {
                Text(service.organisation).font(.headline)
                Text(service.categoryLabel)
                if service.sample { Text(text["directory-sample-badge"]) }
                Text(service.description)
                Text(service.referralLabel)
                if let eligibility = service.eligibility { Text(eligibility) }
                if !service.languages.isEmpty {
                    LabeledContent(text["services-screen-languages"], value: service.languages.joined(separator: ", "))
                }
                if let phone = service.phone, let dial = service.phoneDial, let url = URL(string: "tel:\(dial)") {
                    Button("\(text["support-crisis-call"]) \(phone)") { openURL(url) }
                }
                if let web = service.web {
                    LabeledContent(text["services-screen-website"], value: web)
                }
            }
            Section(text["services-screen-where"]) {
                if service.sessions.isEmpty { Text(text["services-screen-no-place"]) }
                ForEach(Array(service.sessions.enumerated()), id: \.offset) { _, s in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(s.venueName).font(.headline)
                        SessionLines(session: s)
                        NavigationLink(text["services-screen-see-place"]) {
                            VenueScreen(services: services, venueId: s.venueId)
                        }
                        .accessibilityLabel("\(text["services-screen-see-place"]): \(s.venueName)")
                    }
                }
            }
        }
        .navigationTitle(service.name)
    }
}

/// One place and everything that meets there (`venue(id)`), read when it is shown.
struct VenueScreen: View {
    @ObservedObject var services: ServicesModel
    let venueId: String

    var body: some View {
        let text = services.text
        List {
            if let error = services.errorText {
                Section { ErrorMessage(message: error) }
            }
            if let d = services.venue, d.venue.id == venueId {
                Section {
                    Text("\(d.venue.address), \(d.venue.postcode)")
                    if d.sample { Text(text["directory-sample-badge"]) }
                    if d.venue.stepFree { Text(text["services-screen-step-free"]) }
                    if let access = d.venue.accessibility { Text(access) }
                    if let transport = d.venue.transport {
                        LabeledContent(text["services-screen-getting-there"], value: transport)
                    }
                }
                Section(text["services-screen-meets-here"]) {
                    ForEach(d.categoryLabels, id: \.self) { Text($0).font(.footnote) }
                    ForEach(Array(d.sessions.enumerated()), id: \.offset) { _, s in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(s.serviceName).font(.headline)
                            Text(s.categoryLabel).font(.footnote)
                            SessionLines(session: s)
                        }
                    }
                }
                .navigationTitle(d.venue.name)
            } else if services.busy {
                Section { ProgressView() }
            }
        }
        .task { services.showVenue(venueId) }
    }
}

/// When a session meets, how to get in, and the directory's notes, in the core's words.
private struct SessionLines: View {
    let session: SessionView

    var body: some View {
        Text(session.daysLabel)
        Text(session.timeLabel)
        Text(session.accessLabel)
        if let notes = session.notes { Text(notes).font(.footnote) }
    }
}

/// Keeps one services model for as long as its screen is shown (as SupportEntry does).
@MainActor
struct ServicesEntry: View {
    @StateObject private var services: ServicesModel

    init(model: ServicesModel) {
        _services = StateObject(wrappedValue: model)
    }

    var body: some View {
        ServicesScreen(services: services)
    }
}
