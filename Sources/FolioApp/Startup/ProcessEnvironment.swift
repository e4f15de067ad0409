#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioKit

/// The process's environment variables, read straight from `environ`. Foundation's
/// `ProcessInfo` builds the same dictionary after setting itself up, which costs about 0.4 ms
/// of a start that should paint at once. Values are read as `PathBytes`: a folder named in
/// `XDG_STATE_HOME` that is not UTF-8 is still that folder.
enum ProcessEnvironment {
    /// The values of the variables `names` that are set, by name: the few a caller needs,
    /// without reading the rest.
    static func variables(_ names: String...) -> [String: String] {
        var variables: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { variables[name] = PathBytes.string(cString: value) }
        }
        return variables
    }

    /// Each variable's value by name; a name set twice keeps its first value, as `getenv` does.
    static func variables() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let text = entry.pointee {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                if variables[name] == nil {
                    variables[name] = PathBytes.string(UnsafeBufferPointer(rebasing: bytes[(equals + 1)...]))
                }
            }
            entry += 1
        }
        return variables
    }
}
