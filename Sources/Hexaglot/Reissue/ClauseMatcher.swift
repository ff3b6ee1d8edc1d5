/// Pairs the clauses of an original and its reissue and lists what changed between them: clauses added,
/// removed, moved, renumbered or reworded, and footnotes added, removed, reworded or called elsewhere.
struct ClauseMatcher {
    let original: Document
    let reissue: Document
    private let originalLabels: ClauseLabel
    private let reissueLabels: ClauseLabel
    /// Block indices of the clauses compared: everything but footnote bodies and the reissue note.
    private let originalClauses: [Int]
    private let reissueClauses: [Int]
    private let byCharacter: Bool

    init(original: Document, reissue: Document) {
        self.original = original
        self.reissue = reissue
        originalLabels = ClauseLabel(original)
        reissueLabels = ClauseLabel(reissue)
        originalClauses = Self.clauses(of: original)
        reissueClauses = Self.clauses(of: reissue)
        // Chinese is compared character by character: it has no spaces between words.
        byCharacter = reissue.language.scripts.contains("Hani")
    }

    private static func clauses(of document: Document) -> [Int] {
        let note = ReissueMarks.noteBlock(in: document)
        return document.blocks.indices.filter { document.blocks[$0].kind != .footnoteBody && $0 != note }
    }

    /// A pair of clauses (positions in `originalClauses` and `reissueClauses`) and how they were paired.
    struct Pair {
        var original: Int
        var reissue: Int
        var moved: Bool
    }

    func changes() -> [ReissueChange] {
        let (pairs, removed, added) = pairing()
        var changes: [ReissueChange] = []
        var removedCalls: [(number: Int, place: Finding.Place, clause: String)] = []
        var addedCalls: [(number: Int, place: Finding.Place, clause: String)] = []
        for pair in pairs {
            let old = original.blocks[originalClauses[pair.original]]
            let new = reissue.blocks[reissueClauses[pair.reissue]]
            let oldLabel = originalLabels.name(ofBlock: originalClauses[pair.original])
            let newLabel = reissueLabels.name(ofBlock: reissueClauses[pair.reissue])
            let oldPlace = place(original, old.markerLocation)
            let newPlace = place(reissue, new.markerLocation)
            if pair.moved {
                changes.append(
                    ReissueChange(
                        kind: .moved, clause: newLabel, original: oldPlace, reissue: newPlace, before: oldLabel,
                        after: newLabel,
                        summary:
                            "clause moved from \(Self.cite(oldLabel, oldPlace)) to \(Self.cite(newLabel, newPlace))"
                    ))
            }
            if old.marker?.raw != new.marker?.raw {
                let before = old.marker?.raw ?? "no marker"
                let after = new.marker?.raw ?? "no marker"
                changes.append(
                    ReissueChange(
                        kind: .renumbered, clause: newLabel, original: oldPlace, reissue: newPlace, before: before,
                        after: after, summary: "\(newLabel) renumbered: \(before) → \(after)"))
            }
            if old.text != new.text {
                let diff = WordDiff(old.text, new.text, byCharacter: byCharacter).rendered()
                // The asterisk a reissue puts on its symbol (`A/RES/73/27*`) is the reissue's mark, not a change
                // of text.
                let marked = Self.unstarred(old.text) == Self.unstarred(new.text) && new.text.count > old.text.count
                changes.append(
                    ReissueChange(
                        kind: marked ? .symbolMarked : .textChanged, clause: newLabel, original: oldPlace,
                        reissue: newPlace, before: old.text, after: new.text, diff: diff,
                        summary: marked
                            ? "document symbol marked as reissued: \(diff)" : "text of \(newLabel) changed: \(diff)"))
            }
            let oldCalls = old.calls.map(\.number)
            let newCalls = new.calls.map(\.number)
            for call in old.calls where !newCalls.contains(call.number) {
                removedCalls.append((call.number, place(original, call.location), oldLabel))
            }
            for call in new.calls where !oldCalls.contains(call.number) {
                addedCalls.append((call.number, place(reissue, call.location), newLabel))
            }
        }
        for index in removed {
            let block = original.blocks[originalClauses[index]]
            let label = originalLabels.name(ofBlock: originalClauses[index])
            changes.append(
                ReissueChange(
                    kind: .removed, clause: label, original: place(original, block.markerLocation), reissue: nil,
                    before: Self.written(block), after: nil, summary: "\(label) removed: \(Self.written(block))"))
            for call in block.calls { removedCalls.append((call.number, place(original, call.location), label)) }
        }
        for index in added {
            let block = reissue.blocks[reissueClauses[index]]
            let label = reissueLabels.name(ofBlock: reissueClauses[index])
            changes.append(
                ReissueChange(
                    kind: .added, clause: label, original: nil, reissue: place(reissue, block.markerLocation),
                    before: nil, after: Self.written(block), summary: "\(label) added: \(Self.written(block))"))
            for call in block.calls { addedCalls.append((call.number, place(reissue, call.location), label)) }
        }
        changes += callChanges(removed: removedCalls, added: addedCalls)
        changes += footnoteBodyChanges()
        return changes
    }

