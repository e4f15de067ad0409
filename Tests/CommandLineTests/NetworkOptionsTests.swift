import ArgumentParser
import FolioNet
import Testing

@testable import folio

/// `folio add`'s limits, timeout and trust on the command line: an option given wins over the
/// configuration file's setting for its run; one left out keeps the file's.
@Suite struct NetworkOptionsTests {
    /// Settings as a configuration file might leave them.
    static var configured: FetchSettings {
        var settings = FetchSettings()
        (settings.timeout, settings.maxBytes, settings.caFile) = (5, 1 << 10, "/etc/file.pem")
        (settings.maxRequests, settings.maxRequestsPerHost) = (8, 1)
        return settings
    }

    @Test("options given win; those left out keep the configuration's settings")
    func givenOptionsWin() throws {
        var settings = Self.configured
        try NetworkOptions.parse(["--timeout", "2", "--max-size", "1M"]).apply(to: &settings)
        #expect(settings.timeout == 2 && settings.maxBytes == 1 << 20)
        #expect(settings.maxRequests == 8 && settings.maxRequestsPerHost == 1 && settings.caFile == "/etc/file.pem")
        try NetworkOptions.parse(["--max-requests", "3", "--max-per-host", "2", "--ca-file", "/x.pem"]).apply(to: &settings)
        #expect(settings.maxRequests == 3 && settings.maxRequestsPerHost == 2 && settings.caFile == "/x.pem")
        var untouched = Self.configured
        try NetworkOptions.parse([]).apply(to: &untouched)
        #expect(untouched.timeout == 5 && untouched.maxBytes == 1 << 10 && untouched.maxRequests == 8)
    }

    @Test("values that are no limit are refused", arguments: [
        ["--timeout", "0"], ["--timeout", "inf"], ["--max-size", "lots"], ["--max-size", "0"], ["--max-requests", "0"],
        ["--max-per-host", "0"],
    ])
    func refused(arguments: [String]) {
        #expect(throws: (any Error).self) { try NetworkOptions.parse(arguments) }
    }
}
