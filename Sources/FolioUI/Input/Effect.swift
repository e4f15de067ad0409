/// Work the reducer asks the wiring to do; results come back as actions.
public enum Effect: Sendable, Equatable {
    /// Read and parse entry `index`'s file; send back `Action.articleLoaded(index, article)` or
    /// `Action.loadFailed(index, message)`.
    case loadArticle(Int)
    /// Load the theme named so; send back `Action.themeLoaded(theme)`.
    case loadTheme(String)
    /// Open an address in the browser, without waiting for it; the address is absolute and
    /// http, https or mailto (`LinkTarget` has checked it). A failure is shown in the status line.
    case openLink(String)
    /// Quit folio.
    case quit
}
