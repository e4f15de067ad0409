import Foundation

/// The home library: the folder where folio keeps what it fetches, as files.
///
/// It is `$XDG_DATA_HOME/folio/` (`~/.local/share/folio/` when `XDG_DATA_HOME` is unset, empty
/// or relative, as the XDG spec asks), created with mode 0700. Saved pages live in its `pages/`
/// folder (see `SavedPageFolder` for the layout).
public struct HomeLibrary: Sendable {
    /// The environment variables that locate the library.
    public static let dataHome = "XDG_DATA_HOME", home = "HOME"

    /// The library's folder, without a trailing `/`.
    public let folder: String

    /// The folder of saved pages.
    public var pages: SavedPageFolder { SavedPageFolder(folder + "/pages") }

    /// The library at `folder` (which need not exist yet).
    public init(folder: String) {
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    /// The library's location for `environment`, or nil when neither `XDG_DATA_HOME` nor `HOME`
    /// is an absolute path.
    public init?(environment: [String: String]) {
        if let data = environment[Self.dataHome], data.hasPrefix("/") {
            self.init(folder: Self.joined(data, "folio"))
        } else if let home = environment[Self.home], home.hasPrefix("/") {
            self.init(folder: Self.joined(home, ".local/share/folio"))
        } else {
            return nil
        }
    }

    /// Creates the library's folder and its `pages/` folder when missing, each with mode 0700
    /// (the folders above them with the default mode).
    public func create() throws(SaveError) {
        try Self.makeFolder(folder, private: true)
        try Self.makeFolder(pages.path, private: true)
    }

    /// Makes the folder at `path` and any missing parent; the folder itself gets mode 0700
    /// when `private`.
    static func makeFolder(_ path: String, private: Bool) throws(SaveError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotCreate(path: path, reason: ArticleLoader.systemReason(ENOTDIR))
            }
            return
        }
        let parent = FileName.folder(ofPath: path)
        if !parent.isEmpty, parent != path { try makeFolder(parent, private: false) }
        if mkdir(path, `private` ? 0o700 : 0o755) != 0, errno != EEXIST {
            throw .cannotCreate(path: path, reason: ArticleLoader.systemReason(errno))
        }
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + name
    }
}
