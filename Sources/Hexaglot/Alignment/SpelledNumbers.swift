import Synchronization

/// Numbers and ordinals written in words, read with what ICU's spell-out rules write for the language:
/// `twelfth`, `thirty-fifth`, `one thousand nine hundred and forty-five`, `vingt-six`, `veintiséis`,
/// `двадцать шестого`, `الرابعة والثلاثين`.
///
/// Every public rule set of the locale (cardinal and ordinal, each gender and case: 51 in Russian) writes 1 to 101,
/// the hundreds, 1000, 2000, 2001 and a million; those phrases, folded as `NumberWordFolding` says, are the lexicon.
/// Longer numbers are read phrase by phrase by place value (`one thousand` + `nine hundred` + `forty-five`), so
/// years in words need no table of their own. Reading a phrase is a dictionary lookup: ICU's own parser costs 0.1 to
/// 3 ms a call in English, too slow for every word of a document.
struct SpelledNumbers: Sendable {
    /// Folded phrase (`forty-five`, `رابعة ثلاثون`) → value.
    private let phrases: [String: Int]
    /// Every folded word of a phrase, the connectors (`and`, `y`, `et`) included.
    private let words: Set<String>
    private let longestPhrase: Int
    /// The language's scale words, folded: `thousand`, `тысяч`, `mil`.
    private let scales: [String: Int]
    /// The words ICU writes for a million (`millón`, `مليون`; not `millones`): alone, they are the number.
    private let millionWords: Set<String>
    /// The first two letters of every folded word a number can start with (`tw`, `ви`, `ثل`): a word is ruled out
    /// by them before it is built and folded, which is most of the time reading takes.
    private let openings: OpeningKeys
    /// The first three letters of every folded word a number can start with, where folding leaves them as they
    /// are written (no prefixes or endings): a sharper screen than `openings`.
    private let longOpenings: OpeningKeys?
    private let folding: NumberWordFolding

    /// One reader per language, each built at most once: its lock is held while it is built, so a second caller
    /// waits for the first, and languages build side by side (`ICUCache.warmUp`).
    private final class Slot: Sendable {
        let reader = Mutex<(built: Bool, reader: SpelledNumbers?)>((false, nil))
    }
    private static let slots = Mutex<[String: Slot]>([:])

    /// The reader for `language`, built once per process; nil for a language whose numerals are not words
    /// (Chinese) or that ICU has no spell-out rules for.
    static func reader(for language: Language) -> SpelledNumbers? {
        guard !language.scripts.contains("Hani") else { return nil }
        let slot = slots.withLock { slots in
            if let slot = slots[language.code] { return slot }
            let slot = Slot()
            slots[language.code] = slot
            return slot
        }
        return slot.reader.withLock { state in
            if !state.built { state = (true, SpelledNumbers(language: language)) }
            return state.reader
        }
    }

    private init?(language: Language) {
        guard let lexicon = SpelledNumberLexicon.builtIn(for: language) ?? SpelledNumberLexicon(icu: language) else {
            return nil
        }
        let folding = language.numberWordFolding
        self.folding = folding
        var phrases = lexicon.phrases
        var words = Set(
            phrases.keys.flatMap {
                $0.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            })
        let millionWords = lexicon.millionWords
        let longest = lexicon.longestPhrase
        // Words that carry a number without spelling it (`decade`, `décennal`, `десятилетней`): as ICU's phrases.
        for (word, value) in language.numberWords {
            let key = folding.fold(word)
            phrases[key] = value
            words.insert(key)
        }
        var scales: [String: Int] = [:]
        for (word, value) in language.numberScales {
            scales[folding.fold(word)] = value
        }
        self.phrases = phrases
        self.words = words
        self.scales = scales
        self.millionWords = millionWords
        var openings = OpeningKeys()
        var longOpenings = OpeningKeys()
        for word in words.union(scales.keys).union(folding.aliases.keys) {
            let letters = Array(word.unicodeScalars)
            func letter(_ index: Int) -> Unicode.Scalar? {
                index < letters.count && ScalarClass.isLetter(letters[index]) ? letters[index] : nil
            }
            guard let first = letters.first else { continue }
            openings.insert(Self.opening(first, letters.count > 1 ? letters[1] : nil))
            longOpenings.insert(Self.opening(first, letter(1), letter(1) == nil ? nil : letter(2)))
        }
        self.openings = openings
        // Without prefixes or endings to fold, a word's first three letters are as written in the number word:
        // `the`, `that`, `this` are ruled out before they are built and folded, not only `and` and `of`.
        self.longOpenings = folding.prefixes.isEmpty && folding.endings.isEmpty ? longOpenings : nil
        longestPhrase = longest
    }

