import Foundation
import Testing

@testable import FolioApp

/// folio reads its environment without `ProcessInfo`, and must read the same variables.
@Suite(.serialized) struct ProcessEnvironmentTests {
    @Test func theVariablesAreFoundationsVariables() {
        let variables = ProcessEnvironment.variables()
        #expect(variables == ProcessInfo.processInfo.environment)
        #expect(variables["PATH"] != nil)
    }

    @Test func theVariablesNamedAreTheOnesSet() {
        let variables = ProcessEnvironment.variables("PATH", "FOLIO_TEST_UNSET_VARIABLE")
        #expect(variables == ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "?"])
    }

    @Test func aValueMayHoldEqualsSignsAndUnicode() {
        setenv("FOLIO_TEST_VARIABLE", "a=b=ç", 1)
        defer { unsetenv("FOLIO_TEST_VARIABLE") }
        #expect(ProcessEnvironment.variables()["FOLIO_TEST_VARIABLE"] == "a=b=ç")
    }
}
