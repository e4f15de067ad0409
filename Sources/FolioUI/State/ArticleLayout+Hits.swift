import FolioKit

extension ArticleLayout {
    /// The line a hit starts on (`end`: ends on); 0 when no line shows its place.
    func line(of hit: SearchHit, end: Bool = false) -> Int {
        line(of: hit.place, offset: end ? max(hit.range.lowerBound, hit.range.upperBound - 1) : hit.range.lowerBound) ?? 0
    }

    /// The index of the first of `hits` that starts (`end`: ends) on `line` or below it, or
    /// `hits.count` when none does. Hits come in reading order, so their lines never go
    /// down: a binary search, whatever the number of hits.
    func firstHit(_ hits: [SearchHit], atOrAfter line: Int, end: Bool = false) -> Int {
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if self.line(of: hits[middle], end: end) < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
