/// Lists compared across two versions: the same number of items (`xlang.list-length`), and aligned items
/// whose markers mean the same position (`xlang.item-ordinal`).
struct ListComparison {
    let pair: VersionPair

    init(_ pair: VersionPair) {
        self.pair = pair
    }

    /// One list of a version: its items in order, with the position each stands at.
    struct List {
        var id: Int
        var items: [(position: Int, block: Int)]
    }

    /// The lists of `version` by list id, in document order.
    static func lists(of version: SegmentedDocument) -> [List] {
        let blocks = version.document.blocks
        let paths = ClausePaths(blocks)
        var lists: [List] = []
        var indexOf: [Int: Int] = [:]
        for index in blocks.indices {
            guard let position = blocks[index].list, let ordinal = paths[index].last else { continue }
            if indexOf[position.listID] == nil {
                indexOf[position.listID] = lists.count
                lists.append(List(id: position.listID, items: []))
            }
            lists[indexOf[position.listID, default: 0]].items.append((ordinal, index))
        }
        return lists
    }

    /// A finding for each list whose items differ in number, naming the first item one version lacks; and the
    /// ids of the other version's lists that have one (their items' ordinals are not compared again).
    ///
    /// Each pivot list is matched with the list of the other version that holds most of the text aligned with
    /// its items: lists are found through the alignment, so a list parsed differently in one version (or
    /// missing) does not shift every list after it.
    func lengthFindings() -> (findings: [Finding], lists: Set<Int>) {
        let otherLists = Dictionary(Self.lists(of: pair.other).map { ($0.id, $0) }) { first, _ in first }
        let pivotFirstSegment = Self.firstSegments(of: pair.pivot)
        var findings: [Finding] = []
        var reported: Set<Int> = []
        for pivotList in Self.lists(of: pair.pivot) {
            var votes: [Int: Int] = [:]
            for item in pivotList.items {
                guard let segment = pivotFirstSegment[item.block] else { continue }
                for target in pair.beads[pair.pivotBead[segment]].target {
                    guard let block = pair.other.segments[target].block,
                        let list = pair.other.document.blocks[block].list
                    else { continue }
                    votes[list.listID, default: 0] += 1
                }
            }
            guard let match = votes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key,
                let otherList = otherLists[match], !reported.contains(match),
                pivotList.items.count != otherList.items.count,
                hasItemWithoutText(pivotList, otherList)
            else { continue }
            reported.insert(match)
            findings.append(lengthFinding(pivotList, otherList))
        }
        return (findings, reported)
    }

    /// Whether the lists differ in text too, not only in markers: some item of one is text the other version
    /// really lacks (a unit of the alignment's omissions). An item whose text the other version has, bare or run
    /// into another item (`v) … vi) …` on one line), lost its marker, which `xlang.markers-missing` and
    /// `numbering.run-in` report; it is not an item too many or too few. The omission is looked for anywhere in
    /// the list, as the alignment may pair the items around a lost one off by one.
    private func hasItemWithoutText(_ pivotList: List, _ otherList: List) -> Bool {
        let pivotBlocks = Set(pivotList.items.map(\.block))
        let otherBlocks = Set(otherList.items.map(\.block))
        return pair.omissions.contains { run in
            guard !run.partial else { return false }
            return run.beads.contains { index in
                run.inSource
                    ? pair.beads[index].source.contains {
                        pair.pivot.segments[$0].block.map(pivotBlocks.contains) == true
                    }
                    : pair.beads[index].target.contains {
                        pair.other.segments[$0].block.map(otherBlocks.contains) == true
                    }
            }
        }
    }

    /// The first segment of each block of `version` that has one.
    static func firstSegments(of version: SegmentedDocument) -> [Int: Int] {
        var first: [Int: Int] = [:]
        for segment in version.segments {
            if let block = segment.block, first[block] == nil { first[block] = segment.id }
        }
        return first
    }

