import FolioKit

/// The line between the list and the reader side by side, with an arrow halfway down that
/// points at the pane with focus (`◀` the list, `▶` the reader), as tmux's pane-border
/// arrows do: text, so it shows in every theme and without colour.
enum PaneDivider {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, x: Int, height: Int) {
        let style = state.theme[.list]
        for y in 0..<height { buffer.write("│", x: x, y: y, style: style) }
        if height > 0 { buffer.write(state.listHasFocus ? "◀" : "▶", x: x, y: height / 2, style: style) }
    }
}
