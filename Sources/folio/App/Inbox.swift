import Foundation

/// Messages from background work to the event loop: posted from any thread, taken on the
/// main thread by the loop's idle tick.
final class Inbox<Message: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []

    /// Adds a message.
    func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// Takes every message posted so far, oldest first.
    func take() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages = []
        return taken
    }
}
