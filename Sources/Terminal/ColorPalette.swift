import FolioKit

/// Maps a theme's colours to the colour numbers a terminal understands: the nearest colour it
/// can show. Pure, so the mapping is testable without a terminal.
public struct ColorPalette: Sendable, Hashable {
    /// A colour as ncurses takes it: a palette index, an RGB value packed as `0xRRGGBB` on
    /// direct-colour terminals, or -1 for the terminal's default.
    public typealias TerminalColor = Int32

    /// What the terminal can show.
    public var capability: ColorCapability
    /// True when `use_default_colors` worked, so -1 means the terminal's own colour.
    /// Otherwise the default foreground is white (7) and the background black (0).
    public var hasDefaultColors: Bool

    /// Creates a palette.
    public init(capability: ColorCapability, hasDefaultColors: Bool = true) {
        self.capability = capability
        self.hasDefaultColors = hasDefaultColors
    }

    /// The terminal colour for a foreground, and whether to add bold to show a bright ANSI
    /// colour on an 8-colour terminal. `nil` when the terminal has no colour.
    public func foreground(_ color: Color) -> (color: TerminalColor, bold: Bool)? {
        guard capability != .none else { return nil }
        if capability == .ansi8, let index = paletteIndex(color), (8..<16).contains(index) {
            return (index - 8, true)
        }
        return (map(color, defaultColor: 7), false)
    }

    /// The terminal colour for a background; `nil` when the terminal has no colour.
    public func background(_ color: Color) -> TerminalColor? {
        guard capability != .none else { return nil }
        return map(color, defaultColor: 0)
    }

    // MARK: - Mapping

    private func map(_ color: Color, defaultColor: TerminalColor) -> TerminalColor {
        if color == .default { return hasDefaultColors ? -1 : defaultColor }
        switch capability {
        case .none:
            return -1
        case .ansi8:
            if let index = paletteIndex(color), index < 16 { return index % 8 }
            return ColorPalette.nearest(rgb(of: color), among: 0..<8)
        case .ansi16:
            if let index = paletteIndex(color), index < 16 { return index }
            return ColorPalette.nearest(rgb(of: color), among: 0..<16)
        case .indexed256:
            if let index = paletteIndex(color) { return index }
            return ColorPalette.nearest(rgb(of: color), among: 16..<256)
        case .direct:
            // Direct-colour descriptions send 0-7 as ANSI colours (so the user's palette
            // shows), everything else as RGB; an RGB value below 8 is nudged to stay RGB.
            if let index = paletteIndex(color), index < 8 { return index }
            let (red, green, blue) = rgb(of: color)
            return max(8, TerminalColor(red) << 16 | TerminalColor(green) << 8 | TerminalColor(blue))
        }
    }

    /// The 256-colour index of a palette colour; nil for RGB.
    private func paletteIndex(_ color: Color) -> TerminalColor? {
        switch color {
        case .ansi(let index): TerminalColor(min(max(index, 0), 15))
        case .indexed(let index): TerminalColor(min(max(index, 0), 255))
        case .default, .rgb: nil
        }
    }

    private func rgb(of color: Color) -> (UInt8, UInt8, UInt8) {
        switch color {
        case .rgb(let red, let green, let blue): return (red, green, blue)
        case .default: return (0, 0, 0)
        case .ansi, .indexed:
            return ColorPalette.xterm[Int(paletteIndex(color) ?? 0)]
        }
    }

    // MARK: - Nearest colour

    /// The index in `candidates` of the xterm colour nearest to an RGB value.
    static func nearest(_ rgb: (UInt8, UInt8, UInt8), among candidates: Range<Int>) -> TerminalColor {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let distance = ColorPalette.distance(rgb, xterm[index])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return TerminalColor(best)
    }

    /// A perceptual approximation of the distance between two colours ("redmean": a weighted
    /// Euclidean distance that tracks human perception far better than plain RGB distance).
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let redMean = (Int(a.0) + Int(b.0)) / 2
        let red = Int(a.0) - Int(b.0)
        let green = Int(a.1) - Int(b.1)
        let blue = Int(a.2) - Int(b.2)
        return ((512 + redMean) * red * red) >> 8 + 4 * green * green
            + ((767 - redMean) * blue * blue) >> 8
    }

    /// xterm's default palette: 16 ANSI colours, the 6×6×6 cube, the 24-step grey ramp.
    static let xterm: [(UInt8, UInt8, UInt8)] = {
        var colors: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        for red in levels {
            for green in levels {
                for blue in levels { colors.append((red, green, blue)) }
            }
        }
        for step in 0..<24 {
            let grey = UInt8(8 + 10 * step)
            colors.append((grey, grey, grey))
        }
        return colors
    }()
}
