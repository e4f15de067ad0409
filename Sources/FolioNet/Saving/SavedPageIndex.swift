import FolioKit

/// The pages of the library's folder by address, kept up to date as `folio add` saves more, so
/// that two addresses leading to one page save it once.
actor SavedPageIndex {
    private let folder: SavedPageFolder
    private var pages: [SavedPage]

    /// The pages now in `folder`.
    init(_ folder: SavedPageFolder) {
        self.folder = folder
        pages = folder.pages()
    }

    /// The page saved from `address`, as typed or as its final address.
    func find(_ address: PageAddress) -> SavedPage? {
        pages.first { $0.record.matches(address) }
    }

    /// Saves `body` with `record`. The page already saved from the same address (`existing`,
    /// or one saved from the record's final address, perhaps meanwhile) is replaced when
    /// `refresh` is set and returned untouched otherwise, with `isNew` false; else the page is
    /// added under a new name.
    func save(
        _ body: [UInt8], record: SavedPageRecord, fileExtension: String, existing: SavedPage?, refresh: Bool
    ) throws(SaveError) -> (page: SavedPage, isNew: Bool) {
        if let existing = existing ?? PageAddress(record.finalURL).flatMap(find) {
            return refresh ? (try replace(existing, with: body, record: record), true) : (existing, false)
        }
        let path = try folder.add(body, record: record, fileExtension: fileExtension)
        let page = SavedPage(path: path, record: record)
        pages.append(page)
        return (page, true)
    }

    /// Replaces the saved `page` with `body` and `record`.
    private func replace(_ page: SavedPage, with body: [UInt8], record: SavedPageRecord) throws(SaveError) -> SavedPage {
        try folder.replace(page.path, with: body, record: record)
        let saved = SavedPage(path: page.path, record: record)
        if let index = pages.firstIndex(where: { $0.path == page.path }) { pages[index] = saved }
        return saved
    }
}