    private static func opening(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second?.value ?? 0)
    }

    /// Three letters in one key, 21 bits each (nil, as a word's end, is 0).
    private static func opening(_ first: Unicode.Scalar, _ second: Unicode.Scalar?, _ third: Unicode.Scalar?) -> UInt64
    {
        UInt64(first.value) << 42 | UInt64(second?.value ?? 0) << 21 | UInt64(third?.value ?? 0)
    }

    /// Whether the word at `start` may open a number: its first two letters, lower-cased and folded, or those
    /// after one of the language's prefixes (`وال…`), are the opening of a number word.
    private func mayOpen(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        let folds = !folding.letters.isEmpty
        func letter(_ index: Int) -> Unicode.Scalar? {
            guard index < scalars.count, ScalarClass.isLetter(scalars[index]) else { return nil }
            let lower = NumberWordFolding.lowercase(scalars[index])
            return folds ? folding.letters[lower] ?? lower : lower
        }
        guard let first = letter(start) else { return false }
        if let longOpenings {
            let second = letter(start + 1)
            return longOpenings.contains(Self.opening(first, second, second == nil ? nil : letter(start + 2)))
        }
        if openings.contains(Self.opening(first, letter(start + 1))) { return true }
        for prefix in folding.prefixScalars where prefix.count < 6 {
            guard prefix.indices.allSatisfy({ letter(start + $0) == prefix[$0] }),
                let next = letter(start + prefix.count)
            else { continue }
            if openings.contains(Self.opening(next, letter(start + prefix.count + 1))) { return true }
        }
        return false
    }

    /// The number written in words from `start` (a word's first letter) and where it ends, or nil: nil too for a
    /// number under ten, and for a lone scale word (`cent` in `pour cent`, `millions`).
    func read(_ scalars: [Unicode.Scalar], at start: Int) -> (value: Int, end: Int)? {
        guard mayOpen(scalars, at: start) else { return nil }
        var run: [(key: String, end: Int)] = []
        var position = start
        while run.count < 16, let (word, end) = Self.word(in: scalars, at: position) {
            let key = folding.fold(word)
            guard words.contains(key) || scales[key] != nil else {
                // `ten-year`, `fifty-four-member`: the number before the hyphen, and the number ends there.
                if let (part, partEnd) = numberBeforeHyphen(word, start: position) { run.append((part, partEnd)) }
                break
            }
            run.append((key, end))
            position = end
            // Words of one number are separated by a single space.
            guard position + 1 < scalars.count, scalars[position] == " " || scalars[position] == "\u{00A0}" else {
                break
            }
            position += 1
        }
        return value(of: run)
    }

    /// The longest part of a hyphenated word before one of its hyphens that is a number word, and where it ends.
    private func numberBeforeHyphen(_ word: String, start: Int) -> (String, Int)? {
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let scalars = Array(word.unicodeScalars)
        for cut in scalars.indices.reversed() where scalars[cut] == "-" && cut > 0 {
            let key = folding.fold(String(scalars: scalars[..<cut]))
            if words.contains(key) { return (key, start + cut) }
        }
        return nil
    }

    /// Reads `run` phrase by phrase, longest phrase first, adding parts of falling place value
    /// (`one thousand` `nine hundred` `and` `forty-five`) and multiplying by scale words (`forty-five thousand`).
    private func value(of run: [(key: String, end: Int)]) -> (value: Int, end: Int)? {
        var total = 0
        var group = 0
        var end: Int?
        var wordsRead = 0
        var lastPart = 0
        var index = 0
        while index < run.count {
            var matched: (value: Int, length: Int)?
            for length in stride(from: min(longestPhrase, run.count - index), through: 1, by: -1) {
                let key = run[index..<index + length].map(\.key).joined(separator: " ")
                if let value = phrases[key] {
                    matched = (value, length)
                    break
                }
            }
            if matched == nil || matched?.length == 1, let scale = scales[run[index].key], scale > group {
                // `тысяча девятьсот…` (a scale word alone is one of it), `forty-five thousand`, `mil millones`.
                // Hostile text can stack scale words (`millones millones millones…`): a number past Int stops here.
                let (product, overflow) = (group == 0 && total > 0 ? total : max(group, 1)).multipliedReportingOverflow(
                    by: scale)
                guard !overflow, product < Self.largest else { break }
                total = group == 0 && total > 0 ? product : total + product
                group = 0
                lastPart = 0
                end = run[index].end
                wordsRead += 1
                index += 1
                continue
            }
            guard let (value, length) = matched else {
                // A connector between two parts (`and`, `y`): read on only if a part follows.
                guard end != nil, index + 1 < run.count else { break }
                index += 1
                continue
            }
            let current = total + group
            if length == 1, value >= 100, Self.isPowerOfTen(value), lastPart > 0, lastPart < 10 {
                // `neuf cent` is nine hundreds, as `neuf cents` is.
                group += lastPart * (value - 1)
                lastPart = 0
                end = run[index].end
                wordsRead += 1
                index += 1
                continue
            }
            guard current == 0 || value < Self.lowestPlace(of: current) else { break }
            group += value
            lastPart = value
            end = run[index + length - 1].end
            wordsRead += length
            index += length
        }
        guard let end else { return nil }
        let value = total + group
        // Numbers under ten are words in every language (`un`, `one`, `الأول`) and articles or pronouns as often:
        // neither compared nor anchors.
        guard value >= 10 else { return nil }
        if wordsRead == 1, Self.isPowerOfTen(value), value >= 100,
            value != 1_000_000 || !run.contains(where: { millionWords.contains($0.key) })
        {
            return nil
        }
        return (value, end)
    }

    /// No number in words is read past this (a thousand trillion); stacked scale words stop there.
    private static let largest = 1_000_000_000_000_000

    /// 1945 → 1, 1900 → 100, 1000 → 1000: a following part must be smaller.
    private static func lowestPlace(of value: Int) -> Int {
        var place = 1
        var rest = value
        while rest > 0, rest % 10 == 0 {
            rest /= 10
            place *= 10
        }
        return place
    }

    private static func isPowerOfTen(_ value: Int) -> Bool { value > 0 && lowestPlace(of: value) == value }

    /// The word at `start`: letters and marks, with hyphens between letters (`forty-five`, `vingt-six`).
    private static func word(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard start < scalars.count, ScalarClass.isLetter(scalars[start]) else { return nil }
        var end = start
        var text: [Unicode.Scalar] = []
        while end < scalars.count {
            let scalar = scalars[end]
            if ScalarClass.isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark {
                text.append(scalar)
            } else if hyphens.contains(scalar), end + 1 < scalars.count, ScalarClass.isLetter(scalars[end + 1]) {
                text.append("-")
            } else {
                break
            }
            end += 1
        }
        return (String(scalars: text), end)
    }

    private static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}"]
}

