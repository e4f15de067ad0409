import FolioKit

/// What a terminal below 40×10 shows: a centred request for more room, and the one thing
/// keys do meanwhile (see `AppState.keysWhileTooSmall`).
enum TooSmallNotice {
    static func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let lines = [
            "Terminal too small",
            "\(buffer.width)×\(buffer.height), need \(ScreenGeometry.minimumWidth)×\(ScreenGeometry.minimumHeight)",
            "q quits",
        ]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + offset, style: theme[offset == 0 ? .error : .status])
        }
    }
}
