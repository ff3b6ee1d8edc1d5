/// Compares every numbered block with what its list's position calls for (`ListPosition`, from the
/// structure stage). Reports gaps, duplicates, items out of order, items in another marker family or style,
/// and lists that start again.
public struct NumberingCheck: DocumentCheck {
    static let gap = Rule("numbering.gap", .error, "A list skips one or more markers, or starts past its first.")
    static let duplicate = Rule("numbering.duplicate", .error, "A marker appears twice in one list.")
    static let outOfOrder = Rule("numbering.out-of-order", .error, "Markers of one list are not in order.")
    static let mixedFamily = Rule(
        "numbering.mixed-family",
        .error,
        "An item is numbered in another family (`(d)` in a `(一)` list) or style (`b)` in an `(a)` list)."
    )
    static let restart = Rule(
        "numbering.restart", .warning, "A list starts again at its first marker with no heading between.")

    public static let rules = [gap, duplicate, outOfOrder, mixedFamily, restart]

    let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    public func check(_ document: Document) -> [Finding] {
        var findings: [Finding] = []
        var itemsByList: [Int: [Int]] = [:]
        var listOrder: [Int] = []
        for (index, block) in document.blocks.enumerated() {
            guard let list = block.list else { continue }
            if itemsByList[list.listID] == nil { listOrder.append(list.listID) }
            itemsByList[list.listID, default: []].append(index)
        }
        for id in listOrder {
            findings += check(items: itemsByList[id] ?? [], of: document)
        }
        return findings
    }

    private func familyName(_ id: String) -> String {
        catalog.families[id]?.name ?? id
    }

    private func check(items: [Int], of document: Document) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<Int> = []
        var swapped: Set<Int> = []
        var foreignRunStart: Int?
        for (position, index) in items.enumerated() {
            let block = document.blocks[index]
            guard let marker = block.marker, let list = block.list else { continue }
            let at = block.markerLocation
            if list.isRestart {
                findings.append(
                    Self.restart.finding(
                        in: document, at: at, "list starts again at \(marker.raw) with no heading since the last one",
                        found: marker.raw))
            }
            if marker.style != list.style {
                let runLength =
                    foreignRunStart == nil ? foreignRunLength(from: position, items: items, document: document) : 0
                let lastOfRun = runLength > 1 ? document.blocks[items[position + runLength - 1]] : nil
                findings.append(styleFinding(for: block, in: document, runEndingWith: lastOfRun, runLength: runLength))
                foreignRunStart = foreignRunStart ?? position
                continue
            }
            foreignRunStart = nil
            let ordinal = marker.ordinal
            defer { seen.insert(ordinal) }
            if ordinal == list.expectedOrdinal || list.isRestart || swapped.contains(index) { continue }
            if ordinal > list.expectedOrdinal {
                if let next = items.dropFirst(position + 1).first, let other = document.blocks[next].marker,
                    other.style == list.style, other.ordinal == list.expectedOrdinal
                {
                    swapped.insert(next)
                    findings.append(
                        Self.outOfOrder.finding(
                            in: document, at: at, "\(marker.raw) comes before \(other.raw)",
                            expected: list.expectedMarker, found: marker.raw))
                } else if list.expectedOrdinal == 1 {
                    findings.append(
                        Self.gap.finding(
                            in: document, at: at, "list starts at \(marker.raw), not at \(list.expectedMarker)",
                            expected: list.expectedMarker, found: marker.raw))
                } else {
                    let missing = ordinal - list.expectedOrdinal
                    let what =
                        missing == 1
                        ? "\(list.expectedMarker) is missing"
                        : "\(missing) markers are missing from \(list.expectedMarker) on"
                    findings.append(
                        Self.gap.finding(
                            in: document, at: at, "\(what): \(marker.raw) follows the previous item",
                            expected: list.expectedMarker, found: marker.raw))
                }
            } else if seen.contains(ordinal) {
                findings.append(
                    Self.duplicate.finding(
                        in: document, at: at,
                        "\(marker.raw) appears twice in this list; this position calls for \(list.expectedMarker)",
                        expected: list.expectedMarker, found: marker.raw))
            } else {
                findings.append(
                    Self.outOfOrder.finding(
                        in: document, at: at,
                        "\(marker.raw) comes after a later marker; this position calls for \(list.expectedMarker)",
                        expected: list.expectedMarker, found: marker.raw))
            }
        }
        return findings
    }

    /// The finding for an item written in another family or style than its list. The first item of a run of
    /// such items names the whole run and the markers its positions call for.
    private func styleFinding(for block: Block, in document: Document, runEndingWith last: Block?, runLength: Int)
        -> Finding
    {
        guard let marker = block.marker, let list = block.list else {
            preconditionFailure("only list items have a style")
        }
        let isFamilyChange = marker.family != list.style.family
        let family = familyName(marker.family)
        let listFamily = familyName(list.style.family)
        let message: String
        if let last, let lastMarker = last.marker, let lastExpected = last.list?.expectedMarker {
            let what =
                isFamilyChange
                ? "numbered in \(family) inside a list of \(listFamily)" : "in another style than their list"
            message =
                "\(marker.raw) starts a run of \(runLength) items \(what), \(marker.raw)…\(lastMarker.raw);"
                + " their positions call for \(list.expectedMarker)…\(lastExpected)"
        } else if isFamilyChange {
            message =
                "\(marker.raw) is numbered in \(family) in a list of \(listFamily); this position calls for \(list.expectedMarker)"
        } else {
            message =
                "\(marker.raw) is written in another style than its list; this position calls for \(list.expectedMarker)"
        }
        return Self.mixedFamily.finding(
            in: document,
            at: block.markerLocation,
            message,
            expected: list.expectedMarker,
            found: marker.raw,
            severity: isFamilyChange ? .error : .warning
        )
    }

    /// How many items from `position` on are written in a style other than their list's.
    private func foreignRunLength(from position: Int, items: [Int], document: Document) -> Int {
        var length = 0
        for index in items.dropFirst(position) {
            guard let marker = document.blocks[index].marker, let list = document.blocks[index].list,
                marker.style != list.style
            else { break }
            length += 1
        }
        return length
    }
}
