import Foundation

/// Decides whether folio may hand a link's address to a browser: only `http`, `https` and
/// `mailto` addresses, and relative ones made absolute against the article's own address.
/// Anything else (`file:`, `javascript:`, `data:`, addresses with spaces, control or invisible
/// characters) is refused with a reason a user can read.
public enum LinkTarget {
    /// The schemes folio opens.
    public static let schemes: Set<String> = ["http", "https", "mailto"]

    /// The absolute address to open for `url`, resolved against `base` when relative; or why
    /// it is refused.
    public static func resolve(_ url: String, base: String?) -> Result<String, LinkRefusal> {
        guard !url.isEmpty else { return .failure(.empty) }
        guard !url.unicodeScalars.contains(where: isUnsafe) else { return .failure(.unsafeCharacters) }
        if let scheme = scheme(of: url) {
            guard schemes.contains(scheme) else { return .failure(.scheme(scheme)) }
            guard scheme == "mailto" || URL(string: url)?.host != nil else { return .failure(.malformed) }
            return .success(url)
        }
        guard let base, let baseScheme = scheme(of: base), baseScheme == "http" || baseScheme == "https",
            let baseURL = URL(string: base), let resolved = URL(string: url, relativeTo: baseURL)?.absoluteString
        else { return .failure(.relative) }
        return resolve(resolved, base: nil)
    }

    /// The lowercased scheme of an address (`https` in `HTTPS://…`), nil for a relative one.
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for (position, scalar) in url.unicodeScalars.enumerated() {
            if scalar == ":" { return position == 0 ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isLater = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (position > 0 && isLater) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// White space, controls, bidi controls and invisible characters: never part of an
    /// address folio passes on (see `UntrustedText`).
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        UntrustedText.treatment(of: scalar, for: .url) == .refused
    }
}

/// Why a link is not opened.
public enum LinkRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The link has no address.
    case empty
    /// The address holds spaces, invisible or control characters.
    case unsafeCharacters
    /// The address's scheme is not one folio opens.
    case scheme(String)
    /// The address is relative and the article has no web address to resolve it against.
    case relative
    /// The address has a web scheme but no host.
    case malformed

    public var description: String {
        switch self {
        case .empty: return "the link has no address"
        case .unsafeCharacters: return "the address holds spaces, invisible or control characters"
        case .scheme(let scheme): return "folio opens only http, https and mailto links, not \(scheme):"
        case .relative: return "a relative link, and the article has no web address to resolve it against"
        case .malformed: return "the address has no host"
        }
    }
}
