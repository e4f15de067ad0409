import Foundation

/// The feeds a web page names in its head: `<link rel="alternate"
/// type="application/rss+xml" href="…">` (or Atom's type), as `folio feed add` discovers them.
public enum FeedLinks {
    /// The media types of feeds a page may link to.
    static let feedTypes: Set<String> = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"]

    /// The feed addresses `html` names, in page order, made absolute against `base` (the
    /// page's address) and its `<base href>`; only http and https addresses.
    public static func find(in html: [UInt8], base: String) -> [String] {
        let tree = HTMLReader.parse(html)
        var base = base
        if let element = tree.first("base"), let href = tree.nodes[element].attribute("href") {
            base = FeedNode.resolve(href.trimmingCharacters(in: .whitespaces), against: base)
        }
        var found: [String] = []
        for index in tree.descendants(of: HTMLTree.rootIndex, named: ["link"]) {
            let node = tree.nodes[index]
            let rel = (node.attribute("rel") ?? "").lowercased().split(whereSeparator: \.isWhitespace)
            let type = (node.attribute("type") ?? "").lowercased().split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard rel.contains("alternate"), feedTypes.contains(type),
                let href = node.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty
            else { continue }
            let address = FeedNode.resolve(href, against: base)
            let lowered = address.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), !found.contains(address) else { continue }
            found.append(address)
        }
        return found
    }
}
