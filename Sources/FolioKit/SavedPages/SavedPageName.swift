/// File names for saved pages, made from their titles.
enum SavedPageName {
    /// The longest stem, in UTF-8 bytes: with ` 999`, an extension and the record's `.` and
    /// `.json`, a name stays well inside the 255 bytes file systems allow.
    static let maximumStemBytes = 180

    /// A safe file name stem for a page titled `title`: the characters that file systems or
    /// shells treat specially (`/ \ : * ? " < > |`), control and invisible characters become
    /// spaces or go, runs of spaces become one, a leading `.` or `-` goes (no hidden files, no
    /// names read as options), and a long title is cut at a character boundary.
    /// `Untitled` when nothing is left.
    static func stem(forTitle title: String, maximumBytes: Int = maximumStemBytes) -> String {
        var stem = ""
        var pendingSpace = false
        for scalar in title.unicodeScalars {
            let properties = scalar.properties
            if scalar == "\u{FFFD}" || properties.generalCategory == .format
                || properties.generalCategory == .unassigned || properties.generalCategory == .privateUse
            {
                continue
            }
            let isSpace = properties.isWhitespace || properties.generalCategory == .control
                || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            if isSpace {
                pendingSpace = !stem.isEmpty
                continue
            }
            if stem.isEmpty && (scalar == "." || scalar == "-") { continue }
            if pendingSpace { stem.unicodeScalars.append(" ") }
            pendingSpace = false
            stem.unicodeScalars.append(scalar)
        }
        if stem.utf8.count > maximumBytes {
            var cut = ""
            for character in stem {
                if cut.utf8.count + character.utf8.count > maximumBytes { break }
                cut.append(character)
            }
            stem = cut
        }
        while let last = stem.last, last == " " || last == "." { stem.removeLast() }
        return stem.isEmpty ? "Untitled" : stem
    }

    /// The `number`th candidate name: `STEM.EXT`, then `STEM 2.EXT`, `STEM 3.EXT`, …
    static func candidate(_ stem: String, number: Int, fileExtension: String) -> String {
        (number == 1 ? stem : "\(stem) \(number)") + "." + fileExtension
    }
}