    /// A call gone from one clause and present in another is one footnote called elsewhere.
    private func callChanges(
        removed: [(number: Int, place: Finding.Place, clause: String)],
        added: [(number: Int, place: Finding.Place, clause: String)]
    ) -> [ReissueChange] {
        var changes: [ReissueChange] = []
        var unmatchedAdded = added
        for call in removed {
            if let match = unmatchedAdded.firstIndex(where: { $0.number == call.number }) {
                let new = unmatchedAdded.remove(at: match)
                changes.append(
                    ReissueChange(
                        kind: .footnoteCallMoved, clause: new.clause, original: call.place, reissue: new.place,
                        before: call.clause, after: new.clause,
                        summary: "footnote \(call.number) is called in \(new.clause), no longer in \(call.clause)"))
            } else {
                changes.append(
                    ReissueChange(
                        kind: .footnoteCallRemoved, clause: call.clause, original: call.place, reissue: nil,
                        before: String(call.number), after: nil,
                        summary: "the call of footnote \(call.number) in \(call.clause) removed"))
            }
        }
        for call in unmatchedAdded {
            changes.append(
                ReissueChange(
                    kind: .footnoteCallAdded, clause: call.clause, original: nil, reissue: call.place, before: nil,
                    after: String(call.number), summary: "a call of footnote \(call.number) added in \(call.clause)"))
        }
        return changes
    }

    /// Footnote bodies by number: added, removed, or with other words.
    private func footnoteBodyChanges() -> [ReissueChange] {
        let old = Self.bodies(of: original)
        let new = Self.bodies(of: reissue)
        var changes: [ReissueChange] = []
        for number in Set(old.keys).union(new.keys).sorted() {
            let label = "fn\(number)"
            switch (old[number], new[number]) {
            case (nil, let body?):
                changes.append(
                    ReissueChange(
                        kind: .footnoteAdded, clause: label, original: nil, reissue: place(reissue, body.location),
                        before: nil, after: body.text, summary: "footnote \(number) added: \(body.text)"))
            case (let body?, nil):
                changes.append(
                    ReissueChange(
                        kind: .footnoteRemoved, clause: label, original: place(original, body.location), reissue: nil,
                        before: body.text, after: nil, summary: "footnote \(number) removed: \(body.text)"))
            case (let before?, let after?) where before.text != after.text:
                let diff = WordDiff(before.text, after.text, byCharacter: byCharacter).rendered()
                changes.append(
                    ReissueChange(
                        kind: .footnoteChanged, clause: label, original: place(original, before.location),
                        reissue: place(reissue, after.location), before: before.text, after: after.text, diff: diff,
                        summary: "footnote \(number) changed: \(diff)"))
            default:
                break
            }
        }
        return changes
    }

    private static func bodies(of document: Document) -> [Int: Block] {
        var bodies: [Int: Block] = [:]
        for block in document.blocks where block.kind == .footnoteBody {
            if let number = block.footnoteNumber, bodies[number] == nil { bodies[number] = block }
        }
        return bodies
    }

