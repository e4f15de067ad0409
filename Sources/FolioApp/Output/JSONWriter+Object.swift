extension JSONWriter {
    /// A value of a flat JSON object (`object(_:)`).
    enum Field {
        case string(String?)
        case number(Int)
        case bool(Bool)
        case strings([String])
    }

    /// Appends an object of `fields`, keys in the order given, followed by a newline (a line of
    /// JSON Lines).
    mutating func objectLine(_ fields: [(StaticString, Field)]) {
        raw("{")
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { raw(",") }
            self.key(key)
            switch value {
            case .string(let text): string(text)
            case .number(let number): self.number(number)
            case .bool(let flag): raw(flag ? "true" : "false")
            case .strings(let texts):
                raw("[")
                for (position, text) in texts.enumerated() {
                    if position > 0 { raw(",") }
                    string(text)
                }
                raw("]")
            }
        }
        raw("}\n")
    }
}
