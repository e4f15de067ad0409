import Foundation

/// The folder of one subscription's items, `feeds/FOLDER/` in the home library.
///
/// Each item is a file of its own (`FeedItemDocument`, named after the item's title: `Title.xml`,
/// `Title 2.xml`), so that read marks, reading positions and bookmarks (kept by path in the
/// state database) belong to one item, and an item edited by its feed is rewritten under the
/// same name, keeping them. A hidden index, `.items.json`, maps each item's identity
/// (`FeedItem.identity`) to its file and the digest of its fields. Items stay after they leave
/// the feed. Files are written to temporary files and renamed; the index follows its items, and
/// an item file the index does not know (a fetch killed between the two) is adopted by its
/// `folio:id` when the folder is next opened, so it is never written twice.
///
/// The full text of an item (a later fetch of its link) is kept at `pagePath(forItem:)`.
public struct FeedItemFolder: Sendable {
    /// The folder's path, without a trailing `/`.
    public let path: String

    /// The folder at `path`.
    public init(_ path: String) {
        self.path = path
    }

    /// The index's path.
    var indexPath: String { path + "/.items.json" }

    /// One kept item, as the index knows it.
    public struct StoredItem: Codable, Equatable, Sendable {
        /// What identifies the item (`FeedItem.identity`).
        public var id: String
        /// The item file's name in the folder.
        public var file: String
        /// The digest of the item's fields when last written (`FeedItem.digest`).
        public var digest: String
        /// The item's link, for fetching its full text.
        public var link: String?
    }

    private struct Index: Codable {
        var items: [StoredItem]
    }

    /// The path of the item file `item`.
    public func itemPath(_ item: StoredItem) -> String { path + "/" + item.file }

    /// Where the page behind `item`'s link is kept once fetched (its full text): a hidden
    /// `.pages/` folder beside the items, the page named after the item's file, with the
    /// extension of the format it was read as (`FeedItemPage`).
    public func pagePath(forItem item: StoredItem, fileExtension: String = "html") -> String {
        FeedItemPage.path(forItemFile: itemPath(item), fileExtension: fileExtension)
    }

    /// The items kept, in the order they were first stored: the index, with any item file it
    /// does not know adopted and any entry whose file is gone dropped.
    public func items() -> [StoredItem] {
        var items: [StoredItem] = []
        if let data = FileManager.default.contents(atPath: indexPath),
            let index = try? JSONDecoder().decode(Index.self, from: data)
        {
            items = index.items
        }
        let files = Set(itemFiles())
        items.removeAll { !files.contains($0.file) }
        let known = Set(items.map(\.file))
        for file in files.sorted() where !known.contains(file) {
            guard let bytes = FileManager.default.contents(atPath: path + "/" + file),
                let id = FeedItemDocument.identity(in: Array(bytes))
            else { continue }
            // An empty digest: the next fetch rewrites it in place, so it is complete.
            if !items.contains(where: { $0.id == id }) { items.append(StoredItem(id: id, file: file, digest: "", link: nil)) }
        }
        return items
    }

    /// What storing a fetch's items did.
    public struct Stored: Equatable, Sendable {
        /// Items not kept before.
        public var new = 0
        /// Items kept before whose fields changed, rewritten in place.
        public var updated = 0
        /// The paths of the new items.
        public var newPaths: [String] = []
        /// The new items, as the index knows them (their links, for their full text).
        public var newItems: [StoredItem] = []
    }

    /// The channel an item file names (`FeedItemDocument`).
    public struct Channel: Sendable {
        /// The feed's title.
        public var title: String?
        /// The feed's address.
        public var url: String
        /// The feed's web site.
        public var siteLink: String?

        /// A channel.
        public init(title: String?, url: String, siteLink: String?) {
            self.title = title
            self.url = url
            self.siteLink = siteLink
        }
    }

    /// Stores `fetched` (a fetch's items, in feed order): new items get files, changed ones are
    /// rewritten under their names, the others are left alone; then the index is written. Items
    /// without an identity, and repeats of one identity in the same fetch, are skipped. Files
    /// are not flushed one by one: `AtomicFile.syncFileSystem` once after a whole fetch.
    public func store(_ fetched: [FeedItem], channel: Channel) throws(SaveError) -> Stored {
        try HomeLibrary.makeFolder(path, private: true)
        var items = self.items()
        var position: [String: Int] = [:]
        for (index, item) in items.enumerated() { position[item.id] = index }
        var names = Set(itemFiles())
        var stored = Stored()
        var seen: Set<String> = []
        var changed = false
        // The first of an identity counts; oldest first, so that the names of new items follow
        // the feed's own order.
        let distinct = fetched.compactMap { item in item.identity.flatMap { seen.insert($0).inserted ? (item, $0) : nil } }
        for (item, id) in distinct.reversed() {
            let digest = item.digest
            if let index = position[id] {
                guard items[index].digest != digest else { continue }
                try write(item, identity: id, channel: channel, to: items[index].file, replacing: true)
                // An adopted item (empty digest) is completed, not changed by its feed.
                if !items[index].digest.isEmpty { stored.updated += 1 }
                items[index].digest = digest
                items[index].link = item.link
                changed = true
                continue
            }
            let file = try add(item, identity: id, channel: channel, names: &names)
            position[id] = items.count
            items.append(StoredItem(id: id, file: file, digest: digest, link: item.link))
            stored.newItems.append(items[items.count - 1])
            stored.new += 1
            stored.newPaths.append(path + "/" + file)
            changed = true
        }
        if changed {
            try saveIndex(items)
        }
        return stored
    }

    /// Deletes the folder with its items.
    public func delete() {
        _ = try? FileManager.default.removeItem(atPath: path)
    }

    // MARK: - Files

    private func write(_ item: FeedItem, identity: String, channel: Channel, to file: String, replacing: Bool) throws(SaveError) {
        let bytes = FeedItemDocument.bytes(item, identity: identity, feedTitle: channel.title, feedURL: channel.url, siteLink: channel.siteLink)
        try TemporaryFile(bytes, in: path, for: path + "/" + file, durable: false).commit(to: path + "/" + file, replacing: replacing)
    }

    /// Writes a new item under a name made from its title, free in the folder.
    private func add(_ item: FeedItem, identity: String, channel: Channel, names: inout Set<String>) throws(SaveError) -> String {
        let bytes = FeedItemDocument.bytes(item, identity: identity, feedTitle: channel.title, feedURL: channel.url, siteLink: channel.siteLink)
        let stem = SavedPageName.stem(forTitle: item.title ?? "", maximumBytes: 100)
        let temporary = try TemporaryFile(bytes, in: path, for: path + "/" + stem + ".xml", durable: false)
        var number = 1
        while true {
            let name = SavedPageName.candidate(stem, number: number, fileExtension: "xml")
            number += 1
            guard !names.contains(name) else { continue }
            do {
                try temporary.commit(to: path + "/" + name, replacing: false)
            } catch .exists {
                continue
            }
            names.insert(name)
            return name
        }
    }

    private func saveIndex(_ items: [StoredItem]) throws(SaveError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let bytes = ((try? encoder.encode(Index(items: items))).map(Array.init) ?? []) + [0x0A]
        try TemporaryFile(bytes, in: path, for: indexPath, durable: false).commit(to: indexPath, replacing: true)
    }

    /// The names of the item files in the folder (`.xml`, not hidden).
    func itemFiles() -> [String] {
        FolderNames.names(in: path).filter { !$0.hasPrefix(".") && $0.hasSuffix(".xml") }
    }
}
