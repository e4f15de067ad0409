import FolioKit

/// The pages of the library's folder by address, kept up to date as `folio add` saves more, so
/// that two addresses leading to one page save it once.
actor SavedPageIndex {
    /// The folder.
    let folder: SavedPageFolder
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

    /// Names a page prepared in the folder (`SavedPageFolder.prepare`, done outside the actor:
    /// writing and flushing is the slow part). The page already saved from the same address
    /// (`existing`, or one saved from the record's final address, perhaps meanwhile) is replaced
    /// when `refresh` is set and returned untouched otherwise, with `isNew` false; else the page
    /// is added under a new name.
    func save(
        _ prepared: PreparedPage, fileExtension: String, existing: SavedPage?, refresh: Bool
    ) throws(SaveError) -> (page: SavedPage, isNew: Bool) {
        let record = prepared.details
        if let existing = existing ?? PageAddress(record.finalURL).flatMap(find) {
            guard refresh else { return (existing, false) }
            try folder.replace(existing.path, with: prepared)
            let saved = SavedPage(path: existing.path, record: record)
            if let index = pages.firstIndex(where: { $0.path == existing.path }) { pages[index] = saved }
            return (saved, true)
        }
        let path = try folder.add(prepared, fileExtension: fileExtension)
        let page = SavedPage(path: path, record: record)
        pages.append(page)
        return (page, true)
    }
}
