extension HTMLTree {
    /// The source line of the first text under `index` that is not white space; 0 when
    /// unknown (no such text, or a tree built without lines).
    func firstTextLine(in index: Int) -> Int32 {
        let found = firstDescendant(of: index) { current in
            let node = self[current]
            return node.isText && node.line > 0 && node.text.utf8.contains { $0 > 0x20 }
        }
        return found.map { self[$0].line } ?? 0
    }
}
