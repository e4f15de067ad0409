import Synchronization
import Testing

@testable import FolioNet

/// Requests in flight, counted by the tasks that hold slots.
private final class Counts: Sendable {
    let state = Mutex((inFlight: 0, byHost: [String: Int](), all: 0, oneHost: 0))
}

/// The limits on requests in flight, in all and per host.
@Suite struct RequestSlotsTests {
    /// Runs `hosts.count` requests, each holding its slot until all that can run at once have
    /// started, and returns the most in flight at once, in all and for one host.
    private func most(total: Int, perHost: Int, hosts: [String]) async throws -> (all: Int, oneHost: Int) {
        let slots = RequestSlots(total: total, perHost: perHost)
        let counts = Counts()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for host in hosts {
                group.addTask {
                    try await slots.acquire(host)
                    counts.state.withLock { counts in
                        counts.inFlight += 1
                        counts.byHost[host, default: 0] += 1
                        counts.all = max(counts.all, counts.inFlight)
                        counts.oneHost = max(counts.oneHost, counts.byHost[host, default: 0])
                    }
                    // Let the others start before this one ends.
                    for _ in 0..<20 { await Task.yield() }
                    counts.state.withLock { counts in
                        counts.inFlight -= 1
                        counts.byHost[host, default: 0] -= 1
                    }
                    await slots.release(host)
                }
            }
            try await group.waitForAll()
        }
        return counts.state.withLock { ($0.all, $0.oneHost) }
    }

    @Test("never more than the limit per host")
    func perHost() async throws {
        let result = try await most(total: 32, perHost: 2, hosts: Array(repeating: "a", count: 20))
        #expect(result.oneHost <= 2)
        #expect(result.all <= 2)
    }

    @Test("never more than the limit in all, whatever the hosts")
    func overall() async throws {
        let hosts = (0..<40).map { "host\($0 % 10)" }
        let result = try await most(total: 5, perHost: 2, hosts: hosts)
        #expect(result.all <= 5)
        #expect(result.oneHost <= 2)
    }

    @Test("a waiting request that is cancelled gives up its place")
    func cancelled() async throws {
        let slots = RequestSlots(total: 1, perHost: 1)
        try await slots.acquire("a")
        let waiting = Task { try await slots.acquire("a") }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        await slots.release("a")
        // The slot is free again: taken at once.
        try await slots.acquire("a")
        await slots.release("a")
    }
}
