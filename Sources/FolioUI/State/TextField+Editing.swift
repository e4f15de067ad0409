import FolioKit

extension TextField {
    /// What an editing action did to a field.
    enum Edit: Equatable {
        /// The text changed.
        case text
        /// Only the cursor moved (or nothing changed).
        case cursor
    }

    /// Applies an action that types, deletes or moves the cursor; nil for any other action.
    mutating func apply(_ action: Action) -> Edit? {
        let before = text
        switch action {
        case .insert(let character): insert(String(character))
        case .paste(let pasted): insert(TextField.oneLine(pasted))
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWord: deleteWordBackward()
        case .deleteToStart: deleteToStart()
        case .deleteToEnd: deleteToEnd()
        case .moveCursor(let delta): moveCursor(by: delta)
        case .moveCursorToEnd(let end): moveCursorToEnd(end)
        case .moveWord(let forward): moveWord(forward: forward)
        default: return nil
        }
        return text == before ? .cursor : .text
    }

    /// Pasted text made one line: line breaks and tabs become spaces (those at the end go),
    /// other control characters go.
    static func oneLine(_ pasted: String) -> String {
        var end = pasted.endIndex
        while end > pasted.startIndex, pasted[pasted.index(before: end)].isNewline { end = pasted.index(before: end) }
        var line = ""
        line.reserveCapacity(pasted.utf8.count)
        for character in pasted[..<end] {
            if character.isNewline || character == "\t" {
                line.append(" ")
            } else if !character.unicodeScalars.contains(where: { UntrustedText.kind(of: $0)?.isControl == true }) {
                line.append(character)
            }
        }
        return line
    }
}
