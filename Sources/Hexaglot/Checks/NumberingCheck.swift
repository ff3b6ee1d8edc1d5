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

    static let runIn = Rule(
        "numbering.run-in", .warning,
        "A list item run into the paragraph before it, or several items run into one paragraph.")
    static let malformedMarker = Rule(
        "numbering.malformed-marker", .warning,
        "A marker written wrongly for its list (`1 .`, `1)` in a list of `1.`, `(1` without its bracket).")

    public static let rules = [gap, duplicate, outOfOrder, mixedFamily, restart, runIn, malformedMarker]

    let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    public func check(_ document: Document) -> [Finding] {
        var findings: [Finding] = []
        let renderer = MarkerReader(catalog: catalog, language: document.language)
        let widthForms = Self.dominantWidthForms(document)
        var itemsByList: [Int: [Int]] = [:]
        var listOrder: [Int] = []
        for (index, block) in document.blocks.enumerated() {
            guard let list = block.list else { continue }
            if itemsByList[list.listID] == nil { listOrder.append(list.listID) }
            itemsByList[list.listID, default: []].append(index)
        }
        for id in listOrder {
            findings += check(items: itemsByList[id] ?? [], of: document, renderer: renderer, widthForms: widthForms)
        }
        return findings + runInFindings(in: document)
    }

    /// One finding for each paragraph that items were run into, at the first run-in marker, and one for each
    /// heading run into a paragraph.
    private func runInFindings(in document: Document) -> [Finding] {
        var findings: [Finding] = []
        var index = 0
        let blocks = document.blocks
        while index < blocks.count {
            guard blocks[index].isRunIn else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < blocks.count, blocks[last + 1].isRunIn, blocks[last + 1].marker != nil { last += 1 }
            let host = index > 0 ? blocks[index - 1] : nil
            let into = host?.marker.map { "the paragraph of \($0.raw)" } ?? "the paragraph before it"
            let first = blocks[index].marker?.raw ?? Self.headingLabel(blocks[index].text)
            let message: String
            if blocks[index].marker == nil {
                last = index
                message = "the heading \(first) is run into \(into); start it on a line of its own"
            } else if last == index {
                message = "\(first) is run into \(into); start the item on a line of its own"
            } else {
                let lastRaw = blocks[last].marker?.raw ?? ""
                message =
                    "\(first)…\(lastRaw) (\(last - index + 1) items) are run into \(into);"
                    + " start each item on a line of its own"
            }
            findings.append(Self.runIn.finding(in: document, at: blocks[index].markerLocation, message, found: first))
            index = last + 1
        }
        return findings
    }

    /// `SECTION 3.`, `Rule 5`: the word and number a run-in heading starts with.
    static func headingLabel(_ text: String) -> String {
        text.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")
    }

    private func familyName(_ id: String) -> String {
        catalog.families[id]?.name ?? id
    }

    /// The delimiters that differ only in width: `(x)` and `（x）`, `x.` and `x．`.
    static func widthClass(_ delimiter: String) -> String? {
        switch delimiter {
        case "(x)", "（x）": "brackets"
        case "x.", "x．": "stop"
        default: nil
        }
    }

    /// For each width class, the form most of the document's list markers are written in (ties: the first).
    static func dominantWidthForms(_ document: Document) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        var firstSeen: [String: String] = [:]
        for block in document.blocks where block.list != nil {
            guard let marker = block.marker, let widthClass = widthClass(marker.delimiter) else { continue }
            counts[widthClass, default: [:]][marker.delimiter, default: 0] += 1
            if firstSeen[widthClass] == nil { firstSeen[widthClass] = marker.delimiter }
        }
        var forms: [String: String] = [:]
        for (widthClass, byForm) in counts {
            let most = byForm.values.max() ?? 0
            let tied = byForm.filter { $0.value == most }.map(\.key)
            forms[widthClass] = tied.count == 1 ? tied[0] : firstSeen[widthClass]
        }
        return forms
    }

    private func check(items: [Int], of document: Document, renderer: MarkerReader, widthForms: [String: String])
        -> [Finding]
    {
        var findings: [Finding] = []
        var seen: Set<Int> = []
        var swapped: Set<Int> = []
        var foreignRunStart: Int?
        for (position, index) in items.enumerated() {
            let block = document.blocks[index]
            guard let marker = block.marker, let list = block.list else { continue }
            // A run-in item gets the run-in finding, which names the cause; its place in a list is less sure.
            if block.isRunIn, marker.style != list.style || marker.ordinal != list.expectedOrdinal { continue }
            let at = block.markerLocation
            if list.isRestart {
                findings.append(
                    Self.restart.finding(
                        in: document, at: at, "list starts again at \(marker.raw) with no heading since the last one",
                        found: marker.raw))
            }
            if marker.isMalformed || Self.isMalformed(marker, in: list) {
                findings.append(
                    Self.malformedMarker.finding(
                        in: document, at: at,
                        "\(marker.raw) is written wrongly for its list; this position calls for \(list.expectedMarker)",
                        expected: list.expectedMarker, found: marker.raw))
                foreignRunStart = nil
                seen.insert(list.expectedOrdinal)
                continue
            }
            // Half-width and full-width forms of one delimiter, `(五)` among `（一）…`, `1.` among `1．…`: the form
            // most of the document's markers use is its style, whatever list the item is in.
            if let form = widthForms[Self.widthClass(marker.delimiter) ?? ""], marker.family == list.style.family,
                Self.widthClass(list.style.delimiter) == Self.widthClass(marker.delimiter)
            {
                if marker.delimiter != form {
                    let written = renderer.render(
                        marker.ordinal, style: MarkerStyle(family: marker.family, delimiter: form))
                    findings.append(
                        Self.mixedFamily.finding(
                            in: document, at: at,
                            "\(marker.raw) is written in the other width of its delimiter than this document's lists;"
                                + " write \(written)",
                            expected: written, found: marker.raw, severity: .warning))
                    foreignRunStart = nil
                    seen.insert(marker.ordinal)
                    continue
                }
            } else if marker.style != list.style {
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
                    let lastMissing = missingMarker(ordinal - 1, like: block, list: list, renderer: renderer)
                    let what =
                        missing == 1
                        ? "\(list.expectedMarker) is missing"
                        : missing == 2
                            ? "\(list.expectedMarker) and \(lastMissing) are missing"
                            : "\(list.expectedMarker)…\(lastMissing) (\(missing) items) are missing"
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

    /// The marker of position `ordinal` in `list`'s style, in the digits of the item's own marker.
    private func missingMarker(_ ordinal: Int, like block: Block, list: ListPosition, renderer: MarkerReader) -> String
    {
        renderer.render(ordinal, style: list.style, digitsLike: block.marker?.token)
    }

    /// An item of the list's family whose delimiter differs from the list's (`1)` in a list of `1.`), other than
    /// the half-width and full-width forms of one bracket (`(五)` among `（一）…（四）`), which is a style change.
    static func isMalformed(_ marker: ListMarker, in list: ListPosition) -> Bool {
        guard marker.family == list.style.family, marker.delimiter != list.style.delimiter else { return false }
        return widthClass(marker.delimiter) == nil || widthClass(marker.delimiter) != widthClass(list.style.delimiter)
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
            message + (last == nil ? "" : Self.wordCause(of: block, in: document)),
            expected: list.expectedMarker,
            found: marker.raw,
            severity: isFamilyChange ? .error : .warning
        )
    }

    /// Why Word shows the run in another family: its paragraphs take their numbers from another list definition
    /// than the items before them (`; Word numbers them from list definition 7 (w:num 2), level 1, lowerLetter,
    /// the items before them from list definition 3 …: attach them to that list`). Empty for typed markers.
    static func wordCause(of block: Block, in document: Document) -> String {
        guard let own = document.automaticMarkers[block.location.line], let list = block.list else { return "" }
        let before = document.blocks.last { other in
            other.location.line < block.location.line && other.list?.listID == list.listID
                && other.marker?.family == list.style.family
        }
        guard let before, let theirs = document.automaticMarkers[before.location.line], theirs != own else {
            return "; Word numbers them from \(own.description)"
        }
        return "; Word numbers them from \(own.description), the items before them from \(theirs.description):"
            + " attach them to that list rather than retype their numbers"
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
