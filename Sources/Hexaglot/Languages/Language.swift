/// What Hexaglot knows about one language, compiled from `languages/<code>.yaml`.
public struct Language: Sendable, CustomStringConvertible {
    public var code: String
    public var name: String
    public var icuLocale: String
    /// The language tag translation memories use (`zh-CN`: what CAT tools match best; never `zh_CN`).
    public var tmxLanguageTag: String
    /// What goes between two sentences when they are written as one run of text: a space, or nothing in
    /// Chinese.
    public var sentenceSeparator: String
    /// ISO 15924 codes whose letters mark a text as this language.
    public var scripts: [String]
    public var detectionWords: Set<String> {
        didSet { longestDetectionWord = detectionWords.map(\.unicodeScalars.count).max() ?? 0 }
    }
    /// The length of the longest detection word, in scalars: longer words need no lookup.
    var longestDetectionWord = 0
    public var sentenceTerminators: Set<Character>
    public var clauseTerminators: Set<Character>
    public var paragraphEndings: Set<Character>
    /// Endings such as `; and` that complete a clause although they end in a letter.
    public var paragraphEndingSuffixes: [String]
    public var abbreviations: Set<String>
    /// Marker families this language uses, most usual first.
    public var listFamilies: [String]
    /// Opening bracket → closing bracket.
    public var brackets: [Character: Character]
    public var halfwidthPunctuation: [Character: Character]
    /// The month each month name stands for: `décembre` → 12.
    public var months: [String: Int]
    /// Words that multiply the number before them: `million` → 1 000 000 (`100 billion` is 100 000 000 000,
    /// as Chinese writes 1000亿).
    public var numberScales: [String: Int]
    /// How an inflected number word in running text is brought to the form ICU's spell-out rules give
    /// (`والثلاثين` → `ثلاثون`, `четвёртого` → `четвертого`); applied to both sides before they are compared.
    var numberWordFolding: NumberWordFolding
    /// Words that carry a number without spelling it out: `decade` → 10, `décennal` → 10.
    var numberWords: [String: Int]
    public var headingPatterns: [Pattern]
    /// The words a section pattern's match must start with (`Article`, `第`), when every pattern starts `^word`
    /// or `^(word|word)`; nil when one starts otherwise. A paragraph that starts with none needs no regular
    /// expression.
    var sectionWords: [String]?
    /// The first characters of `sectionWords`: most paragraphs are ruled out by their first character alone.
    var sectionInitials: Set<Unicode.Scalar>
    /// The start of an article or chapter with text after it on the line (`第五条 联合国会员国…`,
    /// `Article 52. Regional arrangements`): lists end there.
    public var sectionPatterns: [Pattern]
    /// The words that name a kind of section (`Artículo`, `条`, `PARTE`) and the kind, longest words first.
    var sectionKinds: [(word: String, kind: SectionKind)]
    public var assemblyOpeners: [Pattern]
    public var reissueNote: Pattern?
    /// The reissue note as a reviser writes it (`Reissued for technical reasons on 26 October 2018.`): what a
    /// finding shows as expected, rather than the pattern.
    public var reissueNoteExample: String?
    public var traditionalToSimplified: String?
    /// Characters the transform would change that are standard in Simplified Chinese too (著 in 显著).
    public var alsoSimplified: Set<Unicode.Scalar>

    public var description: String { code }

