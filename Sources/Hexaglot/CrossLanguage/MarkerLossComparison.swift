/// Lists whose markers one version lost (`xlang.markers-missing`): a web copy where the Chinese keeps `一、`
/// `(子)(丑)` and the other version shows the same paragraphs bare. One finding per list, naming its markers; and
/// when a version has lost the markers of nearly every list (the copy never numbers anything), one finding for
/// the version instead of one per list, since the fix is one: take the text from a source that keeps them.
struct MarkerLossComparison {
    let pair: VersionPair
    /// Reads inline markers where the alignment kept no tokens for the other version.
    private let otherAnchors: AnchorExtractor?

    init(_ pair: VersionPair) {
        self.pair = pair
        otherAnchors = pair.otherTokens == nil ? AnchorExtractor(language: pair.other.language) : nil
    }

    /// A pivot list whose aligned counterparts carry no marker at all.
    private struct BareList {
        var pivotItems: [Int]
        /// Where the first aligned paragraph of the other version is.
        var otherLocation: SourceLocation
    }

    /// The share of a version's lists that must be bare for one finding to stand for them all.
    private static let wholeVersionShare = 0.9
    private static let wholeVersionMinimum = 3

    func findings() -> [Finding] {
        let pivotFirstSegment = ListComparison.firstSegments(of: pair.pivot)
        var bare: [BareList] = []
        var compared = 0
        for list in ListComparison.lists(of: pair.pivot) where list.items.count >= 2 {
            var aligned = 0
            var marked = 0
            var first: SourceLocation?
            for item in list.items {
                guard let segment = pivotFirstSegment[item.block] else { continue }
                let targets = pair.beads[pair.pivotBead[segment]].target
                guard let start = targets.first else { continue }
                aligned += 1
                if first == nil { first = pair.other.segments[start].location }
                if targets.contains(where: { isMarked(pair.other.segments[$0]) }) { marked += 1 }
            }
            // A list with fewer than two items aligned says nothing either way.
            guard aligned >= 2, let first else { continue }
            compared += 1
            if marked == 0 { bare.append(BareList(pivotItems: list.items.map(\.block), otherLocation: first)) }
        }
        guard let firstBare = bare.first else { return [] }
        if bare.count >= Self.wholeVersionMinimum, Double(bare.count) >= Self.wholeVersionShare * Double(compared) {
            return [wholeVersionFinding(bare, of: compared, first: firstBare)]
        }
        return bare.map(listFinding)
    }

    /// Whether the other version's segment carries a marker: its own, its block's, or inline (`…: (a) …; (b) …`,
    /// items run into one paragraph, which `numbering.run-in` reports).
    private func isMarked(_ segment: Segment) -> Bool {
        guard segment.marker == nil else { return true }
        if let block = segment.block, pair.other.document.blocks[block].marker != nil { return true }
        let tokens = pair.otherTokens?[segment.id] ?? otherAnchors?.tokens(in: segment.text) ?? []
        return tokens.contains { $0.hasPrefix("e:") }
    }

    /// `these 7 paragraphs are numbered 一、…七、 in Chinese (x.zh.txt:12:1) and carry no numbers here`.
    private func listFinding(_ list: BareList) -> Finding {
        let blocks = pair.pivot.document.blocks
        let location = blocks[list.pivotItems[0]].markerLocation
        let markers = Self.span(list.pivotItems.compactMap { blocks[$0].marker?.raw })
        return VersionPair.finding(
            VersionComparison.markersMissing, in: pair.other, at: list.otherLocation,
            "these \(list.pivotItems.count) paragraphs are numbered \(markers) in \(VersionPair.describe(pair.pivot, location)) and carry no numbers here",
            counterpart: (pair.pivot, location), expected: markers, found: "no markers")
    }

    private func wholeVersionFinding(_ bare: [BareList], of compared: Int, first: BareList) -> Finding {
        let blocks = pair.pivot.document.blocks
        let location = blocks[first.pivotItems[0]].markerLocation
        let items = bare.reduce(0) { $0 + $1.pivotItems.count }
        let markers = Self.span(first.pivotItems.compactMap { blocks[$0].marker?.raw })
        return VersionPair.finding(
            VersionComparison.markersMissing, in: pair.other, at: first.otherLocation,
            "\(bare.count == compared ? "none" : "\(bare.count)") of the \(compared) numbered lists of \(pair.pivot.language.name) (\(items) items) \(bare.count == compared ? "carries" : "carry no") numbers here, from the first, numbered \(markers) in \(VersionPair.describe(pair.pivot, location)): this copy has lost its list numbering",
            counterpart: (pair.pivot, location), expected: "\(compared) numbered lists",
            found: "\(compared - bare.count) numbered lists")
    }

    /// `一、…七、`: the first and last marker of a list.
    private static func span(_ markers: [String]) -> String {
        guard let first = markers.first, let last = markers.last else { return "" }
        return markers.count == 1 ? first : "\(first)…\(last)"
    }
}
