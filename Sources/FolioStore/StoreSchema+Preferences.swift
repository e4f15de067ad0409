import GRDB

extension StoreSchema {
    /// The `preferences` migration: the choices a user makes inside folio that stay for the
    /// next start (the theme picked with `T`, the list's sort order, the divider), one row per choice.
    static func registerPreferences(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("preferences") { db in
            try db.execute(sql: "CREATE TABLE preference (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID")
        }
    }
}
