/// The address bar `a` opens: a web page's address typed or pasted, saved into the home library
/// in the background on Enter; and the addresses being saved.
public struct AddressBar: Sendable, Equatable {
    /// The address typed.
    public var field = TextField()
    /// True while the bar takes keys.
    public var isEditing = false
    /// The addresses being fetched and saved, oldest first (`saving…` on the status line).
    public var saving: [String] = []

    /// Creates a closed bar.
    public init() {}
}

/// What became of a page the reader asked to save (`Effect.savePage`).
public enum PageSaveResult: Sendable, Equatable {
    /// Saved in the home library: its title, and the file's entries as reading it gave them.
    case saved(title: String, file: SourceEntries)
    /// In the home library already (saved before from this address, or one that redirected to
    /// it): its title and its file's entries.
    case exists(title: String, file: SourceEntries)
    /// Not saved: why, as `folio add` says it on standard error (`URL: REASON`).
    case failed(String)
}
