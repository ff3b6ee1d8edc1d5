internal import CHexaglotICU
import Foundation
import Synchronization

/// Compiled ICU objects shared by the whole process, each opened once and lent to one caller at a time.
///
/// Opening compiles rules (Chinese numerals about 2 ms, Traditional-Simplified about 4 ms), and so does
/// cloning a rule-based object, so there is one copy of each and its lock serialises its use (ICU handles are
/// not safe to use from two threads at once). A document's language can warm the cache on another thread while
/// its text is still being parsed.
final class ICUCache: Sendable {
    static let shared = ICUCache()

    /// An ICU handle kept in a slot; only used under the slot's lock.
    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    /// One compiled object, opened at most once; its lock is held while it opens, so a second caller waits
    /// for the first instead of compiling again.
    private final class Slot: Sendable {
        let state = Mutex<(opened: Bool, handle: Handle?, error: String?)>((false, nil, nil))
    }

    private let slots = Mutex<[String: Slot]>([:])
    /// For each transform, the code points asked about so far and those of them it changes.
    private let changedScalars = Mutex<[String: (asked: ScalarSet, changed: ScalarSet)]>([:])

    private func slot(_ key: String) -> Slot {
        slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
    }

    /// Runs `body` with the compiled object for `key`, opening it with `open` first if no one has.
    private func with<R: Sendable>(
        _ key: String,
        open: () -> (OpaquePointer?, String?),
        _ body: (OpaquePointer) -> R
    ) -> Result<R, ICUError> {
        slot(key).state.withLock { state in
            if !state.opened {
                let (pointer, error) = open()
                state = (true, pointer.map(Handle.init), error)
            }
            guard let handle = state.handle else {
                return .failure(ICUError(operation: key, reason: state.error ?? "unknown error"))
            }
            return .success(body(handle.pointer))
        }
    }

