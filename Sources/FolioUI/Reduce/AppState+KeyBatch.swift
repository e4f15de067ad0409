extension AppState {
    /// Applies keys that came together (typed ahead, or pasted by a terminal without bracketed
    /// paste) as `handle(key:)` applies them one at a time, handing each key's effects to
    /// `perform` at once; but a change of the search query or the filter does its work
    /// (searching, choosing the list's rows) once, after the last of them or before a key that
    /// needs it: a thousand characters pasted run one search, not a thousand. `perform` returns
    /// false to stop (folio quits); so does this then.
    public mutating func handle(keys: some Sequence<Key>, perform: (inout AppState, [Effect]) -> Bool) -> Bool {
        for key in keys {
            defersEditWork = true
            let effects = handle(key: key)
            defersEditWork = false
            guard perform(&self, effects) else { return false }
        }
        return perform(&self, finishEdits())
    }

    /// Does the work that edits put off: runs the search, follows the filter; returns its
    /// effects, the background searches it starts among them.
    mutating func finishEdits() -> [Effect] {
        followPendingFilter()
        let effects = runPendingSearch()
        defer { deferredEffects = [] }
        return deferredEffects + effects
    }
}

extension Action {
    /// True for the actions that edit the search bar or the filter prompt without closing it
    /// (Enter closes it, and needs the search's result): their work may wait for the next
    /// action that is not one of them.
    var isEdit: Bool {
        switch self {
        case .insert, .paste, .deleteBackward, .deleteForward, .moveCursor, .moveCursorToEnd, .moveWord, .deleteToStart,
            .deleteToEnd, .deleteWord, .recallHistory, .toggleRegex, .toggleScope, .toggleWholeWord, .cancelInput:
            true
        default: false
        }
    }
}
