import CNcursesw
import FolioKit

/// Turns styles into ncurses attributes and colour pairs, allocating pairs on demand
/// (extended pair numbers, so more than 256 pairs work) and caching them.
struct ColorPairTable {
    /// How colours map to what the terminal shows.
    let palette: ColorPalette
    /// ncurses' `COLOR_PAIRS`: pair numbers run from 1 to one below it.
    let pairLimit: Int32
    /// Set when the pairs ran out: the caller resets the table and redraws everything,
    /// since reusing a pair number recolours the cells already on screen.
    private(set) var isExhausted = false

    private var styles: [Style: (attributes: attr_t, pair: Int32)] = [:]
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Creates an empty table.
    init(palette: ColorPalette, pairLimit: Int32) {
        self.palette = palette
        self.pairLimit = pairLimit
    }

    /// The attributes and colour pair that show a style.
    mutating func look(of style: Style) -> (attributes: attr_t, pair: Int32) {
        if let known = styles[style] { return known }
        var attributes = folio_a_normal()
        if style.attributes.contains(.bold) { attributes |= folio_a_bold() }
        if style.attributes.contains(.dim) { attributes |= folio_a_dim() }
        if style.attributes.contains(.italic) { attributes |= folio_a_italic() }
        if style.attributes.contains(.underline) { attributes |= folio_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= folio_a_reverse() }
        var pair: Int32 = 0
        if style.foreground != .default || style.background != .default,
            let foreground = palette.foreground(style.foreground),
            let background = palette.background(style.background)
        {
            if foreground.bold { attributes |= folio_a_bold() }
            guard let allocated = self.pair(foreground.color, background) else {
                return (attributes, 0)
            }
            pair = allocated
        }
        styles[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// The pair for two colours, allocating one; nil when the pairs ran out.
    private mutating func pair(_ foreground: Int32, _ background: Int32) -> Int32? {
        let key = PairKey(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        guard nextPair < pairLimit else {
            isExhausted = true
            return nil
        }
        // A colour the terminal refuses falls back to its default colours, once.
        guard init_extended_pair(nextPair, foreground, background) == OK else {
            pairs[key] = 0
            return 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]
    }
}
