/// Limits requests in flight: at most `total` at once, and at most `perHost` to one host.
/// Waiting requests get a slot in the order they asked, each as soon as its host has room.
actor RequestSlots {
    private let total: Int
    private let perHost: Int
    private var inFlight = 0
    private var byHost: [String: Int] = [:]
    private var waiting: [(id: UInt64, host: String, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID: UInt64 = 0

    /// Slots for at most `total` requests at once and `perHost` to one host (each at least 1).
    init(total: Int, perHost: Int) {
        self.total = max(1, total)
        self.perHost = max(1, perHost)
    }

    /// Waits for a slot for a request to `host`; throws `CancellationError` when the task is
    /// cancelled while it waits. Every slot taken must be given back with `release(_:)`.
    func acquire(_ host: String) async throws {
        try Task.checkCancellation()
        if waiting.isEmpty && hasRoom(host) {
            take(host)
            return
        }
        nextID += 1
        let id = nextID
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiting.append((id, host, continuation))
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    /// Gives back a slot taken for `host`, and hands free slots to those waiting.
    func release(_ host: String) {
        inFlight -= 1
        byHost[host, default: 1] -= 1
        if byHost[host] == 0 { byHost[host] = nil }
        var index = 0
        while index < waiting.count && inFlight < total {
            if hasRoom(waiting[index].host) {
                let waiter = waiting.remove(at: index)
                take(waiter.host)
                waiter.continuation.resume()
            } else {
                index += 1
            }
        }
    }

    private func hasRoom(_ host: String) -> Bool {
        inFlight < total && byHost[host, default: 0] < perHost
    }

    private func take(_ host: String) {
        inFlight += 1
        byHost[host, default: 0] += 1
    }

    private func cancel(_ id: UInt64) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
