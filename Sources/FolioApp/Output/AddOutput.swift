import FolioNet

/// What `folio add` prints for each address.
enum AddOutput {
    /// Prints `outcome`: `saved  TITLE  (PATH)` or `exists  TITLE  (PATH)` on standard output
    /// (with `json`, one JSON object with url, final_url, status, path, title and error
    /// instead), and a failure's reason on standard error as `folio: URL: REASON`.
    static func print(_ outcome: AddOutcome, json: Bool) {
        var output = StandardOutput()
        if json {
            output.write(line(outcome))
        } else if outcome.status != .failed {
            var line = Array("\(outcome.status.rawValue)  ".utf8)
            SafeText.append(outcome.title ?? "", to: &line)
            line += Array("  (".utf8)
            SafeText.append(outcome.path ?? "", to: &line)
            line += Array(")\n".utf8)
            output.write(line)
        }
        output.flush()
        if let error = outcome.error { StandardOutput.error(failure(outcome.url, error)) }
    }

    /// The line that says why `url` was not saved, `URL: REASON` (after `folio: ` on standard
    /// error; on the reader's status line as it is).
    static func failure(_ url: String, _ error: AddError) -> String {
        "\(url): \(error.description)"
    }

    /// The JSON object for `outcome`, keys in a fixed order, followed by a newline.
    static func line(_ outcome: AddOutcome) -> [UInt8] {
        var json = JSONWriter()
        json.objectLine([
            ("url", .string(outcome.url)), ("final_url", .string(outcome.finalURL)), ("status", .string(outcome.status.rawValue)),
            ("path", .string(outcome.path)), ("title", .string(outcome.title)), ("error", .string(outcome.error?.description)),
        ])
        return json.bytes
    }
}
