// The core's screen copy (`uiStrings()`), looked up by message id.
//
// Why this exists: every word the app shows comes from the core, so both phones say the
// same reviewed words. A missing id shows as the id itself, the convention the core uses for
// its own messages, so a gap in the copy is visible instead of papered over with words of
// our own. Mirrors android/app/.../UiText.kt.
import Foundation

public struct UiText: Sendable {
    private let messages: [String: String]

    public init(messages: [String: String]) {
        self.messages = messages
    }

    /// Reads the copy from the core. Call it off the main thread.
    public static func load() -> UiText {
        UiText(messages: uiStrings())
    }

    public subscript(_ id: String) -> String {
        messages[id] ?? id
    }
}
