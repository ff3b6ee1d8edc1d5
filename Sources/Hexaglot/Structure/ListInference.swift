/// Works out which list each numbered block belongs to, at what level, and what marker its position calls for.
///
/// Each list learns its style (family and delimiter) from its first item. An item continues the innermost
/// open list it fits; a first marker (`(a)`, `(一)`, `(i)`) opens a sublist; an item that fits no list is
/// placed where the evidence puts it: a run of items in a foreign family that the outer list resumes after
/// (`(一)…(八)`, `(d)…(k)`, `(十七)`) belongs to that list, at the positions it skipped.
struct ListInference {
    let markers: MarkerReader

    private struct OpenList {
        var id: Int
        var style: MarkerStyle
        var level: Int
        var parent: Int?
        var last: Int
        var seen: Set<Int>
        /// A marker of the first item, whose digits (ASCII, full-width, Arabic-Indic) the list writes in.
        var sample: String
        /// The list hangs from an unnumbered lead-in paragraph; the next unnumbered paragraph ends it.
        var hangsFromChapeau: Bool
        /// The block index of the list's latest item: the parent of a sublist opened now.
        var lastItem: Int
    }

    private var stack: [OpenList] = []
    /// The latest closed list of each style. Numbering may run on after a list closes: paragraphs numbered
    /// through a report across its chapter headings (`II.`, then `5.` after `4.`), or past a heading.
    private var closed: [MarkerStyle: OpenList] = [:]
    private var nextID = 0
    /// Positions decided ahead for the rest of a foreign run: block index → (list id, ordinal, reading).
    private var decided: [Int: (list: Int, ordinal: Int, reading: Int)] = [:]
    /// The end of the last foreign run that no open list resumed after: items before it need no second look.
    private var runWithoutResumption = 0
    /// The last block that was neither a footnote body nor a note.
    private var lastContent: Int?

    /// Whether a paragraph opens an article or chapter (`Article 52`, `第五十二条　适用范围`, `Статья 52. …`):
    /// lists end there, as at a heading.
    let opensSection: (String) -> Bool

    init(markers: MarkerReader, opensSection: @escaping (String) -> Bool = { _ in false }) {
        self.markers = markers
        self.opensSection = opensSection
    }

    mutating func run(_ blocks: inout [Block]) {
        for index in blocks.indices {
            switch blocks[index].kind {
            case .footnoteBody, .note:
                continue
            case .heading:
                close(from: 0)
            default:
                if blocks[index].marker == nil {
                    if opensSection(blocks[index].text) { close(from: 0) } else { closeChapeauLists() }
                } else {
                    place(index, in: &blocks)
                    guard blocks[index].list != nil else {
                        // A malformed marker no list confirms is text: `(1 of 3)`.
                        blocks[index].demoteMarker()
                        closeChapeauLists()
                        lastContent = index
                        continue
                    }
                    let isTopDecimal = blocks[index].list.map { $0.level == 0 && $0.style.family == "decimal" } ?? false
                    blocks[index].kind = isTopDecimal ? .operative : .listItem
                }
            }
            lastContent = index
        }
        ListStyleVote(markers: markers).apply(to: &blocks)
    }

    /// Closes the open lists from `index` up, remembering each so that its numbering may resume.
    private mutating func close(from index: Int) {
        guard index < stack.count else { return }
        for list in stack[index...] { closed[list.style] = list }
        stack.removeSubrange(index...)
    }

    /// Opens again, on top of the stack, the closed list in the style of one of `marker`'s readings whose last
    /// ordinal `accepts` the reading's; returns that reading.
    private mutating func reopenClosedList(for marker: ListMarker, where accepts: (Int, Int) -> Bool) -> Int? {
        for (r, reading) in marker.readings.enumerated() {
            let style = MarkerStyle(family: reading.family, delimiter: marker.delimiter)
            guard var list = closed[style], accepts(reading.ordinal, list.last) else { continue }
            closed[style] = nil
            list.level = stack.count
            if let parent = stack.last?.lastItem { list.parent = parent }
            stack.append(list)
            return r
        }
        return nil
    }

