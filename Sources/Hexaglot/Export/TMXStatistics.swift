/// What a TMX file holds and what is wrong with it, read as a stream (`XMLStreamReader`): units, languages,
/// and the problems that make CAT tools reject a file or its units.
public struct TMXStatistics: Sendable, Encodable {
    public var path: String
    /// The `version` of `<tmx>` (`1.4`).
    public var version: String?
    /// The header's attributes, as written.
    public var header: [String: String]
    public var units: Int
    /// How many `tuv`s each language has, in order of first appearance.
    public var languages: [LanguageCount]
    /// Problems in file order; at most `maximumListedProblems` are listed, `problemCount` counts them all.
    public var problems: [Problem]
    public var problemCount: Int
    /// How many of the problems are errors (CAT tools reject the file or skip units).
    public var errorCount: Int

    public struct LanguageCount: Sendable, Encodable, Hashable {
        public var language: String
        public var variants: Int
    }

    public struct Problem: Sendable, Encodable, Hashable {
        /// `tmx.missing-language`, …: see `TMXStatistics.rules`.
        public var rule: String
        public var severity: Finding.Severity
        public var line: Int
        public var message: String
    }

    /// Every problem kind: errors make CAT tools reject the file or skip units; warnings lose less.
    static let missingHeaderAttribute = Rule(
        "tmx.missing-header-attribute", .error, "The TMX header lacks an attribute TMX 1.4b requires.")
    static let missingLanguage = Rule(
        "tmx.missing-language", .error, "A tuv has no xml:lang (OmegaT rejects the whole file).")
    static let underscoreLanguage = Rule(
        "tmx.underscore-language", .error, "An xml:lang such as zh_CN, which OmegaT silently ignores (zh-CN).")
    static let noSourceVariant = Rule("tmx.no-source-variant", .warning, "A tu has no tuv in the header's srclang.")
    static let emptyUnit = Rule("tmx.empty-unit", .warning, "A tu without any tuv, or a tuv without seg.")
    static let badDate = Rule(
        "tmx.bad-date", .warning, "A TMX date not in the form YYYYMMDDThhmmssZ, or a day that does not exist.")
    public static let rules = [
        missingHeaderAttribute, missingLanguage, underscoreLanguage, noSourceVariant, emptyUnit, badDate,
    ]

    static let maximumListedProblems = 1000
    static let requiredHeaderAttributes = [
        "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
    ]
    static let dateAttributes = ["creationdate", "changedate", "lastusagedate"]

    init(path: String) {
        self.path = path
        header = [:]
        units = 0
        languages = []
        problems = []
        problemCount = 0
        errorCount = 0
    }

    mutating func report(_ rule: Rule, line: Int, _ message: String) {
        problemCount += 1
        if rule.severity == .error { errorCount += 1 }
        if problems.count < Self.maximumListedProblems {
            problems.append(Problem(rule: rule.id, severity: rule.severity, line: line, message: message))
        }
    }

    /// Reads the TMX file at `path` (`-`: standard input), refusing files larger than `reader`'s limit before
    /// parsing anything.
    public static func read(_ path: String, reader: InputReader = InputReader()) throws -> TMXStatistics {
        let stream: XMLStreamReader
        if path == "-" {
            let bytes = try reader.readStandardInput()
            if bytes.isEmpty { throw ReadError.empty(path: path) }
            stream = try XMLStreamReader(bytes: bytes, name: path, maximumDepth: XMLStreamReader.maximumDepth)
        } else {
            if try reader.checkedSize(of: path) == 0 { throw ReadError.empty(path: path) }
            stream = try XMLStreamReader(path: path)
        }
        var scan = TMXScan(statistics: TMXStatistics(path: path))
        while let node = try stream.next() {
            try scan.take(node, from: stream)
        }
        guard scan.sawRoot else { throw stream.error("no root element: not an XML document") }
        return scan.statistics
    }
}