/// The openings of number words, as keys of their first letters: asked at the start of every word of a text,
/// and most words open no number, so a 65,536-bit filter answers most look-ups with a multiplication and a bit
/// test, and only keys that pass it are looked up in the set.
private struct OpeningKeys: Sendable {
    private var filter = [UInt64](repeating: 0, count: 1024)
    private var keys = Set<UInt64>()

    mutating func insert(_ key: UInt64) {
        keys.insert(key)
        let slot = Self.slot(key)
        filter[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    func contains(_ key: UInt64) -> Bool {
        let slot = Self.slot(key)
        guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return false }
        return keys.contains(key)
    }

    /// The top 16 bits of a Fibonacci hash of `key`.
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}

/// How a number word in running text is brought to the form ICU writes, from the language file: letters folded
/// (`ё` → `е`, `أ` → `ا`), one prefix taken off (`وال`, `و`, `ال`: `والثلاثين` → `ثلاثين`) and one ending
/// replaced (`ين` → `ون`: `ثلاثين` → `ثلاثون`). Case, vowel marks and the tatweel are always folded.
struct NumberWordFolding: Sendable {
    var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
    /// Longest first.
    var prefixes: [String] = []
    /// `prefixes` as scalars, for reading text without building strings.
    var prefixScalars: [[Unicode.Scalar]] = []
    /// Longest first.
    var endings: [(String, String)] = []
    /// `endings` as scalars.
    private var endingScalars: [(ending: [Unicode.Scalar], replacement: String)] = []

