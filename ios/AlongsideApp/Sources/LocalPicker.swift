// A date or time picker that reads and writes the core's local text: "YYYY-MM-DDTHH:MM",
// "YYYY-MM-DD" or "HH:MM", as wall-clock times in her diary's time zone.
//
// Why this exists: the core takes and gives local times as text in the diary's zone, which
// need not be the phone's. The picker shows that zone's clock, so what she picks is what
// the core stores; the core checks it (a time the clocks skip, one that happens twice).
// (Android: LocalDateField.kt.)
import SwiftUI

struct LocalPicker: View {
    enum Shape {
        case dateAndTime, date, time
    }

    let label: String
    @Binding var value: String
    let shape: Shape
    /// The IANA zone the text is in; the phone's zone when `nil` or unknown.
    let zone: String?

    var body: some View {
        DatePicker(label, selection: picked, displayedComponents: components)
            .environment(\.timeZone, timeZone)
            .frame(minHeight: 44)
    }

    private var components: DatePickerComponents {
        switch shape {
        case .dateAndTime: return [.date, .hourAndMinute]
        case .date: return [.date]
        case .time: return [.hourAndMinute]
        }
    }

    private var timeZone: TimeZone {
        zone.flatMap { TimeZone(identifier: $0) } ?? .current
    }

    /// The text as a moment in the zone; now, when the text is empty or can't be read.
    private var picked: Binding<Date> {
        let format = LocalPicker.formatter(shape, timeZone)
        return Binding(
            get: { format.date(from: value) ?? Date() },
            set: { value = format.string(from: $0) }
        )
    }

    /// The core's text form for `shape`, read as wall-clock time in `zone`.
    static func formatter(_ shape: Shape, _ zone: TimeZone) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.calendar = Calendar(identifier: .gregorian)
        f.timeZone = zone
        switch shape {
        case .dateAndTime: f.dateFormat = "yyyy-MM-dd'T'HH:mm"
        case .date: f.dateFormat = "yyyy-MM-dd"
        case .time: f.dateFormat = "HH:mm"
        }
        return f
    }
}

/// A date she may leave empty: a switch with the field's label, and the picker when on.
struct OptionalDatePicker: View {
    let label: String
    @Binding var value: String
    let zone: String?

    var body: some View {
        Toggle(label, isOn: Binding(
            get: { !value.isEmpty },
            set: { on in
                value = on ? LocalPicker.formatter(.date, zone.flatMap { TimeZone(identifier: $0) } ?? .current)
                    .string(from: Date()) : ""
            }
        ))
        .frame(minHeight: 44)
        if !value.isEmpty {
            LocalPicker(label: label, value: $value, shape: .date, zone: zone)
        }
    }
}
