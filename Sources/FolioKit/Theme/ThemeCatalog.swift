import Foundation

/// The themes folio can use: the ones shipped in the binary, and the user's own from
/// `$XDG_CONFIG_HOME/folio/themes/*.toml` (default `~/.config/folio/themes`), which add to
/// them or, under the same name, replace them.
///
/// Loading never leaves the caller without a theme: a theme that can't be read comes back as
/// the default theme together with the error to show.
public struct ThemeCatalog: Sendable {
    /// Where a theme comes from.
    public enum Origin: Sendable, Equatable {
        /// Shipped with folio.
        case bundled
        /// A file in the user's theme folder, at this path.
        case user(path: String)
    }

    /// The name of the theme folio uses when none is asked for.
    public static let defaultName = "default"

    /// The user's theme folder, whether or not it exists; nil when neither `XDG_CONFIG_HOME`
    /// nor `HOME` is set.
    public let userDirectory: String?

    /// Every theme's name, in cycling order: `default` first, then the rest alphabetically.
    public let names: [String]

    /// Notes on the `.toml` entries of the user's theme folder that are not files (a FIFO, a
    /// folder, a dangling link) and were skipped without being opened, e.g.
    /// `theme 'pipe.toml' skipped: not a regular file`.
    public let skipped: [String]

    /// The TOML text of the shipped default theme, which replaces a theme that can't be loaded.
    private let defaultText: String?

    /// Each theme's TOML text, or why its file could not be read, and where it comes from.
    private let entries: [String: Entry]

    private struct Entry: Sendable {
        var origin: Origin
        var text: Result<String, ThemeError>
        var file: String
    }

    /// Reads the user's theme folder as `environment` (usually the process's) locates it.
    public init(environment: [String: String]) {
        self.init(bundled: BundledThemes.all, userDirectory: ThemeCatalog.userDirectory(in: environment))
    }

    /// A catalog of the given bundled themes (name to TOML text) and the themes in
    /// `userDirectory`.
    public init(bundled: [String: String], userDirectory: String?) {
        var entries: [String: Entry] = [:]
        var skipped: [String] = []
        for (name, text) in bundled {
            entries[name] = Entry(origin: .bundled, text: .success(text), file: "\(name).toml")
        }
        if let userDirectory {
            for (file, isFile) in ThemeCatalog.names(in: userDirectory) where file.hasSuffix(".toml") && !file.hasPrefix(".") {
                let path = userDirectory.hasSuffix("/") ? userDirectory + file : userDirectory + "/" + file
                guard isFile else {
                    skipped.append("theme '\(PathBytes.escaped(path))' skipped: not a regular file")
                    continue
                }
                let name = String(file.dropLast(".toml".count))
                entries[name] = Entry(origin: .user(path: path), text: ThemeCatalog.read(path, file: path), file: path)
            }
        }
        self.skipped = skipped
        self.userDirectory = userDirectory
        self.defaultText = bundled[ThemeCatalog.defaultName]
        self.entries = entries
        let others = entries.keys.filter { $0 != ThemeCatalog.defaultName }.sorted()
        self.names = (entries[ThemeCatalog.defaultName] == nil ? [] : [ThemeCatalog.defaultName]) + others
    }

    // MARK: - Looking themes up

    /// Where the theme called `name` comes from; nil if there is none.
    public func origin(of name: String) -> Origin? { entries[name]?.origin }

    /// The theme called `name`, or the error that stopped it from loading.
    public func load(named name: String) throws(ThemeError) -> Theme {
        guard let entry = entries[name] else {
            throw ThemeError(file: nil, line: nil, problem: .notFound(name: name, available: names))
        }
        return try ThemeCatalog.theme(entry.text.get(), name: name, file: entry.file)
    }

    /// The theme called `name`. If it can't be loaded, the default theme with the error: a
    /// theme that exists but is broken keeps its name (so that cycling moves on past it),
    /// an unknown name gives the default theme under its own name.
    public func theme(named name: String) -> (theme: Theme, error: ThemeError?) {
        do {
            return (try load(named: name), nil)
        } catch {
            var theme = fallback
            if entries[name] != nil { theme.name = name }
            return (theme, error)
        }
    }

    /// The theme `--theme` asks for: a file if `nameOrPath` contains `/` or ends in `.toml`,
    /// otherwise a theme name. Falls back like `theme(named:)`.
    public func resolve(_ nameOrPath: String) -> (theme: Theme, error: ThemeError?) {
        guard ThemeCatalog.isPath(nameOrPath) else { return theme(named: nameOrPath) }
        let name = ((nameOrPath as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            let text = try ThemeCatalog.read(nameOrPath, file: nameOrPath).get()
            return (try ThemeLoader.parse(text, name: name, file: nameOrPath), nil)
        } catch {
            var theme = fallback
            theme.name = name
            return (theme, error)
        }
    }

    /// The theme after `name` in `names`, wrapping round; the first theme when `name` is not
    /// in the catalog (a theme loaded from a path).
    public func next(after name: String) -> String {
        guard let index = names.firstIndex(of: name) else { return names.first ?? ThemeCatalog.defaultName }
        return names[(index + 1) % names.count]
    }

    /// Whether `--theme` names a file rather than a theme.
    public static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    }

    /// `$XDG_CONFIG_HOME/folio/themes`, or `$HOME/.config/folio/themes`.
    public static func userDirectory(in environment: [String: String]) -> String? {
        ConfigFolder.path(in: environment).map { $0 + "/themes" }
    }

    // MARK: - Private

    /// The shipped default theme, or the built-in one should even that fail.
    private var fallback: Theme {
        guard let defaultText,
            let theme = try? ThemeCatalog.theme(defaultText, name: ThemeCatalog.defaultName, file: "default.toml")
        else { return .fallback }
        return theme
    }

    /// `text` (from `file`) as the theme called `name`. The shipped default theme is compiled
    /// in (`Theme.fallback`, held to `Themes/default.toml` by a test), so that most starts parse
    /// no TOML; any other text is parsed.
    private static func theme(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        if name == defaultName, text == BundledThemes.all[defaultName] { return .fallback }
        return try ThemeLoader.parse(text, name: name, file: file)
    }

    /// The names in the folder at `path`, each with whether it is a regular file (or a link to
    /// one); none when the folder is missing or unreadable (most users have no theme folder:
    /// this is read at every start, so without FileManager's error).
    private static func names(in path: String) -> [(name: String, isFile: Bool)] {
        guard let folder = PathBytes.withCString(path, { opendir($0) }) else { return [] }
        defer { closedir(folder) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        var names: [(String, Bool)] = []
        while let entry = readdir(folder) {
            let name = PathBytes.string(DirectoryEntry.name(entry))
            switch DirectoryEntry.type(entry) {
            case Int32(DT_REG): names.append((name, true))
            case Int32(DT_LNK), Int32(DT_UNKNOWN): names.append((name, isRegularFile(prefix + name)))
            default: names.append((name, false))
            }
        }
        return names
    }

    /// True when `path` is a regular file (following links), found without opening it.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return PathBytes.withCString(path, { stat($0, &status) }) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The text of the theme file at `path` (only a regular file is opened).
    private static func read(_ path: String, file: String) -> Result<String, ThemeError> {
        RegularFileText.read(path).mapError { ThemeError(file: file, line: nil, problem: .unreadable($0.reason)) }
    }
}
