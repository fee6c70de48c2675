// Where her vault lives: Application Support/vault.
//
// Why this exists: the folder is excluded from iCloud and computer backups, and its files
// use complete data protection, so iOS keeps them encrypted whenever the phone is locked.
// One place, so nothing else guesses the path. (Android: noBackupFilesDir/vault.)
import Foundation

struct VaultLocation: Sendable {
    let url: URL

    init() {
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        url = support.appendingPathComponent("vault", isDirectory: true)
    }

    var path: String { url.path }

    /// Makes the folder if needed, protects it and everything in it, and keeps it out of
    /// backups. Safe to repeat; call it before creating or opening the vault.
    func prepare() throws {
        let files = FileManager.default
        let complete: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        try files.createDirectory(at: url, withIntermediateDirectories: true, attributes: complete)
        try files.setAttributes(complete, ofItemAtPath: url.path)
        for name in try files.contentsOfDirectory(atPath: url.path) {
            try files.setAttributes(complete, ofItemAtPath: url.appendingPathComponent(name).path)
        }
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        var folder = url
        try folder.setResourceValues(values)
    }
}
