internal import CHexaglotICU
import Foundation
import Synchronization

/// Compiled ICU objects shared by the whole process. Opening compiles rules (Chinese numerals about 2 ms,
/// Traditional-Simplified about 4 ms); cloning an open one costs microseconds. Each caller gets its own clone,
/// since ICU handles are not safe to share between threads, and a document's language can warm the cache on
/// another thread while its text is still being parsed.
final class ICUCache: Sendable {
    static let shared = ICUCache()

    /// An ICU handle passed between threads: the cache's master copies are only read (cloned) under their
    /// slot's lock, and each clone is used by the one caller it was made for.
    struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    /// One compiled object, opened at most once; its lock is held while it opens, so a second caller waits
    /// for the first instead of compiling again.
    private final class Slot: Sendable {
        let handle = Mutex<(opened: Bool, master: Handle?, error: String?)>((false, nil, nil))
    }

    private let slots = Mutex<[String: Slot]>([:])
    /// Code points each transform changes, computed once per transform.
    private let changedScalars = Mutex<[String: ScalarSet]>([:])

    private func slot(_ key: String) -> Slot {
        slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
    }

    /// A private copy of the compiled object for `key`, opening it first with `open` if no one has.
    private func clone(
        _ key: String,
        open: () -> (OpaquePointer?, String?),
        clone: (OpaquePointer) -> OpaquePointer?
    ) -> Result<OpaquePointer, ICUError> {
        let result: Result<Handle, ICUError> = slot(key).handle.withLock { state in
            if !state.opened {
                let (pointer, error) = open()
                state = (true, pointer.map(Handle.init), error)
            }
            guard let master = state.master else {
                return .failure(ICUError(operation: key, reason: state.error ?? "unknown error"))
            }
            guard let copy = clone(master.pointer) else {
                return .failure(ICUError(operation: key, reason: "cannot clone"))
            }
            return .success(Handle(pointer: copy))
        }
        return result.map(\.pointer)
    }

    /// A number format of its own for the caller: `spellout:zh` or `numbering:en@numbers=romanlow`.
    func numberFormat(_ spec: String) -> Result<OpaquePointer, ICUError> {
        clone(
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
            clone: { hx_icu_number_format_clone($0) }
        )
    }

    /// A transliterator of its own for the caller, such as `Traditional-Simplified`.
    func transliterator(_ id: String) -> Result<OpaquePointer, ICUError> {
        clone(
            "transform \(id)",
            open: {
                let units = Array(id.utf16)
                var error = [CChar](repeating: 0, count: 64)
                let opened = units.withUnsafeBufferPointer {
                    hx_icu_transliterator_open($0.baseAddress, Int32($0.count), &error, Int32(error.count))
                }
                return (opened, opened == nil ? ICUText.cString(error) : nil)
            },
            clone: { hx_icu_transliterator_clone($0) }
        )
    }

    /// The code points transform `id` changes when they stand alone, found once by transforming every code
    /// point ICU says it may change (`handle` is any open copy of the transform). Text without one of them is
    /// left as it is: a lookup per character instead of ICU's rule matching, about a microsecond a character.
    func changedScalars(of id: String, using handle: OpaquePointer) -> ScalarSet {
        changedScalars.withLock { cache in
            if let scalars = cache[id] { return scalars }
            var ranges = [UInt32](repeating: 0, count: 2 * 4096)
            var count = Int(hx_icu_transliterator_source_ranges(handle, &ranges, Int32(ranges.count / 2)))
            if count > ranges.count / 2 {
                ranges = [UInt32](repeating: 0, count: 2 * count)
                count = Int(hx_icu_transliterator_source_ranges(handle, &ranges, Int32(count)))
            }
            var candidates: [Unicode.Scalar] = []
            for index in 0..<max(count, 0) {
                for value in ranges[2 * index]...ranges[2 * index + 1] {
                    if let scalar = Unicode.Scalar(value) { candidates.append(scalar) }
                }
            }
            // One call for all of them, separated by a space so no rule sees two candidates as a phrase.
            var text = String.UnicodeScalarView()
            for scalar in candidates {
                text.append(scalar)
                text.append(" ")
            }
            let transformed = Self.transliterate(String(text), with: handle).split(
                separator: " ", omittingEmptySubsequences: false)
            var changed = ScalarSet()
            for (scalar, result) in zip(candidates, transformed) where result != Substring(String(scalar)) {
                changed.insert(scalar.value)
            }
            cache[id] = changed
            return changed
        }
    }

    static func transliterate(_ text: String, with handle: OpaquePointer) -> String {
        var units = Array(text.utf16)
        let length = units.count
        units.append(contentsOf: repeatElement(0, count: length + 16))
        let written = units.withUnsafeMutableBufferPointer {
            hx_icu_transliterate(handle, $0.baseAddress, Int32(length), Int32($0.count))
        }
        guard written >= 0 else { return text }
        return String(decoding: units[..<Int(written)], as: UTF16.self)
    }

    /// Opens, on a thread of its own, what documents in `language` will need: the ICU number formats of its
    /// marker families and its traditional-to-simplified transform. Callers that need one before it is ready
    /// wait for it rather than compile it twice.
    func warmUp(for language: Language, catalog: LanguageCatalog) {
        let specs = language.listFamilies.compactMap { id -> String? in
            guard case .icu(let spec)? = catalog.families[id]?.numerals else { return nil }
            return spec
        }
        let transform = language.traditionalToSimplified
        Thread.detachNewThread {
            for spec in specs {
                if case .success(let copy) = self.numberFormat(spec) { hx_icu_number_format_close(copy) }
            }
            if let transform, case .success(let copy) = self.transliterator(transform) {
                _ = self.changedScalars(of: transform, using: copy)
                hx_icu_transliterator_close(copy)
            }
        }
    }
}
