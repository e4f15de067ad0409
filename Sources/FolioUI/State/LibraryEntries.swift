import FolioKit

/// The library's entries in the order they came (new ones at the end), each found by its
/// identity as quickly as by its position, and by its source. The list sorts and filters a
/// view of them; the rest of the state refers to them by identity (`EntryID`), which an entry
/// gets when it is added and keeps until it is removed: adding or removing entries moves
/// nothing that refers to the others.
public struct LibraryEntries: RandomAccessCollection, MutableCollection, Sendable {
    /// A source's article: what names an entry across reads of its source.
    private struct SourceItem: Hashable {
        var source: ArticleSource
        var item: Int
    }

    private var entries: [LibraryEntry] = []
    /// Each identity's position in `entries`, by its number; -1 once removed.
    private var positions: [Int] = []
    /// Each entry's identity, by its source and item.
    private var identities: [SourceItem: EntryID] = [:]
    /// A number that changes with every change that can change the list's rows (see
    /// `ListRowsMemo`): entries added or removed, a title, author, date or feed changed, or
    /// the unread mark of a feed's item (its header counts them). An article loaded or let go,
    /// or an unread mark outside a feed, leaves it: opening an article in a big library does
    /// not sort the list again.
    public private(set) var listVersion = ListRowsMemo.nextVersion()

    /// An empty library.
    public init() {}

    /// The entries given, in order, each given its identity; of two with one source and item,
    /// the second replaces the first.
    public init(_ entries: some Sequence<LibraryEntry>) {
        add(entries)
    }

    /// The first entry's position: 0.
    public var startIndex: Int { 0 }
    /// The position after the last entry.
    public var endIndex: Int { entries.count }

    /// The entry at `position`. Changing it keeps its identity, source and item.
    public subscript(position: Int) -> LibraryEntry {
        // A copy, not a `_read` borrow: in `entries[i].article.map { … entries[i].id … }` the
        // borrowing coroutine's frame was freed while the closure still read from it
        // (AddressSanitizer: heap-use-after-free in `startArticleSearch`).
        get { entries[position] }
        _modify {
            let (id, source, item) = (entries[position].id, entries[position].source, entries[position].item)
            let listed = ListedDetails(entries[position])
            yield &entries[position]
            // A whole entry put in its place (`entries[i] = entry`) takes its identity.
            if entries[position].id != id {
                entries[position].id = id
                entries[position].source = source
                entries[position].item = item
            }
            if ListedDetails(entries[position]) != listed { listVersion = ListRowsMemo.nextVersion() }
        }
    }

    /// `detail` of every entry, in order, each read where it lies: the subscript gives copies,
    /// which a pass over a big library would make and drop one by one.
    func details<T>(_ detail: (LibraryEntry) -> T) -> [T] { entries.map(detail) }

    /// The entry with identity `id`, if it is in the library.
    public subscript(id: EntryID) -> LibraryEntry? {
        position(of: id).map { entries[$0] }
    }

    /// The position of the entry with identity `id`.
    public func position(of id: EntryID) -> Int? {
        guard positions.indices.contains(id.number) else { return nil }
        let position = positions[id.number]
        return position >= 0 ? position : nil
    }

    /// True when the entry with identity `id` is in the library.
    public func contains(_ id: EntryID) -> Bool { position(of: id) != nil }

    /// The identity of item `item` of `source`, when it is in the library.
    public func id(of source: ArticleSource, item: Int = 0) -> EntryID? {
        identities[SourceItem(source: source, item: item)]
    }

    /// Adds entries: one of a source and item already in the library replaces it, keeping its
    /// identity; the others are added at the end, each with a new identity.
    public mutating func add(_ added: some Sequence<LibraryEntry>) {
        listVersion = ListRowsMemo.nextVersion()
        for var entry in added {
            let key = SourceItem(source: entry.source, item: entry.item)
            if let id = identities[key], let position = position(of: id) {
                entry.id = id
                entries[position] = entry
                continue
            }
            entry.id = EntryID(number: positions.count)
            identities[key] = entry.id
            positions.append(entries.count)
            entries.append(entry)
        }
    }

    /// Removes the entries with the identities in `gone`; those after them move up, keeping
    /// their identities.
    public mutating func remove(_ gone: Set<EntryID>) {
        guard gone.contains(where: contains) else { return }
        listVersion = ListRowsMemo.nextVersion()
        entries.removeAll { gone.contains($0.id) }
        for id in gone where positions.indices.contains(id.number) { positions[id.number] = -1 }
        identities = identities.filter { !gone.contains($0.value) }
        for (position, entry) in entries.enumerated() { positions[entry.id.number] = position }
    }
}

/// What of an entry the list's rows depend on: what it is sorted, filtered and grouped by, and
/// for a feed's item its unread mark.
private struct ListedDetails: Equatable {
    var title: String
    var author: String?
    var published: SimpleDate?
    var feed: String?
    var feedURL: String?
    var isUnreadItem: Bool?

    init(_ entry: LibraryEntry) {
        title = entry.title
        author = entry.author
        published = entry.published
        feed = entry.feed
        feedURL = entry.feedURL
        isUnreadItem = entry.feed == nil ? nil : entry.isUnread
    }
}
