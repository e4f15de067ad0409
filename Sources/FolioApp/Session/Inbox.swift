import Foundation

/// Messages from background work to the event loop: posted from any thread, taken on the
/// main thread by the loop's idle tick, which `wake` (when set) runs at once.
final class Inbox<Message: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    private var wakes: (@Sendable () -> Void)?

    /// Called after each post, from the posting thread: wakes the event loop.
    var wake: (@Sendable () -> Void)? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return wakes
        }
        set {
            lock.lock()
            wakes = newValue
            lock.unlock()
        }
    }

    /// Adds a message.
    func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        let wake = wakes
        lock.unlock()
        wake?()
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
