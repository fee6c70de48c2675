// Puts the core's reminders for the next 14 days into iOS's notification schedule.
//
// Why this exists: the core decides which reminders exist, when they fire and what they
// say (discreet unless she chose otherwise); this only hands them to iOS. Each request's
// identifier is the reminder's stable id, so scheduling again replaces rather than doubles,
// and requests the core no longer returns are removed; `clear` removes them all when her
// diary is deleted. (Android: ReminderScheduler.kt.)
import AlongsideKit
import Foundation
import UserNotifications

struct ReminderScheduler: Sendable {
    /// How far ahead to ask the core for reminders.
    static let window: TimeInterval = 14 * 24 * 60 * 60
    /// iOS keeps at most 64 pending notifications per app; the rest are set at a later
    /// reschedule, long before they are due.
    private static let limit = 64

    /// Replaces the pending notifications with `reminders` (in firing order, as the core
    /// returns them).
    func reschedule(_ reminders: [Reminder]) async {
        let center = UNUserNotificationCenter.current()
        let wanted = Array(reminders.prefix(Self.limit))
        let ids = Set(wanted.map(\.id))
        let stale = await center.pendingNotificationRequests().map(\.identifier).filter { !ids.contains($0) }
        center.removePendingNotificationRequests(withIdentifiers: stale)
        for reminder in wanted {
            let seconds = reminder.fireAt.timeIntervalSinceNow
            guard seconds > 0 else { continue }
            let content = UNMutableNotificationContent()
            content.title = reminder.title
            content.body = reminder.body
            content.sound = .default
            let trigger = UNTimeIntervalNotificationTrigger(timeInterval: seconds, repeats: false)
            try? await center.add(UNNotificationRequest(identifier: reminder.id, content: content, trigger: trigger))
        }
    }

    /// Removes every reminder, pending and shown: her diary has been deleted.
    func clear() {
        let center = UNUserNotificationCenter.current()
        center.removeAllPendingNotificationRequests()
        center.removeAllDeliveredNotifications()
    }

    /// Asks once whether the app may show reminders; iOS supplies the words. If she says no,
    /// the app does not ask again (she can change it in Settings).
    func askOnce() async {
        let key = "asked-notifications"
        guard !UserDefaults.standard.bool(forKey: key) else { return }
        UserDefaults.standard.set(true, forKey: key)
        _ = try? await UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound])
    }
}