    init(file: LanguageFile, path: String) throws(LanguageDataError) {
        code = file.code
        name = file.name
        icuLocale = file.icuLocale
        tmxLanguageTag = file.tmxLanguageTag ?? file.code
        sentenceSeparator = file.sentenceSeparator ?? " "
        scripts = file.scripts
        detectionWords = Set(file.detectionWords)
        longestDetectionWord = detectionWords.map(\.unicodeScalars.count).max() ?? 0
        sentenceTerminators = try Self.characters(file.sentenceTerminators, key: "sentenceTerminators", path: path)
        clauseTerminators = try Self.characters(file.clauseTerminators, key: "clauseTerminators", path: path)
        paragraphEndings = try Self.characters(file.paragraphEndings, key: "paragraphEndings", path: path)
        paragraphEndingSuffixes = file.paragraphEndingSuffixes
        abbreviations = Set(file.abbreviations)
        listFamilies = file.listFamilies
        var brackets: [Character: Character] = [:]
        for pair in file.brackets {
            guard pair.count == 2, let open = Self.character(pair[0]), let close = Self.character(pair[1]) else {
                throw LanguageDataError(file: path, problem: "brackets: each entry must be two characters, not \(pair)")
            }
            brackets[open] = close
        }
        self.brackets = brackets
        guard file.monthNames.isEmpty || file.monthNames.count == 12 else {
            throw LanguageDataError(
                file: path, problem: "monthNames: expected 12 months, found \(file.monthNames.count)")
        }
        var months: [String: Int] = [:]
        for (index, names) in file.monthNames.enumerated() {
            for name in names { months[name] = index + 1 }
        }
        self.months = months
        var scales: [String: Int] = [:]
        for (word, value) in file.numberScales {
            guard let value = Int(value), value > 1 else {
                throw LanguageDataError(file: path, problem: "numberScales: \(word) must map to a whole number above 1")
            }
            scales[word] = value
        }
        numberScales = scales
        var numberWords: [String: Int] = [:]
        for (word, value) in file.numberWords {
            guard let value = Int(value), value > 0 else {
                throw LanguageDataError(file: path, problem: "numberWords: \(word) must map to a whole number above 0")
            }
            numberWords[word] = value
        }
        self.numberWords = numberWords
        var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in file.numberWordLetters {
            guard from.unicodeScalars.count == 1, to.unicodeScalars.count == 1, let key = from.unicodeScalars.first,
                let value = to.unicodeScalars.first
            else {
                throw LanguageDataError(
                    file: path, problem: "numberWordLetters: keys and values must be single letters")
            }
            letters[key] = value
        }
        numberWordFolding = NumberWordFolding(
            letters: letters, prefixes: file.numberWordPrefixes, endings: file.numberWordEndings,
            aliases: file.numberWordAliases)
        var halfwidth: [Character: Character] = [:]
        for (half, full) in file.halfwidthPunctuation {
            guard let half = Self.character(half), let full = Self.character(full) else {
                throw LanguageDataError(
                    file: path, problem: "halfwidthPunctuation: keys and values must be single characters")
            }
            halfwidth[half] = full
        }
        halfwidthPunctuation = halfwidth
        var headings: [Pattern] = []
        for source in file.headingPatterns { headings.append(Pattern(source, file: path)) }
        headingPatterns = headings
        sectionPatterns = file.sectionPatterns.map { Pattern($0, file: path) }
        sectionWords = Self.literalPrefixes(of: file.sectionPatterns)
        var kinds: [(word: String, kind: SectionKind)] = []
        for (word, name) in file.sectionKinds {
            guard let kind = SectionKind(rawValue: name), !word.isEmpty else {
                let known = SectionKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw LanguageDataError(file: path, problem: "sectionKinds: \(word) must map to one of \(known)")
            }
            kinds.append((word, kind))
        }
        sectionKinds = kinds.sorted { ($0.word.count, $0.word) > ($1.word.count, $1.word) }
        sectionInitials = Set((sectionWords ?? []).compactMap(\.unicodeScalars.first))
        var openers: [Pattern] = []
        for source in file.assemblyOpeners { openers.append(Pattern(source, file: path)) }
        assemblyOpeners = openers
        reissueNote = file.reissueNote.map { Pattern($0, file: path) }
        reissueNoteExample = file.reissueNoteExample
        traditionalToSimplified = file.traditionalToSimplified
        alsoSimplified = Set(file.alsoSimplified.flatMap(\.unicodeScalars))
    }

    private static func literalPrefixes(of patterns: [String]) -> [String]? {
        var words: [String] = []
        for pattern in patterns {
            guard pattern.hasPrefix("^") else { return nil }
            var body = pattern.dropFirst()
            var alternatives = [body]
            if body.hasPrefix("(") {
                guard let close = body.firstIndex(of: ")") else { return nil }
                body = body[body.index(after: body.startIndex)..<close]
                alternatives = body.split(separator: "|")
            }
            for alternative in alternatives {
                let word = alternative.prefix { $0.isLetter }
                guard !word.isEmpty else { return nil }
                words.append(String(word))
            }
        }
        return words
    }

    private static func character(_ text: String) -> Character? {
        text.count == 1 ? text.first : nil
    }

    private static func characters(_ list: [String], key: String, path: String) throws(LanguageDataError) -> Set<
        Character
    > {
        var result = Set<Character>()
        for item in list {
            guard let character = character(item) else {
                throw LanguageDataError(file: path, problem: "\(key): \(item) is not a single character")
            }
            result.insert(character)
        }
        return result
    }

    /// Compiles this language's patterns, reporting any that is not a valid regular expression.
    public func preparePatterns() throws(LanguageDataError) {
        for pattern in headingPatterns + sectionPatterns + assemblyOpeners + [reissueNote].compactMap({ $0 }) {
            try pattern.prepare()
        }
    }

    /// Whether `text` is one of this language's headings (`Article 1`, `第一条`).
    func isHeading(_ text: String) -> Bool {
        headingPatterns.contains { $0.matches(text) }
    }

    /// The kind of section a heading opens (`PARTE I`, `第五条本协定…`): the first section word in its opening,
    /// where Chinese writes it after the number (`第一部分`).
    func sectionKind(of heading: String) -> SectionKind? {
        let opening = heading.unicodeScalars.prefix(12)
        var rest = Substring(opening)
        while !rest.isEmpty {
            if let found = sectionKinds.first(where: { rest.hasPrefix($0.word) }) { return found.kind }
            rest = rest.dropFirst()
        }
        return nil
    }

    /// Whether `text` is the line that opens a resolution's preamble (`The General Assembly,`), with its comma or
    /// without it.
    func opensPreamble(_ text: String) -> Bool {
        let line = text.hasSuffix(",") || text.hasSuffix("،") || text.hasSuffix("，") ? text : text + ","
        return assemblyOpeners.contains { $0.matches(line) }
    }

    /// Whether `text` opens an article or chapter, as a heading or with its text on the same line.
    func opensSection(_ text: String) -> Bool {
        // Most paragraphs start with a letter no section word starts with: no regular expression for them.
        if let words = sectionWords {
            guard let first = text.unicodeScalars.first, sectionInitials.contains(first),
                words.contains(where: { text.hasPrefix($0) })
            else { return false }
        }
        let opening = String(text.prefix(60))
        return sectionPatterns.contains { $0.matches(opening) }
    }
}

/// What a numbered heading opens: article 5 and part 5 are different anchors.
enum SectionKind: String, CaseIterable, Sendable {
    case part, chapter, section, article, annex, rule
}
