// A helper program for the signal tests: the terminal session folio runs, with an app whose
// work on the key `s` never ends (a main thread stuck, as in a long computation or a wait for a
// lock). A termination signal must still restore the terminal and end the process.
//
//   TerminalProbe   shows `probe ready`; `s` stalls for good; `q` quits
import Screen
import Terminal

#if canImport(Glibc)
    import Glibc
#endif

let terminal = TerminalSession()
var keys = 0
do {
    let end = try terminal.run(
        &keys,
        render: { keys, width, height in
            var buffer = ScreenBuffer(width: width, height: height)
            buffer.write("probe ready, \(keys) keys", x: 0, y: 0, style: .plain)
            return buffer
        },
        handle: { keys, typed in
            for key in typed {
                if key == .character("q") { return .quit }
                if case .resize = key { continue }
                while key == .character("s") { usleep(1_000) }
                keys += 1
            }
            return .continue
        })
    exit(end.exitStatus)
} catch {
    let message = Array("TerminalProbe: \(error)\n".utf8)
    _ = write(2, message, message.count)
    exit(2)
}
