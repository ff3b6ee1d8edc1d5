/// Runs the single-document checks and orders the findings by place in the document; compares versions.
/// A value: give it other checks (`init(catalog:checks:)`), your own `DocumentCheck`s among them.
public struct Checker: Sendable {
    public let catalog: LanguageCatalog
    /// The single-document checks, in the order they run.
    public var checks: [any DocumentCheck]

    /// A checker with every built-in check.
    public init(catalog: LanguageCatalog) {
        self.init(catalog: catalog, checks: Self.standardChecks(catalog: catalog))
    }

    /// A checker with `checks` only.
    public init(catalog: LanguageCatalog, checks: [any DocumentCheck]) {
        self.catalog = catalog
        self.checks = checks
    }

    /// Every built-in single-document check. The traditional-character check last: it may wait for ICU to compile
    /// its transform on the other core (`ICUCache.warmUp`), and the other checks run meanwhile.
    public static func standardChecks(catalog: LanguageCatalog) -> [any DocumentCheck] {
        [
            NumberingCheck(catalog: catalog),
            FootnoteCheck(),
            HalfwidthPunctuationCheck(),
            UnbalancedBracketCheck(),
            LetterForDigitCheck(),
            ReissueNoteCheck(catalog: catalog),
            ConvertedDocumentCheck(),
            TraditionalCharacterCheck(),
        ]
    }

    /// Checks each document on its own, then compares the versions of each document among them (`xlang.*`).
    /// Files each in a language of its own are versions of one document (`report.zh.md rapport.fr.md`), as are
    /// all files when `asVersions` is set; otherwise files named alike but for the language code
    /// (`A_RES_217_A_III.zh.txt`, `A_RES_217_A_III.en.txt`) are. `pivot` is the language the others are
    /// compared with (default: Chinese, else the first); a pivot in which no document is written is an error, as
    /// it is for `align`.
    public func check(_ documents: [Document], asVersions: Bool = false, pivot: String? = nil) throws -> [Finding] {
        if let pivot, !documents.contains(where: { $0.language.code == pivot }) {
            throw AlignmentError.noPivot(language: pivot)
        }
        var findings = documents.concurrentMap { check($0) }.flatMap { $0 }
        let languages = documents.map(\.language.code)
        let oneDocument = asVersions || Set(languages).count == languages.count
        let groups = oneDocument ? [Array(documents.indices)] : Self.versionGroups(documents.map(\.path))
        for group in groups where group.count >= 2 {
            let versions = group.map { documents[$0] }
            // A group without the pivot's language is compared with its own default pivot.
            let groupPivot = versions.contains { $0.language.code == pivot } ? pivot : nil
            let alignment = try AlignmentInput(loader: DocumentLoader(catalog: catalog)).align(
                versions, pivot: groupPivot)
            findings += Self.withoutAccepted(VersionComparison(catalog: catalog).findings(for: alignment), in: versions)
        }
        return findings
    }

    /// The findings of `check --versions` on the versions of `alignment`, reusing it: each version checked on
    /// its own, then the versions compared through this alignment (`review` aligns once for the page and the
    /// findings both).
    public func check(_ alignment: Alignment) -> [Finding] {
        let documents = alignment.versions.map(\.document)
        var findings = documents.concurrentMap { check($0) }.flatMap { $0 }
        if documents.count >= 2 {
            let comparison = VersionComparison(catalog: catalog).findings(for: alignment)
            findings += Self.withoutAccepted(comparison, in: documents)
        }
        return findings
    }

    /// Indices of `paths` grouped by document: the file name without its language code and extension
    /// (`A_RES_217_A_III.fr.txt` → `A_RES_217_A_III`) and folder. Files whose names carry no language code stand
    /// alone.
    static func versionGroups(_ paths: [String]) -> [[Int]] {
        var groups: [[Int]] = []
        var groupOf: [String: Int] = [:]
        for (index, path) in paths.enumerated() {
            let file = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
            guard path != "-", let code = DocumentLoader.languageCode(inFileName: file),
                let range = file.range(of: ".\(code).") ?? file.range(of: "-\(code).") ?? file.range(of: "_\(code).")
            else {
                groups.append([index])
                continue
            }
            let key = String(path.dropLast(file.count)) + file[..<range.lowerBound]
            if let group = groupOf[key] {
                groups[group].append(index)
            } else {
                groupOf[key] = groups.count
                groups.append([index])
            }
        }
        return groups
    }

    /// The findings of this checker's checks on `document`, sorted by place.
    public func check(_ document: Document) -> [Finding] {
        let findings = checks.flatMap { $0.check(document) }.sorted {
            ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule)
        }
        return Self.withoutAccepted(findings, in: [document]) + Self.unknownAcceptedRules(in: document)
    }

    /// `findings` without those a reviser has accepted in their documents (`<!-- hexaglot: accept RULE -->`).
    static func withoutAccepted(_ findings: [Finding], in documents: [Document]) -> [Finding] {
        let accepted = documents.filter { !$0.acceptedRules.isEmpty }
        guard !accepted.isEmpty else { return findings }
        let byPath = Dictionary(accepted.map { ($0.path, $0.acceptedRules) }, uniquingKeysWith: { first, _ in first })
        return findings.filter { finding in
            !(byPath[finding.path]?[finding.line]?.contains(finding.rule) ?? false)
        }
    }

    /// A directive naming a rule that does not exist switches nothing off: said, rather than silently ignored.
    static func unknownAcceptedRules(in document: Document) -> [Finding] {
        document.acceptedRules.sorted { $0.key < $1.key }.flatMap { line, rules in
            rules.sorted().filter { RuleRegistry.rule($0) == nil }.map { id in
                // The directive is on a line before the one it accepts for.
                Self.unknownRule.finding(
                    in: document, at: SourceLocation(line: line, column: 1, byteOffset: 0),
                    "the accept note before this line names no rule \(id) (hexaglot rules lists them)", found: id)
            }
        }
    }

    static let unknownRule = Rule(
        "check.unknown-accepted-rule", .warning,
        "A `<!-- hexaglot: accept RULE -->` note naming a rule that does not exist.")
}
