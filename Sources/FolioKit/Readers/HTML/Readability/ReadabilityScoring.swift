// MARK: - Scoring and choosing the article

extension ReadabilityPass {
    /// How many of the best candidates are compared when looking for a common ancestor.
    static let topCandidateCount = 5

    /// Scores each paragraph-like element and hands the score to five levels of ancestors:
    /// all of it to the parent, half to the grandparent, a third of it per level above.
    mutating func scoreElements() {
        for element in elementsToScore where tree[element].parent > HTMLTree.rootIndex {
            let text = tree.textMeasure(element)
            guard text.length >= 25 else { continue }
            let ancestors = tree.ancestors(of: element, maxDepth: 5)
            guard !ancestors.isEmpty else { continue }
            let score = 1 + Double(text.commas + 1) + Double(min(text.length / 100, 3))
            for (level, ancestor) in ancestors.enumerated() where tree[ancestor].parent > HTMLTree.rootIndex {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
            }
        }
    }

    /// The score a candidate starts with: by tag, plus its class weight.
    func initialScore(_ index: Int) -> Double {
        let base: Double
        switch tree[index].name {
        case "div": base = 5
        case "pre", "td", "blockquote": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: base = 0
        }
        return base + classWeight(index)
    }

    /// The best candidate after link-density scaling, moved up the tree where its parent
    /// gathers several near-best candidates or scores higher; a new `div` holding the whole
    /// body when nothing scored.
    mutating func chooseTopCandidate(body: Int) -> Int {
        for (candidate, score) in scores { scores[candidate] = score * (1 - linkDensity(candidate)) }
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .prefix(Self.topCandidateCount).map(\.key)
        guard var top = ranked.first, tree[top].name != "body", tree[top].parent >= 0 else {
            let wrapper = tree.createElement("div")
            for child in tree.children(body) { tree.move(child, to: wrapper) }
            tree.move(wrapper, to: body)
            scores[wrapper] = initialScore(wrapper)
            return wrapper
        }
        let topScore = scores[top] ?? 0
        let alternatives = ranked.dropFirst().filter { (scores[$0] ?? 0) / max(topScore, 1e-9) >= 0.75 }
            .map { Set(tree.ancestors(of: $0)) }
        if alternatives.count >= 3 {
            var parent = tree[top].parent
            while parent > HTMLTree.rootIndex, tree[parent].name != "body" {
                if alternatives.filter({ $0.contains(parent) }).count >= 3 {
                    top = parent
                    break
                }
                parent = tree[parent].parent
            }
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        var parent = tree[top].parent
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        while parent > HTMLTree.rootIndex, tree[parent].name != "body" {
            guard let parentScore = scores[parent] else {
                parent = tree[parent].parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        parent = tree[top].parent
        while parent > HTMLTree.rootIndex, tree[parent].name != "body", tree.elementChildren(parent).count == 1 {
            top = parent
            parent = tree[top].parent
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        return top
    }

    /// A new `div` holding the top candidate and those siblings that look related: high
    /// enough scores, or paragraphs of real sentences with few links.
    mutating func gatherSiblings(of top: Int) -> Int {
        let article = tree.createElement("div")
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let parent = tree[top].parent
        let topClass = tree[top].attribute("class") ?? ""
        for sibling in parent >= 0 ? tree.elementChildren(parent) : [top] {
            var append = sibling == top
            if !append {
                let bonus = !topClass.isEmpty && tree[sibling].attribute("class") == topClass ? topScore * 0.2 : 0
                if let score = scores[sibling], score + bonus >= threshold {
                    append = true
                } else if tree[sibling].name == "p" {
                    let density = linkDensity(sibling)
                    let text = tree.innerText(sibling)
                    let length = tree.innerTextLength(sibling)
                    append = (length > 80 && density < 0.25)
                        || (length < 80 && length > 0 && density == 0 && Self.hasSentenceEnd(text))
                }
            }
            guard append else { continue }
            if !["div", "article", "section", "p"].contains(tree[sibling].name) { tree.rename(sibling, to: "div") }
            tree.move(sibling, to: article)
        }
        return article
    }

    /// Whether the text has a full stop followed by a space or the end.
    static func hasSentenceEnd(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.contains { bytes[$0] == UInt8(ascii: ".") && ($0 + 1 == bytes.count || bytes[$0 + 1] == 0x20) }
    }
}