    /// Runs `body` with the number format `spec`: `spellout:zh` or `numbering:en@numbers=romanlow`.
    func withNumberFormat<R: Sendable>(_ spec: String, _ body: (OpaquePointer) -> R) -> Result<R, ICUError> {
        with(
            "number format \(spec)",
            open: {
                let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] == "spellout" || parts[0] == "numbering" else {
                    return (nil, "expected spellout:LOCALE or numbering:LOCALE")
                }
                let kind = parts[0] == "spellout" ? Int32(HX_ICU_SPELLOUT) : Int32(HX_ICU_NUMBERING)
                var error = [CChar](repeating: 0, count: 64)
                let opened = hx_icu_number_format_open(kind, parts[1], &error, Int32(error.count))
                return (opened, opened == nil ? ICUText.cString(error) : nil)
            },
            body
        )
    }

    /// Runs `body` with the transform `id`, such as `Traditional-Simplified`.
    func withTransliterator<R: Sendable>(_ id: String, _ body: (OpaquePointer) -> R) -> Result<R, ICUError> {
        with(
            "transform \(id)",
            open: {
                let units = Array(id.utf16)
                var error = [CChar](repeating: 0, count: 64)
                let opened = units.withUnsafeBufferPointer {
                    hx_icu_transliterator_open($0.baseAddress, Int32($0.count), &error, Int32(error.count))
                }
                return (opened, opened == nil ? ICUText.cString(error) : nil)
            },
            body
        )
    }

    /// Which of `scalars` transform `id` changes when they stand alone. Each code point is asked of ICU once
    /// per process, all new ones of a call in one transform: a document costs what its distinct characters
    /// cost (a few hundred for a report), not the 27,000 code points the transform may change.
    func changedScalars(of id: String, among scalars: Set<Unicode.Scalar>) -> ScalarSet {
        // Held while asking ICU, so a second caller waits for the first instead of asking again.
        changedScalars.withLock { cache in
            var known = cache[id] ?? (asked: ScalarSet(), changed: ScalarSet())
            let new = scalars.filter { !known.asked.contains($0) }.sorted { $0.value < $1.value }
            if !new.isEmpty {
                for scalar in new { known.asked.insert(scalar.value) }
                for scalar in changed(new, by: id) { known.changed.insert(scalar.value) }
                cache[id] = known
            }
            return known.changed
        }
    }

    /// The scalars of `scalars` that transform `id` changes.
    private func changed(_ scalars: [Unicode.Scalar], by id: String) -> [Unicode.Scalar] {
        // All in one call, one per line. Traditional-Simplified maps character to character, so the result lines
        // up with the input; a transform that does not is asked one character at a time.
        let joined = scalars.map { String($0) }.joined(separator: "\n")
        let together = transliterate(joined, with: id).split(separator: "\n", omittingEmptySubsequences: false)
        return scalars.enumerated().compactMap { index, scalar in
            let result =
                together.count == scalars.count ? String(together[index]) : transliterate(String(scalar), with: id)
            return result.unicodeScalars.elementsEqual([scalar]) ? nil : scalar
        }
    }

    /// `text` transformed by `id`; the text itself when ICU fails.
    func transliterate(_ text: String, with id: String) -> String {
        let result = withTransliterator(id) { ICURuleTransform.transliterate(text, with: $0) }
        return (try? result.get()) ?? text
    }

    /// Opens, on a thread of its own, what a document in `language` will need: the ICU number formats of its
    /// marker families that have no built-in table, and its traditional-to-simplified transform when
    /// `needsTransform` says it must be compiled whole (the built-in table's never is). A caller that needs one
    /// before it is ready waits for it rather than compile it twice. Numbers in words (some thousands of phrases
    /// from ICU's spell-out rules) are not built here: only comparing versions reads them, and the aligner reads
    /// each language's on the core that reads that version.
    func warmUp(
        for language: Language, catalog: LanguageCatalog, needsTransform: @escaping @Sendable (String) -> Bool
    ) {
        let specs = language.listFamilies.compactMap { id -> String? in
            guard case .icu(let spec)? = catalog.families[id]?.numerals, !ICUNumeralTable.hasBuiltIn(spec) else {
                return nil
            }
            return spec
        }
        let transform = language.traditionalToSimplified.flatMap { needsTransform($0) ? $0 : nil }
        guard !specs.isEmpty || transform != nil else { return }
        Thread.detachNewThread {
            for spec in specs { _ = self.withNumberFormat(spec) { _ in () } }
            if let transform { _ = self.withTransliterator(transform) { _ in () } }
        }
    }
}

extension ICUCache {
    /// The sentence boundaries ICU finds in `text` for `locale`, as offsets in Unicode scalars after 0 (the
    /// last is the text's length). Empty when ICU has no breaker for the locale.
    func sentenceBoundaries(in text: String, locale: String) -> [Int] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        let result = with(
            "sentence breaker \(locale)",
            open: {
                var error = [CChar](repeating: 0, count: 64)
                let opened = hx_icu_sentence_breaker_open(locale, &error, Int32(error.count))
                return (opened, opened == nil ? ICUText.cString(error) : nil)
            },
            { handle -> [Int32] in
                var boundaries = [Int32](repeating: 0, count: units.count + 1)
                let count = units.withUnsafeBufferPointer { text in
                    boundaries.withUnsafeMutableBufferPointer {
                        hx_icu_sentence_boundaries(
                            handle, text.baseAddress, Int32(text.count), $0.baseAddress, Int32($0.count))
                    }
                }
                return Array(boundaries.prefix(max(Int(count), 0)))
            })
        guard case .success(let utf16Boundaries) = result else { return [] }
        // UTF-16 offsets to scalar offsets in one walk.
        var scalarOffsets: [Int] = []
        scalarOffsets.reserveCapacity(utf16Boundaries.count)
        var unitOffset = 0
        var scalarOffset = 0
        var next = utf16Boundaries.makeIterator()
        var wanted = next.next()
        for scalar in text.unicodeScalars {
            while let boundary = wanted, Int(boundary) <= unitOffset {
                scalarOffsets.append(scalarOffset)
                wanted = next.next()
            }
            unitOffset += scalar.utf16.count
            scalarOffset += 1
        }
        while wanted != nil {
            scalarOffsets.append(scalarOffset)
            wanted = next.next()
        }
        return scalarOffsets
    }
}
