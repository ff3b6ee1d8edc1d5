/// Runs every single-document check and orders the findings by place in the document.
public final class Checker {
    public let catalog: LanguageCatalog
    private let traditional = TraditionalCharacterCheck()

    /// Every rule the checks can report, in the order of the README's table.
    public static let rules: [Rule] =
        NumberingCheck.rules + FootnoteCheck.rules + TraditionalCharacterCheck.rules
        + HalfwidthPunctuationCheck.rules + UnbalancedBracketCheck.rules + ReissueNoteCheck.rules

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    public func check(_ document: Document) -> [Finding] {
        let checks: [any DocumentCheck] = [
            NumberingCheck(catalog: catalog),
            FootnoteCheck(),
            traditional,
            HalfwidthPunctuationCheck(),
            UnbalancedBracketCheck(),
            ReissueNoteCheck(catalog: catalog),
        ]
        return checks.flatMap { $0.check(document) }.sorted {
            ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule)
        }
    }
}
