import Foundation
import FolioKit
import FolioStore
import FolioUI

/// `folio key-timing --script FILE PATH...` (hidden; used by `scripts/bench`): opens a library
/// as `folio PATH...` does, then feeds the keys of a script to the app without a terminal and
/// prints how long each key took, from the moment it is read to its frame written: the key, the
/// effects it asked for (a reading place to keep is handed to a queue of its own, as in the
/// terminal), the render of the whole screen and the drawing of what changed (as the terminal
/// works it out, into memory). The start is `folio PATH...`'s (`HeadlessReader`), in a screen of
/// `--width` by `--height`.
/// Background work a key starts (loading an article, a search) goes on as it does in the
/// terminal; the time until it is done and drawn is reported too (`settled_*`), and the time
/// each lot of its news (a search's streamed counts) took to take in and draw (`lot_*`, with
/// `lots`, their number: a key pressed meanwhile waits for the lot in hand). Output is
/// one JSON object per script label: keys, p50, p99 and max in milliseconds, wall and CPU time
/// of the thread, and the settled wall times; then one with the start-up time (wall, and CPU of
/// every thread; the library's background reading included), the time to work out the reading
/// place at the open article's end as quitting keeps it (`place_ms`, off the keys' thread), and
/// the peak resident memory.
/// The state database is the user's (`XDG_STATE_HOME`), as for `folio PATH...`.
///
/// Script lines: `LABEL KEY KEY ...`; a key is a character or one of `<tab> <esc> <enter>
/// <bs> <space> <pgdn> <pgup> <down> <up> <home> <end>`. Lines with the same label are
/// reported together; labels starting with `-` are set-up: their keys run but are not
/// reported. `#` starts a comment line.
public enum KeyTiming {
    /// A word of the script that names no key.
    public struct UnknownKey: Error, CustomStringConvertible {
        /// The word.
        public var word: String
        /// The error in words.
        public var description: String { "unknown key '\(word)'" }
    }

    /// Runs the key script at `script` on the articles under `paths` in a `width` by `height`
    /// screen, and prints the figures.
    public static func run(script: String, width: Int, height: Int, paths: [String]) throws {
        let lines = try String(contentsOfFile: script, encoding: .utf8).split(separator: "\n")
        let clock = ContinuousClock()
        let started = clock.now
        // The start of `folio PATH...`, then until the background reading is done.
        let reader = try HeadlessReader(ReaderOptions(paths: paths), width: width, height: height)
        reader.settle(timeout: 600)
        let startup = clock.now - started
        let startupCPU = KeyTiming.processCPUMilliseconds()

        var times: [Substring: [Double]] = [:]
        var cpuTimes: [Substring: [Double]] = [:]
        var settledTimes: [Substring: [Double]] = [:]
        var lotTimes: [Substring: [Double]] = [:]
        var lotCPUTimes: [Substring: [Double]] = [:]
        var labels: [Substring] = []
        for line in lines where !line.hasPrefix("#") {
            let words = line.split(separator: " ")
            guard let label = words.first else { continue }
            if times[label] == nil { labels.append(label) }
            for word in words.dropFirst() {
                guard let key = KeyTiming.key(word) else { throw UnknownKey(word: String(word)) }
                let before = clock.now
                let cpuBefore = KeyTiming.threadCPUMilliseconds()
                if !reader.press(key) { break }
                times[label, default: []].append(KeyTiming.milliseconds(clock.now - before))
                cpuTimes[label, default: []].append(KeyTiming.threadCPUMilliseconds() - cpuBefore)
                // Until the key's background work is done, each lot of news it brings (an
                // article loaded, a search's counts) taken in and drawn, as the terminal does.
                let deadline = clock.now + .seconds(600)
                while !reader.state.isSettled, !reader.hasQuit, clock.now < deadline {
                    let cpuBeforeLot = KeyTiming.threadCPUMilliseconds()
                    guard let lot = reader.drawNews(waiting: 0.05) else { continue }
                    lotTimes[label, default: []].append(KeyTiming.milliseconds(lot))
                    // The wait for news takes no CPU time.
                    lotCPUTimes[label, default: []].append(KeyTiming.threadCPUMilliseconds() - cpuBeforeLot)
                }
                reader.settle(timeout: 600)
                settledTimes[label, default: []].append(KeyTiming.milliseconds(clock.now - before))
            }
        }
        var output = StandardOutput()
        for label in labels where !label.hasPrefix("-") {
            guard let wall = times[label], let cpu = cpuTimes[label], let settled = settledTimes[label] else { continue }
            var lots = ""
            if let lot = lotTimes[label], let lotCPU = lotCPUTimes[label] {
                lots = ",\"lots\":\(lot.count),\(KeyTiming.summary(lot, "lot_")),\(KeyTiming.summary(lotCPU, "lot_cpu_"))"
            }
            output.write(
                "{\"label\":\"\(label)\",\"keys\":\(wall.count),\(KeyTiming.summary(wall, "")),"
                    + "\(KeyTiming.summary(cpu, "cpu_")),\(KeyTiming.summary(settled, "settled_"))\(lots)}\n")
        }
        var atEnd = reader.state
        _ = atEnd.reduce(.scrollEnd(bottom: true))
        let placed = clock.now
        KeyTiming.placeToSave(atEnd)
        let place = String(format: "%.3f", KeyTiming.milliseconds(clock.now - placed))
        let startupText = [KeyTiming.milliseconds(startup), startupCPU].map { String(format: "%.1f", $0) }
        output.write(
            "{\"label\":\"start\",\"articles\":\(reader.state.entries.count),\"startup_ms\":\(startupText[0]),"
                + "\"startup_cpu_ms\":\(startupText[1]),\"place_ms\":\(place),\"peak_kib\":\(KeyTiming.peakKiB())}\n")
        output.flush()
    }

    /// The reading place of the open article as quitting or leaving it saves it (the work of
    /// `Effect.savePosition` but the write).
    @discardableResult
    static func placeToSave(_ state: AppState) -> ReadingAnchor? {
        guard let article = state.reader.layout?.article else { return nil }
        return ReadingPlace.anchor(state.reader.anchor, in: article)
    }

    /// The key a script word names.
    static func key(_ word: Substring) -> Key? {
        let named: [Substring: Key] = [
            "<tab>": .tab, "<esc>": .escape, "<enter>": .enter, "<bs>": .backspace, "<space>": .character(" "),
            "<pgdn>": .pageDown, "<pgup>": .pageUp, "<down>": .down, "<up>": .up, "<home>": .home, "<end>": .end,
        ]
        if let key = named[word] { return key }
        return word.count == 1 ? word.first.map(Key.character) : nil
    }

    /// `"p50_ms":…,"p99_ms":…,"max_ms":…` for a list of times, the names prefixed.
    static func summary(_ times: [Double], _ prefix: String) -> String {
        let sorted = times.sorted()
        func figure(_ name: String, _ fraction: Double) -> String {
            let index = min(sorted.count - 1, max(0, Int((Double(sorted.count) * fraction).rounded(.up)) - 1))
            return "\"\(prefix)\(name)_ms\":" + String(format: "%.3f", sorted[index])
        }
        return [figure("p50", 0.5), figure("p99", 0.99), figure("max", 1)].joined(separator: ",")
    }

    /// CPU time of the calling thread so far, in milliseconds: unlike wall time, it does not
    /// count the time other processes had the core.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    /// CPU time of the whole process so far (every thread, user and system), in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    /// The process's peak resident memory (VmHWM), in KiB; 0 when unknown.
    static func peakKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
