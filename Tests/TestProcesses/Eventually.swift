import Foundation

/// How long a test waits, at most, for something it needs: long enough for a machine whose
/// cores are all busy with other builds. A wait ends as soon as its condition holds, so only a
/// failing test ever waits this long.
public let generousDeadline: Double = 60

/// Checks `condition` every `interval` seconds until it holds (true) or `timeout` seconds have
/// passed (false). Tests wait for a condition this way, never for a time.
@discardableResult
public func eventually(timeout: Double = generousDeadline, every interval: Double = 0.02, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if try condition() { return true }
        if Date() >= deadline { return false }
        usleep(useconds_t(interval * 1_000_000))
    }
}

/// The state of process `pid` as `/proc/PID/stat` gives it (`R` running, `S` sleeping, `T`
/// stopped, `Z` a zombie waiting for its parent, …), nil once it is gone.
public func processState(_ pid: pid_t) -> Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let afterName = stat.range(of: ") ", options: .backwards)
    else { return nil }
    return stat[afterName.upperBound...].first
}

/// True when process `pid` no longer runs: gone, or a zombie.
public func hasEnded(_ pid: pid_t) -> Bool {
    let state = processState(pid)
    return state == nil || state == "Z"
}

/// True while `signal` sent to process `pid` waits to be taken (`SigPnd` and `ShdPnd` in
/// `/proc/PID/status`); false once a thread has taken it, or when the process is gone.
public func isPending(_ signal: Int32, in pid: pid_t) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
    return status.split(separator: "\n").contains { line in
        guard line.hasPrefix("SigPnd:") || line.hasPrefix("ShdPnd:"),
            let mask = UInt64(line.split(separator: "\t").last ?? "", radix: 16)
        else { return false }
        return mask & (1 << UInt64(signal - 1)) != 0
    }
}