    // MARK: Pairing

    /// Clauses paired by identical text (in order, or moved), then by clause path, then by place between
    /// unchanged clauses; and the clauses of each side left without a partner.
    func pairing() -> (pairs: [Pair], removed: [Int], added: [Int]) {
        let oldTexts = originalClauses.map { original.blocks[$0].text }
        let newTexts = reissueClauses.map { reissue.blocks[$0].text }
        // The standard library's Myers difference, with equal removed and inserted clauses marked as moves.
        let difference = newTexts.difference(from: oldTexts).inferringMoves()
        var removedOffsets: [Int: Int?] = [:]
        var insertedOffsets: Set<Int> = []
        for change in difference {
            switch change {
            case .remove(let offset, _, let associated): removedOffsets[offset] = associated
            case .insert(let offset, _, _): insertedOffsets.insert(offset)
            }
        }
        var pairs: [Pair] = []
        var oldIndex = 0
        var newIndex = 0
        // Unchanged clauses, and for each leftover clause the number of unchanged clauses before it: its gap.
        var oldGap: [Int: Int] = [:]
        var newGap: [Int: Int] = [:]
        while oldIndex < oldTexts.count || newIndex < newTexts.count {
            if oldIndex < oldTexts.count, removedOffsets[oldIndex] != nil {
                oldGap[oldIndex] = pairs.count
                oldIndex += 1
            } else if newIndex < newTexts.count, insertedOffsets.contains(newIndex) {
                newGap[newIndex] = pairs.count
                newIndex += 1
            } else if oldIndex < oldTexts.count, newIndex < newTexts.count {
                pairs.append(Pair(original: oldIndex, reissue: newIndex, moved: false))
                oldIndex += 1
                newIndex += 1
            } else {
                break
            }
        }
        let unchanged = pairs.count
        var removed: [Int] = []
        var pairedNew: Set<Int> = []
        for (offset, associated) in removedOffsets.sorted(by: { $0.key < $1.key }) {
            if let associated {
                pairs.append(Pair(original: offset, reissue: associated, moved: true))
                pairedNew.insert(associated)
            } else {
                removed.append(offset)
            }
        }
        var added = insertedOffsets.sorted().filter { !pairedNew.contains($0) }
        // Reworded clauses with the same clause path: paragraph numbers first.
        for old in removed {
            let label = originalLabels.clause(ofBlock: originalClauses[old])
            guard let label,
                let match = added.firstIndex(where: { reissueLabels.clause(ofBlock: reissueClauses[$0]) == label })
            else { continue }
            pairs.append(Pair(original: old, reissue: added[match], moved: false))
            added.remove(at: match)
            removed.removeAll { $0 == old }
        }
        // Then the k-th leftover of a gap with the k-th leftover of the same gap on the other side.
        var byGap: [Int: [Int]] = [:]
        for new in added { byGap[newGap[new] ?? unchanged, default: []].append(new) }
        for old in removed {
            let gap = oldGap[old] ?? unchanged
            guard var candidates = byGap[gap], !candidates.isEmpty else { continue }
            let new = candidates.removeFirst()
            byGap[gap] = candidates
            pairs.append(Pair(original: old, reissue: new, moved: false))
            added.removeAll { $0 == new }
            removed.removeAll { $0 == old }
        }
        return (pairs, removed, added)
    }

    private func place(_ document: Document, _ location: SourceLocation) -> Finding.Place {
        Finding.Place(path: document.path, location: location)
    }

    /// `1/(d) (line 74)`, or `line 74` for text outside lists, whose name is its line (`L74`).
    private static func cite(_ label: String, _ place: Finding.Place) -> String {
        label == "L\(place.line)" ? "line \(place.line)" : "\(label) (line \(place.line))"
    }

    private static func unstarred(_ text: String) -> String { text.filter { $0 != "*" } }

    /// A clause as a reader sees it: its marker, then its text.
    private static func written(_ block: Block) -> String {
        guard let marker = block.marker?.raw else { return block.text }
        return block.text.isEmpty ? marker : marker + " " + block.text
    }
}