    private func lengthFinding(_ pivotList: List, _ otherList: List) -> Finding {
        let pivotBlocks = pair.pivot.document.blocks
        let otherBlocks = pair.other.document.blocks
        let otherPositions = Set(otherList.items.map(\.position))
        let pivotPositions = Set(pivotList.items.map(\.position))
        let counts =
            "this list has \(otherList.items.count) items, the \(pair.pivot.language.name) \(pivotList.items.count)"
        if let missing = pivotList.items.first(where: { !otherPositions.contains($0.position) }) {
            // Put the finding where the missing item belongs: after the last item before it.
            let before = otherList.items.last { $0.position < missing.position } ?? otherList.items[0]
            let pivotMarker = pivotBlocks[missing.block].marker?.raw ?? "item \(missing.position)"
            let location = pivotBlocks[missing.block].markerLocation
            return VersionPair.finding(
                VersionComparison.listLength, in: pair.other, at: otherBlocks[before.block].markerLocation,
                "\(counts): nothing here stands for \(pivotMarker) of \(VersionPair.describe(pair.pivot, location))",
                counterpart: (pair.pivot, location), expected: "\(pivotList.items.count) items",
                found: "\(otherList.items.count) items")
        }
        let extra = otherList.items.first { !pivotPositions.contains($0.position) } ?? otherList.items[0]
        let marker = otherBlocks[extra.block].marker?.raw ?? "item \(extra.position)"
        let pivotLocation = pivotBlocks[pivotList.items[0].block].markerLocation
        return VersionPair.finding(
            VersionComparison.listLength, in: pair.other, at: otherBlocks[extra.block].markerLocation,
            "\(counts): \(marker) has no counterpart in the list of \(VersionPair.describe(pair.pivot, pivotLocation))",
            counterpart: (pair.pivot, pivotLocation), expected: "\(pivotList.items.count) items",
            found: "\(otherList.items.count) items")
    }

    /// Aligned list items whose markers stand for different positions: (d) against (九).
    func ordinalFindings(skippingListsOf reported: Set<Int>) -> [Finding] {
        var findings: [Finding] = []
        for bead in pair.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let pivotItems = Self.markedItems(pair.pivot, bead.source)
            let otherItems = Self.markedItems(pair.other, bead.target)
            for (pivotItem, otherItem) in zip(pivotItems, otherItems) {
                // Items at different depths (a sub-item against an item: `3．` against `a)` where a line break put
                // a cross-reference at the start of a line) are not the same list: their positions say nothing.
                guard pivotItem.marker.ordinal != otherItem.marker.ordinal, pivotItem.depth == otherItem.depth,
                    let otherList = pair.other.document.blocks[otherItem.block].list,
                    !reported.contains(otherList.listID)
                else { continue }
                // The version whose marker disagrees with its own list is the one at fault.
                let pivotAtFault = pivotItem.marker.ordinal != pivotItem.position
                let otherAtFault = otherItem.marker.ordinal != otherItem.position
                let (faulty, faultyItem, sound, soundItem) =
                    pivotAtFault && !otherAtFault
                    ? (pair.pivot, pivotItem, pair.other, otherItem) : (pair.other, otherItem, pair.pivot, pivotItem)
                findings.append(
                    VersionPair.finding(
                        VersionComparison.itemOrdinal, in: faulty, at: faultyItem.location,
                        "\(faultyItem.marker.raw) stands for item \(faultyItem.marker.ordinal), but it is aligned with \(soundItem.marker.raw), item \(soundItem.marker.ordinal), in \(VersionPair.describe(sound, soundItem.location))",
                        counterpart: (sound, soundItem.location), expected: "item \(soundItem.marker.ordinal)",
                        found: "\(faultyItem.marker.raw) (item \(faultyItem.marker.ordinal))"))
            }
        }
        return findings
    }

    struct MarkedItem {
        var block: Int
        var marker: ListMarker
        /// The position the item stands at in its list.
        var position: Int
        /// How deep its list is: 1 for a top-level list, 2 for a list within an item.
        var depth: Int
        var location: SourceLocation
    }

    /// The list items that start in `range` of `version`'s segments.
    static func markedItems(_ version: SegmentedDocument, _ range: Range<Int>) -> [MarkedItem] {
        range.compactMap { index in
            let segment = version.segments[index]
            guard segment.marker != nil, let block = segment.block, let position = segment.clausePath.last,
                let marker = version.document.blocks[block].marker, version.document.blocks[block].list != nil
            else { return nil }
            return MarkedItem(
                block: block, marker: marker, position: position, depth: segment.clausePath.count,
                location: segment.location)
        }
    }
}