    private mutating func closeChapeauLists() {
        guard let first = stack.firstIndex(where: \.hangsFromChapeau) else { return }
        close(from: first)
    }

    private mutating func place(_ index: Int, in blocks: inout [Block]) {
        guard let marker = blocks[index].marker else { return }
        // An outline number says its own level: `2.1` ends the `1.x` list and `1.a` the `1.1`…`1.5` one.
        if let depth = MarkerStyle(family: marker.family, delimiter: marker.delimiter).outlineDepth,
            let ended = stack.firstIndex(where: {
                ($0.style.outlineDepth ?? -1) >= depth && marker.reading(in: $0.style) == nil
            })
        {
            close(from: ended)
        }
        if let plan = decided.removeValue(forKey: index), let s = stack.firstIndex(where: { $0.id == plan.list }) {
            close(from: s + 1)
            assign(index, to: s, position: plan.ordinal, reading: plan.reading, in: &blocks)
            stack[s].last = plan.ordinal
            return
        }
        if marker.isMalformed {
            placeMalformed(index, marker: marker, in: &blocks)
            return
        }
        // A marker that reads two ways here, `(i)` after `(h)` (the next letter, or a Roman sublist), `(v)` after
        // `(iv)` under `(u)`: what follows decides.
        if let choice = ambiguousReading(of: marker, at: index, in: blocks) {
            if let s = choice.list {
                continueList(s, with: index, reading: choice.reading, in: &blocks)
            } else {
                openList(at: index, reading: choice.reading, in: &blocks)
            }
            return
        }
        // The item continues an open list, innermost first.
        for s in stack.indices.reversed() {
            if let r = marker.reading(in: stack[s].style), marker.readings[r].ordinal == stack[s].last + 1 {
                continueList(s, with: index, reading: r, in: &blocks)
                return
            }
        }
        // Or it continues a list that closed: it opens again where the item stands.
        if let r = reopenClosedList(for: marker, where: { ordinal, last in ordinal == last + 1 }) {
            continueList(stack.count - 1, with: index, reading: r, in: &blocks)
            return
        }
        if let r = marker.readings.firstIndex(where: { $0.ordinal == 1 }) {
            openList(at: index, reading: r, in: &blocks)
            return
        }
        // Same style as an open list, wrong ordinal: a gap, a duplicate or an item out of order.
        for s in stack.indices.reversed() {
            if let r = marker.reading(in: stack[s].style) {
                close(from: s + 1)
                assign(index, to: s, position: stack[s].last + 1, reading: r, in: &blocks)
                stack[s].last = max(stack[s].last, marker.readings[r].ordinal)
                stack[s].seen.insert(marker.readings[r].ordinal)
                return
            }
        }
        // An item found run into a paragraph is no evidence for placing a foreign run: it opens a list of its own.
        if blocks[index].isRunIn {
            openList(at: index, reading: 0, in: &blocks)
            return
        }
        // Within a run already found to have no resumption, the rest of it has none either.
        if index >= runWithoutResumption, placeForeignRun(startingAt: index, in: &blocks) { return }
        // A single item in another style where an open list expects its ordinal: `c)` for `в)`.
        for s in stack.indices.reversed() {
            if let r = marker.readings.firstIndex(where: { $0.ordinal == stack[s].last + 1 }) {
                close(from: s + 1)
                stack[s].last += 1
                assign(index, to: s, position: stack[s].last, reading: r, in: &blocks)
                return
            }
        }
        // A closed list it would run on from, past a gap: `7.` after `5.` and a chapter heading.
        // Only paragraph numbers run on so: a sublist in a later article that starts at (f) lost its first items.
        if marker.readings.contains(where: { $0.family == "decimal" }),
            let r = reopenClosedList(for: marker, where: { ordinal, last in ordinal > last + 1 })
        {
            let s = stack.count - 1
            assign(index, to: s, position: stack[s].last + 1, reading: r, in: &blocks)
            stack[s].last = marker.readings[r].ordinal
            return
        }
        // Nothing explains it: a list that does not start at its first marker.
        openList(at: index, reading: 0, in: &blocks)
    }

