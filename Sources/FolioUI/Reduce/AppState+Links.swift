import FolioKit

extension AppState {
    /// The links of the open article.
    var openLinks: [Link] { reader.layout?.article.links ?? [] }

    mutating func showLinks() {
        guard reader.layout != nil else {
            message = StatusMessage("Open an article first: L lists its links")
            return
        }
        guard !openLinks.isEmpty else {
            message = StatusMessage("This article has no links")
            return
        }
        overlay = .links(selected: 0, typed: nil)
    }

    mutating func moveLinks(by delta: Int) {
        guard case .links(let selected, _) = overlay else { return }
        overlay = .links(selected: min(max(0, selected + delta), max(0, openLinks.count - 1)), typed: nil)
    }

    /// Selects link N as its digits are typed: `1` then `2` selects link 12 when there is one.
    mutating func typeLinkDigit(_ digit: Int) {
        guard case .links(let selected, let typed) = overlay else { return }
        let count = openLinks.count
        if let typed, (1...count).contains(typed * 10 + digit) {
            overlay = .links(selected: typed * 10 + digit - 1, typed: typed * 10 + digit)
        } else if (1...count).contains(digit) {
            overlay = .links(selected: digit - 1, typed: digit)
        } else {
            overlay = .links(selected: selected, typed: nil)
            message = StatusMessage("No link \(digit): this article has \(count)", isError: true)
        }
    }

    /// Asks the wiring to open the selected link, when `LinkTarget` allows it.
    mutating func openSelectedLink() -> [Effect] {
        guard case .links(let selected, _) = overlay, openLinks.indices.contains(selected),
            let article = reader.layout?.article
        else { return [] }
        switch LinkTarget.resolve(openLinks[selected].url, base: article.url) {
        case .success(let url):
            overlay = nil
            message = StatusMessage("Opening \(url)")
            return [.openLink(url)]
        case .failure(let refusal):
            message = StatusMessage("Not opening link \(selected + 1): \(refusal)", isError: true)
            return []
        }
    }
}
