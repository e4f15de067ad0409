import ArgumentParser
import FolioApp

/// Runs a command of `FolioApp`, its `ExitStatus` becoming ArgumentParser's exit code; other
/// errors go on as they are.
func exiting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let status as ExitStatus {
        throw ExitCode(status.code)
    }
}
