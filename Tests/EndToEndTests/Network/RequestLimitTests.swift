import Foundation
import Testing

/// The two limits on requests in flight: per host (`--max-per-host`, 2) and in all
/// (`--max-requests`, 32). The fault server holds each answer until as many requests as the
/// test asks for are in flight, or a second has passed, and counts the most it saw at once.
@Suite("requests in flight")
struct RequestLimitTests {
    @Test("at most 2 requests to one host at once by default, and as many as --max-per-host says")
    func perHost() throws {
        let faults = try FaultServer()
        let library = try AddLibrary()
        let run = try library.add((1...6).map { faults.base + "/hold/3/\($0)" })
        #expect(run.status == 0, "\(run.errors)")
        #expect(library.pageNames.count == 6)
        #expect(faults.mostInFlight == 2)

        let more = try FaultServer()
        let three = try AddLibrary().add(["--max-per-host", "3"] + (1...6).map { more.base + "/hold/3/\($0)" })
        #expect(three.status == 0, "\(three.errors)")
        #expect(more.mostInFlight == 3)
    }

    @Test("--max-requests bounds requests in flight over all hosts")
    func overall() throws {
        let faults = try FaultServer()
        let library = try AddLibrary()
        let hosts = ["127.0.0.1", "localhost"]
        let urls = hosts.flatMap { host in (1...4).map { "http://\(host):\(faults.port)/hold/4/\(host)-\($0)" } }
        let run = try library.add(["--max-requests", "3"] + urls)
        #expect(run.status == 0, "\(run.errors)")
        #expect(library.pageNames.count == 8)
        #expect(faults.mostInFlight == 3)
    }
}