    /// A malformed marker (`1 .`, `(1`) is an item only where a list expects its position: it continues an open
    /// list, or it is a first marker the next item continues.
    private mutating func placeMalformed(_ index: Int, marker: ListMarker, in blocks: inout [Block]) {
        for s in stack.indices.reversed() {
            if let r = marker.readings.firstIndex(where: {
                $0.family == stack[s].style.family && $0.ordinal == stack[s].last + 1
            }) {
                close(from: s + 1)
                assign(index, to: s, position: stack[s].last + 1, reading: r, in: &blocks)
                stack[s].last += 1
                stack[s].seen.insert(stack[s].last)
                return
            }
        }
        guard let r = marker.readings.firstIndex(where: { $0.ordinal == 1 }),
            let next = nextMarker(after: index, in: blocks),
            next.readings.contains(where: { $0.family == marker.readings[r].family && $0.ordinal == 2 })
        else { return }
        // The list takes the style of the well-formed item after it.
        blocks[index].marker?.delimiter = next.delimiter
        openList(at: index, reading: r, in: &blocks)
        blocks[index].marker?.delimiter = marker.delimiter
    }

    /// The marker of the next numbered block, past footnote bodies and notes; nil at a heading.
    private func nextMarker(after index: Int, in blocks: [Block]) -> ListMarker? {
        for block in blocks[(index + 1)...] {
            if block.kind == .footnoteBody || block.kind == .note { continue }
            if block.kind == .heading { return nil }
            if let marker = block.marker { return marker }
            if opensSection(block.text) { return nil }
        }
        return nil
    }

    /// When `marker` may continue more than one open list, or continue one and open a sublist, the reading under
    /// which the next marker goes on: the next position of the same list, else an open list further out. Nil
    /// when the marker reads one way only, or the next marker does not tell.
    private func ambiguousReading(of marker: ListMarker, at index: Int, in blocks: [Block]) -> (
        list: Int?, reading: Int
    )? {
        var choices: [(list: Int?, reading: Int)] = []
        for s in stack.indices.reversed() {
            if let r = marker.reading(in: stack[s].style), marker.readings[r].ordinal == stack[s].last + 1 {
                choices.append((s, r))
            }
        }
        let families = Set(choices.map { marker.readings[$0.reading].family })
        if let r = marker.readings.firstIndex(where: { $0.ordinal == 1 && !families.contains($0.family) }),
            !choices.isEmpty
        {
            choices.append((nil, r))
        }
        guard choices.count > 1, let next = nextMarker(after: index, in: blocks) else { return nil }
        func goesOn(_ choice: (list: Int?, reading: Int)) -> Bool {
            let reading = marker.readings[choice.reading]
            return next.delimiter == marker.delimiter
                && next.readings.contains { $0.family == reading.family && $0.ordinal == reading.ordinal + 1 }
        }
        func resumesOuter(_ choice: (list: Int?, reading: Int)) -> Bool {
            let outer = choice.list ?? stack.count
            return stack[..<outer].contains { list in
                next.reading(in: list.style).map { next.readings[$0].ordinal == list.last + 1 } ?? false
            }
        }
        return choices.first(where: goesOn) ?? choices.first(where: resumesOuter)
    }

    private mutating func continueList(_ s: Int, with index: Int, reading r: Int, in blocks: inout [Block]) {
        close(from: s + 1)
        guard let ordinal = blocks[index].marker?.readings[r].ordinal else { return }
        assign(index, to: s, position: stack[s].last + 1, reading: r, in: &blocks)
        stack[s].last = ordinal
        stack[s].seen.insert(ordinal)
    }

