/// What ICU's spell-out rules write for a language, folded as its data says: the part of `SpelledNumbers` that
/// costs (opening the rules and writing some thousands of phrases, about 15 ms of CPU a language). It is kept built
/// in for the language data and the ICU Hexaglot is built with (`SpelledNumberLexicon+Data.swift`, written and
/// checked by `SpelledNumberLexiconTests`), and made from ICU again for edited data or another ICU: each table
/// carries a fingerprint of what it was made from.
struct SpelledNumberLexicon: Equatable {
    /// Folded phrase (`forty-five`, `رابعة ثلاثون`) → value; every phrase ICU writes, its words joined by a space.
    var phrases: [String: Int]
    /// The words ICU writes for a million (`millón`, `مليون`; not `millones`): alone, they are the number.
    var millionWords: Set<String>
    /// The most words in one phrase.
    var longestPhrase: Int

    /// The values every public rule set writes: 101 and 2001 bring in the connectors (`one hundred and one`,
    /// `dos mil uno`); a million is a word alone (`por millón`, `لكل مليون`), unlike `cent` or `mil`.
    static let values = Array(1...101) + stride(from: 200, through: 900, by: 100) + [1000, 2000, 2001, 1_000_000]

    /// The built-in table for `language`, when it was made from this language data and this ICU.
    static func builtIn(for language: Language) -> SpelledNumberLexicon? {
        guard let table = builtInTables[language.code], table.fingerprint == fingerprint(of: language) else {
            return nil
        }
        return SpelledNumberLexicon(serialized: table.lexicon)
    }

    /// The lexicon written by ICU's spell-out rules for the language (every public rule set but the years', 51 in
    /// Russian), folded; nil when ICU has no spell-out rules for it.
    init?(icu language: Language) {
        guard let format = try? ICUNumberFormat(spec: "spellout:\(language.icuLocale)") else { return nil }
        let ruleSets = format.publicRuleSets().filter { !$0.contains("year") }
        guard !ruleSets.isEmpty else { return nil }
        let folding = language.numberWordFolding
        var phrases: [String: Int] = [:]
        var millionWords = Set<String>()
        // Rule sets repeat the same words (`двадцать` in a hundred phrases): each is folded once.
        var foldedPieces: [String: String] = [:]
        var longest = 1
        for ruleSet in ruleSets {
            for (value, text) in zip(Self.values, format.format(Self.values, ruleSet: ruleSet)) {
                guard let text else { continue }
                let pieces = text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map {
                    String($0)
                }
                let keys = pieces.map { piece in
                    if let known = foldedPieces[piece] { return known }
                    let key = folding.fold(piece)
                    foldedPieces[piece] = key
                    return key
                }
                // The first value written for a phrase wins: the rule sets list the plain numbering first.
                let phrase = keys.joined(separator: " ")
                if phrases[phrase] == nil { phrases[phrase] = value }
                if value == 1_000_000 { millionWords.formUnion(keys) }
                longest = max(longest, keys.count)
            }
        }
        self.phrases = phrases
        self.millionWords = millionWords
        longestPhrase = longest
    }

    /// Reads `serialized`: a line `longest N`, a line `million` with the million words, then one line a phrase,
    /// `phrase<TAB>value`.
    init?(serialized: String) {
        // Cut on the bytes: walking Characters would find grapheme boundaries in thousands of Arabic and Russian
        // phrases at every start.
        var lines = serialized.utf8.split(separator: UInt8(ascii: "\n"))[...]
        let tab = UInt8(ascii: "\t")
        guard let first = lines.popFirst(), let second = lines.popFirst() else { return nil }
        let head = first.split(separator: tab).map { String(decoding: $0, as: UTF8.self) }
        let million = second.split(separator: tab).map { String(decoding: $0, as: UTF8.self) }
        guard head.count == 2, head[0] == "longest", let longest = Int(head[1]), million.first == "million" else {
            return nil
        }
        longestPhrase = longest
        millionWords = Set(million.dropFirst())
        var phrases: [String: Int] = [:]
        phrases.reserveCapacity(lines.count)
        for line in lines {
            guard let cut = line.lastIndex(of: tab),
                let value = Int(String(decoding: line[line.index(after: cut)...], as: UTF8.self))
            else { return nil }
            phrases[String(decoding: line[..<cut], as: UTF8.self)] = value
        }
        self.phrases = phrases
    }

    /// The form `init(serialized:)` reads, phrases in order.
    var serialized: String {
        (["longest\t\(longestPhrase)", (["million"] + millionWords.sorted()).joined(separator: "\t")]
            + phrases.keys.sorted().map { "\($0)\t\(phrases[$0] ?? 0)" }).joined(separator: "\n")
    }

    /// What a table depends on: the ICU version, the language's locale and how it folds number words. A stable
    /// 64-bit FNV-1a hash of them, in hexadecimal (Swift's own hashing is seeded anew in every process).
    static func fingerprint(of language: Language) -> String {
        let folding = language.numberWordFolding
        let description = [
            "icu=\(ICUText.version)", "locale=\(language.icuLocale)",
            "letters=" + folding.letters.map { "\($0.key)>\($0.value)" }.sorted().joined(separator: ","),
            "prefixes=" + folding.prefixes.joined(separator: ","),
            "endings=" + folding.endings.map { "\($0.0)>\($0.1)" }.sorted().joined(separator: ","),
            "aliases=" + folding.aliases.map { "\($0.key)>\($0.value)" }.sorted().joined(separator: ","),
        ].joined(separator: "\n")
        return String(FNV1a.hash(description.utf8), radix: 16)
    }
}