    /// Folded word → the folded word ICU writes for it, where ICU's rules write another form than texts do
    /// (ICU's Arabic has `إحدى عشر` for the masculine `أحد عشر`, `ثلاثة عشر` for the feminine `ثلاث عشرة`).
    var aliases: [String: String] = [:]

    init(
        letters: [Unicode.Scalar: Unicode.Scalar] = [:], prefixes: [String] = [], endings: [String: String] = [:],
        aliases: [String: String] = [:]
    ) {
        self.letters = letters
        self.prefixes = prefixes.sorted { $0.count > $1.count }
        prefixScalars = self.prefixes.map { Array($0.unicodeScalars) }
        self.endings = endings.sorted { $0.key.count > $1.key.count }.map { ($0.key, $0.value) }
        endingScalars = self.endings.map { (Array($0.0.unicodeScalars), $0.1) }
        var folded: [String: String] = [:]
        for (word, form) in aliases { folded[self.fold(word)] = self.fold(form) }
        self.aliases = folded
    }

    /// Lower case without a Unicode property lookup for the scripts numbers are written in here.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: return Unicode.Scalar(scalar.value + 0x20) ?? scalar
        case 0x400...0x40F: return Unicode.Scalar(scalar.value + 0x50) ?? scalar
        case 0...0x7F, 0xDF...0xFF, 0x430...0x45F, 0x600...0x6FF: return scalar
        default: return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    /// A vowel mark or the tatweel, without a Unicode property lookup for Latin, Cyrillic and Arabic letters.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x370...0x482, 0x48A...0x52F, 0x621...0x63F, 0x641...0x64A, 0x671...0x6D3: return false
        case 0x640: return true
        default: return scalar.properties.generalCategory == .nonspacingMark
        }
    }

    func fold(_ word: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            // Vowel marks and the tatweel go.
            guard !Self.isMark(scalar) else { continue }
            let lower = Self.lowercase(scalar)
            scalars.append(letters[lower] ?? lower)
        }
        // A prefix comes off only if three letters or more are left: `الفي` (two thousand) keeps its `ال`, or it
        // would meet the preposition `في`; an ending is replaced only if two letters are left (`ستين` → `ستون`).
        // Counted in scalars: no marks are left to join two into one character.
        var start = 0
        if let prefix = prefixScalars.first(where: { scalars.count - $0.count >= 3 && scalars.starts(with: $0) }) {
            start = prefix.count
        }
        let stem = scalars[start...]
        let folded: String
        if let (ending, replacement) = endingScalars.first(where: {
            stem.count - $0.ending.count >= 2 && stem.reversed().starts(with: $0.ending.reversed())
        }) {
            folded = String(scalars: stem.dropLast(ending.count)) + replacement
        } else {
            folded = String(scalars: stem)
        }
        return aliases[folded] ?? folded
    }
}
