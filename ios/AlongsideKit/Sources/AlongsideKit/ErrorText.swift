// Turns an error from the core into words she can act on.
//
// Why this exists: UniFFI does not carry the core's error messages across the boundary
// (Swift's description is the case's debug form), so each case is looked up in the core's
// copy (`error-*` in core/content/ui/en-GB.ftl) by id. InvalidInput, BundleRefused and
// NeedsConfirmation carry words of their own from the core, shown as they are. Mirrors
// ErrorText.kt on Android.
import Foundation

extension UiText {
    /// Words for `error`, from the core. Errors that are not the core's (the phone's file
    /// system) read as a storage problem, which is what they are.
    public func errorText(_ error: Error) -> String {
        guard let error = error as? AlongsideError else { return self["error-storage"] }
        switch error {
        case .InvalidInput(_, let reason): return reason
        case .WrongPasscode: return self["unlock-wrong"]
        case .TooManyAttempts: return self["unlock-wait"]
        case .NotAVault: return self["error-not-a-vault"]
        case .VaultExists: return self["error-vault-exists"]
        case .KeyFileDamaged: return self["error-key-file-damaged"]
        case .VaultDamaged: return self["error-vault-damaged"]
        case .VaultUnreadable: return self["error-vault-unreadable"]
        case .Locked: return self["error-locked"]
        case .NotFound: return self["error-not-found"]
        case .Storage: return self["error-storage"]
        case .BundleRefused(_, let explanation): return explanation
        case .NeedsConfirmation(let question, _, _): return question
        }
    }
}

/// When the core allows the next passcode try, if it asked for a pause.
public func retryDate(after error: Error, now: Date) -> Date? {
    let seconds: UInt64
    switch error as? AlongsideError {
    case .WrongPasscode(let s)?: seconds = s
    case .TooManyAttempts(let s)?: seconds = s
    default: seconds = 0
    }
    return seconds > 0 ? now.addingTimeInterval(TimeInterval(seconds)) : nil
}

/// Whether `error` means the vault is locked (the app then shows the unlock screen).
public func isLockedError(_ error: Error) -> Bool {
    if case .Locked? = error as? AlongsideError { return true }
    return false
}