    /// Opens a list at `index`: a sublist of the current item, or of the lead-in paragraph just before it.
    /// An ordinal-1 marker in the style of a list already open restarts that list.
    private mutating func openList(at index: Int, reading r: Int, in blocks: inout [Block]) {
        guard let marker = blocks[index].marker else { return }
        let style = MarkerStyle(family: marker.readings[r].family, delimiter: marker.delimiter)
        // Under a heading item (`E. Proceedings of the sessions`, `II. Meetings`) a `1.` opens its sublist: reports
        // number their sub-headings so, while their paragraphs run on.
        let underHeadingItem = stack.last.map { ["latinUpper", "romanUpper"].contains($0.style.family) } ?? false
        let isRestart =
            marker.readings[r].ordinal == 1 && stack.contains { $0.style == style } && !underHeadingItem
        if isRestart, let s = stack.firstIndex(where: { $0.style == style }) { close(from: s) }
        let leadIn = lastContent.flatMap {
            blocks[$0].marker == nil && blocks[$0].kind != .heading && !opensSection(blocks[$0].text) ? $0 : nil
        }
        let parent = leadIn ?? stack.last?.lastItem
        let list = OpenList(
            id: nextID,
            style: style,
            level: stack.count,
            parent: parent,
            last: marker.readings[r].ordinal,
            seen: [marker.readings[r].ordinal],
            sample: marker.token,
            hangsFromChapeau: leadIn != nil,
            lastItem: index
        )
        nextID += 1
        stack.append(list)
        assign(index, to: stack.count - 1, position: 1, reading: r, in: &blocks, isRestart: isRestart)
    }

    /// A run of items in a family no open list uses, after which an open list resumes exactly as many
    /// positions on: the run stands in for those positions. Returns false when there is no such evidence.
    private mutating func placeForeignRun(startingAt index: Int, in blocks: inout [Block]) -> Bool {
        guard let marker = blocks[index].marker else { return false }
        for (r, reading) in marker.readings.enumerated() {
            var run: [(index: Int, reading: Int)] = [(index, r)]
            defer { runWithoutResumption = max(runWithoutResumption, (run.last?.index ?? index) + 1) }
            var previous = reading.ordinal
            var next: Int?
            for j in (index + 1)..<blocks.count {
                let block = blocks[j]
                if block.kind == .footnoteBody || block.kind == .note { continue }
                guard let other = block.marker, block.kind != .heading else { break }
                if other.delimiter == marker.delimiter,
                    let k = other.readings.firstIndex(where: {
                        $0.family == reading.family && $0.ordinal == previous + 1
                    })
                {
                    run.append((j, k))
                    previous += 1
                    continue
                }
                next = j
                break
            }
            guard let next, let resuming = blocks[next].marker else { continue }
            for s in stack.indices.reversed() {
                guard let k = resuming.reading(in: stack[s].style),
                    resuming.readings[k].ordinal == stack[s].last + 1 + run.count
                else { continue }
                let first = stack[s].last + 1
                for (offset, item) in run.enumerated().dropFirst() {
                    decided[item.index] = (stack[s].id, first + offset, item.reading)
                }
                close(from: s + 1)
                stack[s].last = first
                // A lone item reads best as what the position asks for: `c)` as the letter c, not Roman 100.
                let lone = run.count == 1 ? marker.readings.firstIndex { $0.ordinal == first } : nil
                assign(index, to: s, position: first, reading: lone ?? r, in: &blocks)
                return true
            }
        }
        return false
    }

    private mutating func assign(
        _ index: Int, to s: Int, position: Int, reading r: Int, in blocks: inout [Block], isRestart: Bool = false
    ) {
        stack[s].lastItem = index
        let list = stack[s]
        blocks[index].marker?.chosen = r
        blocks[index].list = ListPosition(
            listID: list.id,
            level: list.level,
            parent: list.parent,
            style: list.style,
            expectedOrdinal: position,
            expectedMarker: markers.render(position, style: list.style, digitsLike: list.sample),
            isRestart: isRestart
        )
    }
}
