import Foundation

/// A counter shared with background work: each new library search takes the next number,
/// and a search whose number is no longer the latest stops.
final class Generation: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The latest number.
    var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Makes `number` the latest, unless a later one is.
    func advance(to number: Int) {
        lock.lock()
        value = max(value, number)
        lock.unlock()
    }

    /// Takes the next number and returns it.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
