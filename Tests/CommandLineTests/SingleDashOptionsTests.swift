import Testing

@testable import folio

/// An option typed with one dash is named whole, as typed, whatever its letters.
@Suite struct SingleDashOptionsTests {
    @Test("-escalate is named as an unknown option, for every command")
    func namedWhole() throws {
        for arguments in [["search", "-escalate", "x", "a.txt"], ["-escalate", "a.txt"], ["dump", "-format", "json", "a.txt"]] {
            let error = try #require(SingleDashOptions.error(in: arguments), "\(arguments)")
            let word = arguments.first { $0.hasPrefix("-") } ?? ""
            #expect(error.hasPrefix("Error: Unknown option '\(word)' (long options start with --)\nUsage: folio "))
        }
    }

    @Test("clusters of real short flags, numbers, words after -- and long options are left alone")
    func realFlagsPass() {
        #expect(SingleDashOptions.shortFlags(in: SearchCommand.helpMessage(columns: 1000)) == ["w", "s", "e", "c", "h"])
        for arguments in [
            ["search", "-wc", "x", "a.txt"], ["search", "-esc", "x", "a.txt"], ["search", "-50", "a.txt"],
            ["search", "--", "-escalate", "a.txt"], ["dump", "--width", "40", "a.txt"], ["-", "a.txt"], ["-h"],
        ] {
            #expect(SingleDashOptions.error(in: arguments) == nil, "\(arguments)")
        }
    }
}
