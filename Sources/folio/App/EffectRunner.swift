import Foundation
import FolioKit
import FolioUI
import Terminal

/// Performs the effects the app state asks for (reading files, loading themes, opening links)
/// and feeds the results back as actions, until none are left.
struct EffectRunner {
    /// Where themes come from.
    let catalog: ThemeCatalog
    /// Opens links in the browser.
    let browser = BrowserLauncher(environment: ProcessInfo.processInfo.environment)

    /// Performs `effects` and those their results ask for; `.quit` when one asks to quit.
    func perform(_ effects: [Effect], on state: inout AppState) -> LoopControl {
        if let failure = browser.reap().last { state.message = StatusMessage(failure, isError: true) }
        var pending = effects
        while !pending.isEmpty {
            switch pending.removeFirst() {
            case .quit:
                return .quit
            case .loadArticle(let index):
                pending += state.reduce(Library.load(index, of: state.entries))
            case .loadTheme(let name):
                let (theme, error) = catalog.theme(named: name)
                pending += state.reduce(.themeLoaded(theme))
                if let error { state.message = StatusMessage(error.description, isError: true) }
            case .openLink(let url):
                if let failure = browser.open(url) { state.message = StatusMessage(failure, isError: true) }
            }
        }
        return .continue
    }
}
