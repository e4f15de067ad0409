extension AppState {
    /// The keys that act while the terminal is too small to show anything but the notice
    /// asking for more room: `q`, `Q` and Ctrl-C quit (saving the place, as quitting does),
    /// Ctrl-L repaints the notice. Nothing else acts unseen.
    static let keysWhileTooSmall: [Key: Action] = [
        .character("q"): .forceQuit, .character("Q"): .forceQuit, .control("c"): .forceQuit, .control("l"): .redraw,
    ]

    /// A key pressed while the notice shows; see `keysWhileTooSmall`.
    mutating func handleWhileTooSmall(_ key: Key) -> [Effect] {
        Self.keysWhileTooSmall[key].map { reduce($0) } ?? []
    }
}
