/// An ICU transform such as `Traditional-Simplified`, compiled once per process (`ICUCache`).
struct ICUTransliterator {
    let id: String

    init(id: String) throws(ICUError) {
        self.id = id
        _ = try ICUCache.shared.withTransliterator(id) { _ in () }.get()
    }

    /// Which of `scalars` the transform changes when they stand alone: text without one of them is left as it
    /// is, a set lookup per character instead of ICU's rule matching (about a microsecond a character).
    func changed(among scalars: Set<Unicode.Scalar>) -> ScalarSet {
        ICUCache.shared.changedScalars(of: id, among: scalars)
    }

    /// `text` transformed; the text itself when ICU fails.
    func apply(_ text: String) -> String {
        ICUCache.shared.transliterate(text, with: id)
    }
}
