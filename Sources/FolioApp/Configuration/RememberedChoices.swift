import FolioStore
import FolioUI

/// The choices made in the reader and kept in the state (the theme picked with `T`, the order
/// picked with `s`) that stand at a start. Each is kept with the configuration file's setting
/// of it at the time (empty: the file set none): it wins over the file while that setting
/// stays as it was, and gives way once the file changes it (the file then wins until the
/// choice is made again). A command-line option wins over both.
struct RememberedChoices: Equatable {
    /// The theme picked with `T` that stands, if any.
    var theme: String?
    /// The order picked with `s` that stands, if any.
    var sort: SortOrder?

    /// The choices of `preferences` that stand over `configuration`.
    init(_ preferences: [Preference: String], over configuration: Configuration) {
        let settings = FileSettings(configuration)
        theme = preferences[.themeSetting, default: ""] == settings.theme ? preferences[.theme] : nil
        sort =
            preferences[.sortOrderSetting, default: ""] == settings.sort ? preferences[.sortOrder].flatMap(SortOrder.init) : nil
    }

    /// The file's settings a choice is kept with, as text (empty: none set).
    struct FileSettings: Equatable, Sendable {
        /// The file's `theme`.
        var theme: String
        /// The file's `[list] sort`.
        var sort: String

        init(_ configuration: Configuration) {
            theme = configuration.theme ?? ""
            sort = configuration.sort?.rawValue ?? ""
        }
    }
}
