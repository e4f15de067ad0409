import Foundation
import FolioKit
import FolioUI
import Terminal

/// Performs the effects the app state asks for (reading files, loading themes, opening links,
/// keeping the reading state) and feeds the results back as actions, until none are left.
/// Loading articles and searching them run away from the thread that reads keys (see
/// `BackgroundJobs`): what they report late comes in at the idle tick.
struct EffectRunner {
    /// Where themes come from.
    let catalog: ThemeCatalog
    /// The library's files, state database and background work; nil for none (nothing is kept).
    var session: LibrarySession? = nil
    /// Opens links in the browser.
    var browser = BrowserLauncher(environment: ProcessEnvironment.variables())
    /// The terminal a browser that needs one runs in; nil without a screen (`key-timing`).
    var terminal: TerminalSession? = nil
    /// Loading and searching articles away from the thread that reads keys.
    var jobs = BackgroundJobs()
    /// Standard input still being read, if any: its entry is loaded as it grows.
    var standardInput: StandardInput?
    /// Saves web pages into the home library (`a`).
    var pageSaver = ReaderPageSaver(environment: ProcessEnvironment.variables())
    /// Fetches feed items' full texts (`F`) and the subscriptions (`r`).
    var feeds = ReaderFeeds(environment: ProcessEnvironment.variables())

    /// Performs `effects` and those their results ask for (each result's effects before the
    /// next effect); `.quit` when one asks to quit, `.redraw` when one asks for a repaint.
    func perform(_ effects: [Effect], on state: inout AppState) -> LoopControl {
        if let failure = browser.reap().last { state.message = StatusMessage(failure, isError: true) }
        var pending = effects
        var control = LoopControl.continue
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .quit:
                return .quit
            case .redraw:
                control = .redraw
            case .loadArticle(let id):
                guard let entry = state.entries[id] else { break }
                if let standardInput, entry.source == .standardInput, entry.article == nil {
                    // Nothing of standard input parsed yet: it opens when what has arrived is
                    // (`Action.articleUpdated`).
                    standardInput.tick(state, jobs: jobs)
                    break
                }
                let results = jobs.load(
                    entry, limit: session?.sizeLimit ?? .standard, width: state.readerColumnWidth, today: state.today,
                    dates: state.dates)
                pending = results.flatMap { state.reduce($0) } + pending
            case .layOutArticle(let id, let article, let width):
                pending = jobs.layOut(id, article, width: width, today: state.today, dates: state.dates)
                    .flatMap { state.reduce($0) } + pending
            case .searchArticles(let job):
                pending = jobs.search(job).flatMap { state.reduce($0) } + pending
            case .loadTheme(let name):
                let (theme, error) = catalog.theme(named: name)
                pending = state.reduce(.themeLoaded(theme)) + pending
                if let error {
                    state.message = StatusMessage(error.description, isError: true)
                } else {
                    // The theme picked stays for the next start (a broken one is not kept).
                    session?.keepTheme(name, on: &state)
                }
            case .savePage(let url):
                if let session { pageSaver.save(url, for: session) }
            case .fetchFullText(let id):
                guard let session, let entry = state.entries[id], case .file(let path) = entry.source else { break }
                feeds.fetchFullText(
                    path: path, link: entry.article?.url, width: state.readerColumnWidth, today: state.today, dates: state.dates,
                    for: session)
            case .fetchFeeds(let only):
                if let session { feeds.fetch(only: only, for: session) }
            case .openLink(let url):
                if let failure = browser.open(url, in: terminal) { state.message = StatusMessage(failure, isError: true) }
            case .loadSearchHistory where session == nil:
                pending = state.reduce(.searchHistoryLoaded([])) + pending
            default:
                if let session {
                    pending = session.perform(effect, on: &state) + pending
                } else if effect == .rescan {
                    // The bundled samples are no files: nothing can have changed.
                    pending = state.reduce(.rescanFinished(RescanSummary())) + pending
                }
            }
        }
        return control
    }

    /// The event loop's idle tick: reaps the browsers that have ended and applies what
    /// background work reported; `.unchanged` when there was nothing.
    func idle(_ state: inout AppState) -> LoopControl {
        let failure = browser.reap().last
        if let failure { state.message = StatusMessage(failure, isError: true) }
        standardInput?.tick(state, jobs: jobs)
        var control = LoopControl.continue
        let late = jobs.actions.take()
        for action in late where perform(state.reduce(action), on: &state) == .quit { control = .quit }
        guard let session else { return late.isEmpty && failure == nil ? .unchanged : control }
        let changed = session.takeNews(into: &state) { action, state in
            if perform(state.reduce(action), on: &state) == .quit { control = .quit }
        }
        return changed || !late.isEmpty || failure != nil ? control : .unchanged
    }
}
