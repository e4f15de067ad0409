/// Recognises the scraping debris a plain-text article may end with: the label of a link or
/// widget that stood under the article on its web page (`Read more`, `Share this article`,
/// `Related Articles`, `Advertisement`, `HTML tutorial`, `Comments (12)`).
///
/// Such a line is made of the words of page furniture only, with at least one of them that is
/// not a mere function word: a closing line of the text itself (`Bob`, `See you soon`,
/// `The End`) has words of its own and is never taken for debris.
enum DebrisLine {
    /// True when every word of `start..<end` is a word of page furniture or a function word,
    /// at least one of them furniture. Digits and punctuation are ignored (`Comments (12)`);
    /// a word with other letters (any non-ASCII letter) is the text's own.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var hasFurniture = false
        var index = start
        while index < end {
            while index < end, !isLetter(bytes[index]), bytes[index] < 0x80 { index += 1 }
            guard index < end else { break }
            var word: [UInt8] = []
            while index < end, isLetter(bytes[index]) || bytes[index] >= 0x80 {
                // A byte of a non-ASCII scalar: a letter of the text's own, or typographic
                // punctuation (a curly apostrophe, a dash) that ends the word.
                if bytes[index] >= 0x80 {
                    let (scalar, length) = ByteText.scalar(in: bytes, at: index)
                    if scalar.properties.isAlphabetic { return false }
                    index += length
                    break
                }
                word.append(bytes[index] | 0x20)
                index += 1
            }
            guard !word.isEmpty else { continue }
            if furniture.contains(word) {
                hasFurniture = true
            } else if !functionWords.contains(word) {
                return false
            }
        }
        return hasFurniture
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Words of the links, buttons and labels around an article on a web page.
    private static let furniture: Set<[UInt8]> = Set(
        """
        ad ads advert advertisement advertisements advertising sponsored sponsor promoted promotion
        tutorial tutorials html css javascript read reading continue more related article articles story stories
        post posts comment comments share shares sharing shared tweet email print subscribe subscription
        subscribers newsletter newsletters sign login logout register follow facebook twitter linkedin
        pinterest whatsapp reddit instagram youtube tiktok rss feed top back next previous prev page pages
        home menu skip navigation click view show hide latest popular trending recommended tags tag
        categories category filed permalink reply replies discussion conversation cookies cookie privacy
        policy terms copyright rights reserved contact download app video videos photo photos gallery
        image images credit credits loading advertise donate support edit report
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    /// Words that join the furniture's words (`Share this article`, `Sign up for our newsletter`).
    private static let functionWords: Set<[UInt8]> = Set(
        """
        the this that a an to of on for our your my in with and or at by from it us me now here all
        up out also see full main other s
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })
}
