// The settings screen's state and its core calls: what reminders say, her time zone, the
// passcode, a copy of her diary for the share sheet, the service directory (a file, the
// sample, updates), her baby's situation and her dates, and forgetting old entries.
//
// Why this exists: the core builds the whole screen in one call (`settingsView`), with every
// choice and its words; each change is one call, after which the screen is read again.
// Calls run off the main thread. A copy of her diary is written to a file only for the
// share sheet, with complete file protection, and removed when the sheet closes. Locking
// drops this model with the tabs. (Android: SettingsState.kt and SettingsViewModel.kt.)
import AlongsideKit
import Foundation

@MainActor
final class SettingsModel: ObservableObject {
    @Published private(set) var view: SettingsView?
    @Published private(set) var busy = false
    @Published private(set) var errorText: String?
    /// The core's words after a change worked (the passcode changed, a directory checked).
    @Published private(set) var notice: String?
    /// A copy of her diary waiting in the share sheet.
    @Published private(set) var shared: URL?
    /// What forgetting entries older than `forgetMonths` would remove, with the note about
    /// her team, shown until she says yes or no.
    @Published private(set) var forget: ForgetPreview?
    @Published private(set) var forgetMonths: UInt32?

    let text: UiText
    private let session: FeatureSession

    init(session: FeatureSession) {
        self.session = session
        self.text = session.text
    }

    func load() {
        call(changes: false) { _, _ in nil }
    }

    func setWording(_ wording: NotificationWording) {
        call(changes: true) { vault, _ in
            try vault.setNotificationWording(wording: wording)
            return nil
        }
    }

    func setTimeZone(_ zone: String) {
        call(changes: true) { vault, _ in
            try vault.setTimeZone(zone: zone)
            return nil
        }
    }

    /// Changes the passcode; `again` is the new one typed a second time. `done` runs once
    /// it has changed, so the screen can forget what she typed.
    func changePasscode(current: String, new: String, again: String, done: @escaping @MainActor () -> Void) {
        guard let words = view?.passcode else { return }
        guard new == again else {
            errorText = words.mismatch
            return
        }
        call(changes: false) { vault, now in
            try vault.changePasscode(current: current, new: new, now: now, sinceBoot: timeSinceBoot())
            return words.changed
        } done: {
            done()
        }
    }