/// The state of one pass over a TMX file.
private struct TMXScan {
    var statistics: TMXStatistics
    var sawRoot = false
    private var languageIndex: [String: Int] = [:]
    private var unitLine = 0
    private var unitID = ""
    private var unitLanguages: [String] = []
    private var variantHasSegment = false
    private var variantLine = 0
    private var sourceLanguage: String? {
        statistics.header["srclang"].flatMap { $0 == "*all*" ? nil : $0.lowercased() }
    }

    init(statistics: TMXStatistics) {
        self.statistics = statistics
    }

    mutating func take(_ node: XMLStreamReader.NodeKind, from stream: XMLStreamReader) throws {
        switch node {
        case .start(let name, let isEmpty):
            if !sawRoot {
                guard name == "tmx" else {
                    throw stream.error("the root element is <\(name)>, not <tmx>: not a TMX file")
                }
                sawRoot = true
                statistics.version = stream.attribute("version")
                return
            }
            switch name {
            case "header": readHeader(stream)
            case "tu":
                statistics.units += 1
                unitLine = stream.line
                unitID = stream.attribute("tuid").map { " \"\($0)\"" } ?? ""
                unitLanguages = []
                checkDates(stream, element: "tu")
                if isEmpty { endUnit() }
            case "tuv":
                readVariant(stream)
                if isEmpty { endVariant() }
            case "seg": variantHasSegment = true
            default: break
            }
        case .end(let name):
            if name == "tu" { endUnit() }
            if name == "tuv" { endVariant() }
        case .text, .other: break
        }
    }

    private mutating func readHeader(_ stream: XMLStreamReader) {
        for attribute in TMXStatistics.requiredHeaderAttributes + TMXStatistics.dateAttributes {
            if let value = stream.attribute(attribute) { statistics.header[attribute] = value }
        }
        let missing = TMXStatistics.requiredHeaderAttributes.filter { statistics.header[$0] == nil }
        if !missing.isEmpty {
            statistics.report(
                TMXStatistics.missingHeaderAttribute, line: stream.line,
                "the header has no \(missing.joined(separator: ", ")) (TMX 1.4b requires them)")
        }
        checkDates(stream, element: "header")
    }

    private mutating func readVariant(_ stream: XMLStreamReader) {
        variantLine = stream.line
        variantHasSegment = false
        checkDates(stream, element: "tuv")
        guard let language = stream.attribute("xml:lang") ?? stream.attribute("lang"), !language.isEmpty else {
            statistics.report(TMXStatistics.missingLanguage, line: stream.line, "a tuv in tu\(unitID) has no xml:lang")
            return
        }
        if language.contains("_") {
            statistics.report(
                TMXStatistics.underscoreLanguage, line: stream.line,
                "xml:lang=\"\(language)\": CAT tools want \(language.replacingOccurrences(of: "_", with: "-"))")
        }
        unitLanguages.append(language.lowercased())
        if let index = languageIndex[language] {
            statistics.languages[index].variants += 1
        } else {
            languageIndex[language] = statistics.languages.count
            statistics.languages.append(TMXStatistics.LanguageCount(language: language, variants: 1))
        }
    }

    private mutating func endVariant() {
        if !variantHasSegment {
            statistics.report(TMXStatistics.emptyUnit, line: variantLine, "a tuv in tu\(unitID) has no seg")
        }
        variantHasSegment = true
    }

    private mutating func endUnit() {
        if unitLanguages.isEmpty {
            statistics.report(TMXStatistics.emptyUnit, line: unitLine, "tu\(unitID) has no tuv")
        } else if let source = sourceLanguage, !unitLanguages.contains(source) {
            statistics.report(
                TMXStatistics.noSourceVariant, line: unitLine,
                "tu\(unitID) has no tuv in the source language \(statistics.header["srclang"] ?? source)")
        }
        unitLanguages = []
    }

    private mutating func checkDates(_ stream: XMLStreamReader, element: String) {
        for attribute in TMXStatistics.dateAttributes {
            guard let value = stream.attribute(attribute), !TMXDateFormat.shared.isValid(value) else { continue }
            statistics.report(
                TMXStatistics.badDate, line: stream.line,
                "<\(element) \(attribute)=\"\(value)\">: expected YYYYMMDDThhmmssZ, such as 20181024T093000Z")
        }
    }
}
