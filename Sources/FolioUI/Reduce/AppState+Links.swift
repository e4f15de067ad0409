import FolioKit

extension AppState {
    /// The rows of the links popup: the open article's own address (a feed item's link) as
    /// link 0 when it has one, then its links, numbered from 1 as the text shows them.
    public var openLinks: [Link] {
        guard let article = reader.layout?.article else { return [] }
        return (article.url.map { [Link(text: "this article", url: $0)] } ?? []) + article.links
    }

    /// The number of the first row of the links popup: 0 when it starts with the article's own address.
    public var firstLinkNumber: Int { reader.layout?.article.url == nil ? 1 : 0 }

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
        let numbers = firstLinkNumber..<firstLinkNumber + openLinks.count
        if let typed, typed > 0, numbers.contains(typed * 10 + digit) {
            overlay = .links(selected: typed * 10 + digit - firstLinkNumber, typed: typed * 10 + digit)
        } else if numbers.contains(digit) {
            overlay = .links(selected: digit - firstLinkNumber, typed: digit)
        } else {
            overlay = .links(selected: selected, typed: nil)
            message = StatusMessage("No link \(digit): this article's links are \(numbers.lowerBound)–\(numbers.upperBound - 1)", isError: true)
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
            message = StatusMessage("Not opening link \(selected + firstLinkNumber): \(refusal)", isError: true)
            return []
        }
    }
}
