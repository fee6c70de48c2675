// What a feature model needs from the open diary: the vault, the core's copy, and two ways
// back to the app model.
//
// Why this exists: the vault session stays in AppModel; a feature model (diary, medicines,
// settings) only borrows the handle while its tab is shown. When it changes her diary,
// Today and the phone's reminders are read afresh; when the core says the vault is locked,
// the app shows the unlock screen. Core calls block, so they run off the main actor
// (`offMain`), as in every model. (Android: AppSession.kt.)
import AlongsideKit
import Foundation

struct FeatureSession {
    let vault: Vault
    let text: UiText
    /// Something in her diary changed: Today and the reminders are read again.
    let changed: @MainActor () -> Void
    /// The core said the vault is locked: the unlock screen replaces everything.
    let locked: @MainActor () -> Void
}

/// Runs one blocking core call off the main thread. `T: Sendable` because the result
/// crosses back from the detached task to the model on the main actor.
func offMain<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> Result<T, Error> {
    await Task.detached(priority: .userInitiated) { Result { try work() } }.value
}