    /// Writes a copy of her diary to a protected file for the share sheet.
    func export(_ format: ExportFormat) {
        guard !busy else { return }
        busy = true
        errorText = nil
        notice = nil
        let vault = session.vault
        Task {
            let result = await offMain { () throws -> URL in
                let file = try vault.exportFile(format: format, now: Date())
                // A folder of its own, so the file keeps the core's name and nothing else
                // of hers lies beside it.
                let folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent(UUID().uuidString, isDirectory: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let url = folder.appendingPathComponent(file.fileName)
                try Data(file.contents.utf8).write(to: url, options: [.atomic, .completeFileProtection])
                return url
            }
            busy = false
            switch result {
            case .success(let url): shared = url
            case .failure(let error) where isLockedError(error): session.locked()
            case .failure(let error): errorText = text.errorText(error)
            }
        }
    }

    /// The share sheet has closed: the copy is removed from the phone.
    func finishedSharing() {
        guard let url = shared else { return }
        shared = nil
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// Installs a directory from a file she picked. The file is read with a bound (a
    /// directory larger than the core accepts is not read further), then handed to the
    /// core, which checks everything before anything changes.
    func install(from url: URL) {
        call(changes: true) { vault, now in
            let bytes = try readBounded(url, limit: Int(directoryFileLimit()))
            return try vault.importDirectory(bundle: bytes, now: now).summary
        }
    }

    func setSample(_ on: Bool) {
        call(changes: true) { vault, now in
            try vault.setSampleDirectory(on: on, now: now)?.summary
        }
    }

    func setUpdates(_ on: Bool, address: String) {
        call(changes: false) { vault, _ in
            _ = try vault.setDirectoryUpdates(on: on, address: blankIsNone(address))
            return nil
        }
    }

    func checkForUpdate() {
        call(changes: true) { vault, now in
            switch try vault.checkForDirectoryUpdate(now: now) {
            case .updated(_, let message): return message
            case .upToDate(let message): return message
            case .offline(let message): return message
            case .refused(_, let explanation, let message): return "\(message) \(explanation)"
            case .notEnabled(let message): return message
            }
        }
    }

    func setBaby(_ status: BabyStatus, since: String) {
        call(changes: true) { vault, now in
            try vault.setBabyStatus(status: status, since: blankIsNone(since), now: now).message
        }
    }

    func setDates(due: String, born: String) {
        let dates = HerDates(dueDate: blankIsNone(due), babyBorn: blankIsNone(born))
        call(changes: true) { vault, now in
            try vault.setHerDates(dates: dates, now: now).message
        }
    }

    /// She picked how old entries must be before they are forgotten. "Keep everything" is
    /// set at once; any other choice first shows what would go and the note about her team.
    func chooseForget(_ months: UInt32) {
        guard months != 0 else {
            cancelForget()
            call(changes: true) { vault, now in
                _ = try vault.setForgetAfter(months: 0, now: now)
                return nil
            }
            return
        }
        guard !busy else { return }
        busy = true
        errorText = nil
        notice = nil
        let vault = session.vault
        Task {
            let result = await offMain { () throws -> ForgetPreview in
                try vault.forgetPreview(months: months, now: Date())
            }
            busy = false
            switch result {
            case .success(let preview):
                forgetMonths = months
                forget = preview
            case .failure(let error) where isLockedError(error): session.locked()
            case .failure(let error): errorText = text.errorText(error)
            }
        }
    }

    /// Her yes after the preview: the choice is kept, and what is older goes now.
    func confirmForget() {
        guard let months = forgetMonths, let done = view?.forget.done else { return }
        cancelForget()
        call(changes: true) { vault, now in
            let result = try vault.setForgetAfter(months: months, now: now)
            return result.nothing ? result.summary : "\(done)\n\(result.summary)"
        }
    }

    /// She changed her mind at the preview: nothing changes.
    func cancelForget() {
        forget = nil
        forgetMonths = nil
    }

    /// Runs `work` (which returns the core's words to show, if any), then reads the screen
    /// again. A change refreshes Today and the reminders too.
    private func call(
        changes: Bool,
        _ work: @escaping @Sendable (Vault, Date) throws -> String?,
        done: @escaping @MainActor () -> Void = {}
    ) {
        guard !busy else { return }
        busy = true
        errorText = nil
        notice = nil
        let vault = session.vault
        Task {
            let result = await offMain { () throws -> Read in
                let now = Date()
                let said = try work(vault, now)
                return Read(notice: said, view: try vault.settingsView(now: now))
            }
            busy = false
            switch result {
            case .success(let read):
                view = read.view
                notice = read.notice
                if changes { session.changed() }
                done()
            case .failure(let error) where isLockedError(error):
                session.locked()
            case .failure(let error):
                errorText = text.errorText(error)
            }
        }
    }

    private struct Read: Sendable {
        let notice: String?
        let view: SettingsView
    }
}

/// Reads at most `limit + 1` bytes of the file she picked: enough for the core to see a
/// file is too large and refuse it in her words, never more. Blocking.
func readBounded(_ url: URL, limit: Int) throws -> Data {
    // A file picked in the Files app is outside the app's sandbox until asked for.
    let granted = url.startAccessingSecurityScopedResource()
    let read = Result { () throws -> Data in
        let reader = try FileHandle(forReadingFrom: url)
        let bytes = Result { try reader.read(upToCount: limit + 1) ?? Data() }
        try? reader.close()
        return try bytes.get()
    }
    if granted { url.stopAccessingSecurityScopedResource() }
    return try read.get()
}
