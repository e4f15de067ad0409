import FolioKit

extension AppState {
    /// `a`: opens the address bar, empty.
    mutating func startAddress() {
        address.field = TextField()
        address.isEditing = true
    }

    /// Applies an editing action to the address bar: Enter asks to save the page at the
    /// address typed (nothing typed: the bar just closes), Esc and Ctrl-C close it, and so does
    /// Backspace in an empty bar.
    mutating func editAddress(_ action: Action) -> [Effect] {
        if action == .deleteBackward, address.field.text.isEmpty {
            address.isEditing = false
            return []
        }
        guard address.field.apply(action) == nil else { return [] }
        switch action {
        case .submit:
            address.isEditing = false
            let typed = address.field.text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
            return typed.isEmpty ? [] : save(String(typed))
        case .cancelInput: address.isEditing = false
        default: break
        }
        return []
    }

    /// The links popup's `a`: saves the selected link's page instead of opening it; the popup
    /// stays, for the next link.
    mutating func saveSelectedLink() -> [Effect] {
        guard case .links(let selected, _) = overlay, openLinks.indices.contains(selected),
            let article = reader.layout?.article
        else { return [] }
        switch LinkTarget.resolve(openLinks[selected].url, base: article.url) {
        case .success(let url) where url.lowercased().hasPrefix("http"):
            return save(url)
        case .success:
            message = StatusMessage("Not saving link \(selected + firstLinkNumber): not a web page", isError: true)
        case .failure(let refusal):
            message = StatusMessage("Not saving link \(selected + firstLinkNumber): \(refusal)", isError: true)
        }
        return []
    }

    /// Asks the wiring to fetch and save the page at `url`, with a note on the status line.
    private mutating func save(_ url: String) -> [Effect] {
        address.saving.append(url)
        message = StatusMessage("saving \(url)")
        return [.savePage(url)]
    }

    /// The wiring saved (or could not save) the page at `url`: a page saved, or saved before,
    /// joins the list (or takes its entry's place) and is selected; a failure says why.
    mutating func pageSaved(_ url: String, _ result: PageSaveResult) {
        if let index = address.saving.firstIndex(of: url) { address.saving.remove(at: index) }
        let (word, title, file): (String, String, SourceEntries)
        switch result {
        case .failed(let reason):
            message = StatusMessage(reason, isError: true)
            return
        case .saved(let saved, let entries): (word, title, file) = ("saved", saved, entries)
        case .exists(let saved, let entries): (word, title, file) = ("exists", saved, entries)
        }
        libraryUpdated(LibraryUpdate(read: [file], progress: indexing))
        message = StatusMessage("\(word)  \(title)")
        guard let id = entries.id(of: file.source, item: 0) else { return }
        // A filter that hides the page goes: the page is what the user asked to see.
        if let position = entries.position(of: id), !shownEntries.contains(position) {
            list.filter = TextField()
            list.isFiltering = false
        }
        let rows = listRows
        select(rows.first { $0.entry.map { entries[$0].id } == id })
        keepSelectionVisible()
    }
}
