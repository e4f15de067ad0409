import GRDB

/// A choice the user made inside folio that stays for the next start.
public enum Preference: String, Sendable, CaseIterable {
    /// The theme picked with `T`, by name.
    case theme
    /// The list's sort order (`date` or `title`), toggled with `s`.
    case sortOrder = "sort_order"
    /// The configuration file's `theme` when the theme was picked (empty: it set none): the
    /// choice wins over the file until the file's setting changes.
    case themeSetting = "theme_setting"
    /// The configuration file's `sort` when the order was picked (empty: it set none).
    case sortOrderSetting = "sort_order_setting"
    /// Where the divider between the list and the reader stands (columns moved with `<` `>`).
    case divider
}

extension LibraryStore {
    /// The choices kept, by preference; empty when none were made (or the database predates
    /// them and cannot be migrated: a read-only one).
    public func preferences() throws(StoreError) -> [Preference: String] {
        try readOnWriter { db in
            guard try db.tableExists("preference") else { return [:] }
            var values: [Preference: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM preference") {
                if let preference = Preference(rawValue: row[0]) { values[preference] = row[1] }
            }
            return values
        }
    }

    /// Keeps `value` as the choice for `preference`.
    public func setPreference(_ preference: Preference, to value: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO preference (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                arguments: [preference.rawValue, value])
        }
    }
}
