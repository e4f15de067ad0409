/// How far the general entities a document's type declares would expand. A "billion laughs"
/// declares `l1` as ten `&l0;`, `l2` as ten `&l1;`, and so on: under a kilobyte that stands for
/// gigabytes. folio's parsers never expand entities so (`FeedDocument`), but a document that
/// declares such entities is hostile, and is refused before any parser sees it: as a file
/// (`ArticleLoader.check`) and as a fetched feed (`FeedContent.read`).
///
/// Only the internal subset (`<!DOCTYPE rss [ ... ]>`) is read, declaration by declaration:
/// comments, processing instructions and other declarations are skipped, parameter entities
/// and external entities (never read) stand for nothing.
public enum EntityExpansion {
    /// The most text one entity may stand for: 1 MiB, far beyond any honest document's.
    public static let limit = 1 << 20
    /// The deepest chain of entities within entities (libxml2 stops at 40).
    static let depthLimit = 40
    /// Why such a document is refused, after the name of the file or address.
    public static let refusal = "declares XML entities that expand past 1 MiB (a \"billion laughs\"): refused"

    /// Whether an entity that `bytes`' document type declares would expand past `limit`, nest
    /// deeper than `depthLimit` or refer to itself.
    public static func exceedsLimit(_ bytes: [UInt8]) -> Bool {
        guard let subset = MarkupStart(bytes)?.internalSubset else { return false }
        let values = bytes.withUnsafeBufferPointer { buffer in
            declarations(in: UnsafeBufferPointer(rebasing: buffer[subset]))
        }
        guard !values.isEmpty else { return false }
        var sizes: [[UInt8]: Int] = [:]
        for name in values.keys where expandedSize(name, values: values, sizes: &sizes, depth: 0) > limit {
            return true
        }
        return false
    }

    /// The replacement text of each internal general entity declared in `subset`, by name.
    static func declarations(in subset: UnsafeBufferPointer<UInt8>) -> [[UInt8]: [UInt8]] {
        var cursor = MarkupCursor(subset)
        var values: [[UInt8]: [UInt8]] = [:]
        while let open = cursor.next(UInt8(ascii: "<")) {
            cursor.index = open
            if cursor.starts("<!--") {
                cursor.skip(past: "-->", from: open + 4)
            } else if cursor.starts("<?") {
                cursor.skip(past: "?>", from: open + 2)
            } else if cursor.starts("<!ENTITY") {
                cursor.index += 8
                cursor.skipBlanks()
                let name = cursor.skip { !AttributeLimit.isBlank($0) && $0 != UInt8(ascii: ">") }
                let nameBytes = Array(subset[(cursor.index - name)..<cursor.index])
                cursor.skipBlanks()
                let quote = cursor.current
                if nameBytes != [UInt8(ascii: "%")], quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
                    let end = cursor.next(quote, from: cursor.index + 1), values[nameBytes] == nil
                {
                    values[nameBytes] = Array(subset[(cursor.index + 1)..<end])
                }
                skipDeclaration(&cursor)
            } else {
                cursor.index += 1
                skipDeclaration(&cursor)
            }
        }
        return values
    }

    /// Moves past the `>` that ends the declaration the cursor is in, past quoted literals.
    private static func skipDeclaration(_ cursor: inout MarkupCursor) {
        while cursor.index < cursor.bytes.count {
            switch cursor.current {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let end = cursor.next(cursor.current, from: cursor.index + 1) else {
                    cursor.index = cursor.bytes.count
                    return
                }
                cursor.index = end + 1
            case UInt8(ascii: ">"):
                cursor.index += 1
                return
            default:
                cursor.index += 1
            }
        }
    }

    /// The bytes entity `name` stands for, counted (never built): its text, with each
    /// reference to another declared entity counted as that entity's expansion. More than
    /// `limit` once past it, too deep or referring to itself.
    private static func expandedSize(_ name: [UInt8], values: [[UInt8]: [UInt8]], sizes: inout [[UInt8]: Int], depth: Int) -> Int {
        if let known = sizes[name] { return known }
        guard let value = values[name] else { return 1 }
        guard depth < depthLimit else { return limit + 1 }
        // A reference back to an entity being counted reads this mark: a loop.
        sizes[name] = limit + 1
        var size = 0
        var index = 0
        while index < value.count, size <= limit {
            guard value[index] == UInt8(ascii: "&"), value.index(after: index) < value.count, value[index + 1] != UInt8(ascii: "#"),
                let end = value[index...].firstIndex(of: UInt8(ascii: ";"))
            else {
                size += 1
                index += 1
                continue
            }
            size += expandedSize(Array(value[(index + 1)..<end]), values: values, sizes: &sizes, depth: depth + 1)
            index = end + 1
        }
        sizes[name] = size
        return size
    }
}
