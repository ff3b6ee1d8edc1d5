import Foundation
import Testing

@testable import Hexaglot

/// `Checker` runs the checks it is given: fewer than the built-in ones, or a team's own beside them.
@Suite struct CheckerPluggingTests {
    /// A house rule of the kind a team might add: a paragraph longer than a limit.
    struct LongParagraphCheck: DocumentCheck {
        static let longParagraph = Rule(
            "house.long-paragraph", .info, "A paragraph or item longer than the house limit.")
        static let rules = [longParagraph]
        let limit: Int

        func check(_ document: Document) -> [Finding] {
            document.blocks.filter { $0.kind != .heading && $0.text.count > limit }.map { block in
                Self.longParagraph.finding(in: document, at: block.location, "\(block.text.count) characters")
            }
        }
    }

    @Test func runsTheChecksItIsGiven() throws {
        let document = try Fixtures.load(Fixtures.sample)
        let standard = Checker(catalog: Fixtures.catalog).check(document)
        #expect(Set(standard.map(\.rule)).count > 1)
        let numberingOnly = Checker(catalog: Fixtures.catalog, checks: [NumberingCheck(catalog: Fixtures.catalog)])
            .check(document)
        #expect(numberingOnly == standard.filter { $0.rule.hasPrefix("numbering.") })
        let withHouseRule = Checker(
            catalog: Fixtures.catalog,
            checks: Checker.standardChecks(catalog: Fixtures.catalog) + [LongParagraphCheck(limit: 150)])
        let house = withHouseRule.check(document).filter { $0.rule == "house.long-paragraph" }
        #expect(!house.isEmpty)
        #expect(withHouseRule.check(document).filter { $0.rule != "house.long-paragraph" } == standard)
    }
}
