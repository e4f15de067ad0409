import Foundation

/// When output is coloured (`--color`): on a terminal unless `NO_COLOR` is set (to anything
/// but the empty string, as no-color.org asks), always, or never.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// On a terminal, unless `NO_COLOR` is set.
    case auto
    /// Always.
    case always
    /// Never.
    case never

    /// True when standard output gets colour.
    var isOn: Bool { isOn(isTerminal: StandardOutput.isTerminal, environment: ProcessEnvironment.variables("NO_COLOR")) }

    /// True when output to a terminal (`isTerminal`) or not gets colour in `environment`.
    func isOn(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && environment["NO_COLOR", default: ""].isEmpty
        }
    }
}
