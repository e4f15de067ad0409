import Foundation

/// The subscriptions of the home library: `subscriptions.json`, a JSON object whose
/// `subscriptions` array holds one `Subscription` each, in the order they were added. Written
/// atomically (temporary file, then rename), so a reader never sees half of it, even after
/// `kill -9`.
public struct SubscriptionFile: Sendable {
    /// The file's path.
    public let path: String

    /// The file at `path` (which need not exist).
    public init(path: String) {
        self.path = path
    }

    private struct Contents: Codable {
        var subscriptions: [Subscription]
    }

    /// The subscriptions; none when the file does not exist. Throws when it exists but cannot
    /// be read or is not a subscription file.
    public func load() throws(SaveError) -> [Subscription] {
        guard let data = FileManager.default.contents(atPath: path) else {
            if access(path, F_OK) != 0 && errno == ENOENT { return [] }
            throw .cannotRead(path: path, reason: ArticleLoader.systemReason(errno))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Contents.self, from: data).subscriptions
        } catch {
            throw .cannotRead(path: path, reason: "not a subscription file (\(Self.reason(error)))")
        }
    }

    /// Replaces the file with `subscriptions`, atomically.
    public func save(_ subscriptions: [Subscription]) throws(SaveError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let bytes = ((try? encoder.encode(Contents(subscriptions: subscriptions))).map(Array.init) ?? []) + [0x0A]
        let folder = FileName.folder(ofPath: path)
        try TemporaryFile(bytes, in: folder, for: path).commit(to: path, replacing: true)
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
            DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }
}
