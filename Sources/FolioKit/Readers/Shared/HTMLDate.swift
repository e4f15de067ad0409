/// Reads the dates pages give in metadata: ISO 8601 (`2015-07-24T05:36:09+01:00`) or English
/// text (`April 28, 2019 at 6:01 am`, `22 Dec 2016`).
enum HTMLDate {
    /// The calendar date in `text`, nil when none is recognised.
    static func parse(_ text: String) -> SimpleDate? {
        let bytes = Array(text.utf8.prefix(64))
        if bytes.count >= 10, let year = number(bytes[0..<4]), bytes[4] == UInt8(ascii: "-"),
            let month = number(bytes[5..<7]), bytes[7] == UInt8(ascii: "-"), let day = number(bytes[8..<10])
        {
            return SimpleDate(year: year, month: month, day: day)
        }
        return parseWords(text)
    }

    private static func parseWords(_ text: String) -> SimpleDate? {
        var month: Int?
        var day: Int?
        var year: Int?
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(12) {
            let token = String(word)
            if let value = Int(token) {
                if token.count == 4, year == nil {
                    year = value
                } else if token.count <= 2, day == nil, (1...31).contains(value) {
                    day = value
                }
            } else if month == nil, token.count >= 3 {
                let prefix = token.prefix(3).lowercased()
                if let index = SimpleDate.monthNames.firstIndex(where: { $0.prefix(3).lowercased() == prefix }) {
                    month = index + 1
                }
            }
        }
        guard let year, let month, let day else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
