/// The characters ICU's Traditional-Simplified transform changes when they stand alone, made from the transform
/// itself by `TraditionalCharacterTableTests` (which fails when the ICU Hexaglot is built with says otherwise)
/// and kept in `TraditionalCharacterTable+Data.swift`. A Simplified text is checked against it without
/// compiling the transform's rules; ICU still writes the Simplified form of every character found.
enum TraditionalCharacterTable {
    /// The transform the table was made from, as language files name it.
    static let transform = "Traditional-Simplified"

    static let changed: ScalarSet = {
        var set = ScalarSet()
        for range in ranges {
            for value in range { set.insert(value) }
        }
        return set
    }()

    /// Whether checking `text` will compile transform `id`: any transform but this table's, and this one only for
    /// a text holding a character it changes.
    static func needs(_ id: String, for text: String) -> Bool {
        id != transform || text.unicodeScalars.contains(where: changed.contains)
    }
}
