internal import CHexaglotICU

/// An ICU transform such as `Traditional-Simplified`. Not thread-safe: each check run owns its own.
final class ICUTransliterator {
    private let handle: OpaquePointer

    let id: String

    /// A clone of the process's compiled copy of transform `id`.
    init(id: String) throws(ICUError) {
        handle = try ICUCache.shared.transliterator(id).get()
        self.id = id
    }

    deinit { hx_icu_transliterator_close(handle) }

    /// The code points this transform changes when they stand alone.
    lazy var changedScalars: ScalarSet = ICUCache.shared.changedScalars(of: id, using: handle)

    /// Whether the transform would change `scalar`.
    func changes(_ scalar: Unicode.Scalar) -> Bool {
        changedScalars.contains(scalar)
    }

    /// `text` transformed; the text itself when ICU fails.
    func apply(_ text: String) -> String {
        ICUCache.transliterate(text, with: handle)
    }
}
