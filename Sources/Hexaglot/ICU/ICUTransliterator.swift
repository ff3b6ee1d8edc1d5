/// An ICU transform such as `Traditional-Simplified`, compiled once per process (`ICUCache`).
struct ICUTransliterator {
    let id: String
    /// The code points this transform changes when they stand alone.
    let changedScalars: ScalarSet

    init(id: String) throws(ICUError) {
        self.id = id
        _ = try ICUCache.shared.withTransliterator(id) { _ in () }.get()
        changedScalars = ICUCache.shared.changedScalars(of: id)
    }

    /// Whether the transform would change `scalar`.
    func changes(_ scalar: Unicode.Scalar) -> Bool {
        changedScalars.contains(scalar)
    }

    /// `text` transformed; the text itself when ICU fails.
    func apply(_ text: String) -> String {
        ICUCache.shared.transliterate(text, with: id)
    }
}
