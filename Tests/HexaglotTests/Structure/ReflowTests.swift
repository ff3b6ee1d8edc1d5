import Foundation
import Testing

@testable import Hexaglot

/// Reflow only where the text was wrapped: real text of the BBNJ Agreement (`Fixtures/real`), as its web copy gives
/// it (one paragraph a line) and wrapped at a width as PDF conversion or mail would leave it.
struct ReflowTests {
    /// `text` wrapped at `width` characters: at spaces for alphabetic text, anywhere for Chinese.
    static func wrap(_ text: String, width: Int, atSpaces: Bool) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            if atSpaces {
                for word in paragraph.split(separator: " ") {
                    if !line.isEmpty, line.count + 1 + word.count > width {
                        lines.append(line)
                        line = ""
                    }
                    line += line.isEmpty ? String(word) : " " + word
                }
            } else {
                for character in paragraph {
                    if line.count == width {
                        lines.append(line)
                        line = ""
                    }
                    line.append(character)
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [("BBNJ_Agreement_2023.es.txt", "es", 72, true), ("BBNJ_Agreement_2023.zh.txt", "zh", 38, false)])
    func aWrappedCopyReadsAsTheWebCopyDoes(_ name: String, _ language: String, _ width: Int, _ atSpaces: Bool) throws {
        let original = try Fixtures.realText(name)
        let web = Fixtures.parse(original, language: language, format: .plain)
        let wrapped = Fixtures.parse(
            Self.wrap(original, width: width, atSpaces: atSpaces), language: language, format: .plain)
        #expect(!web.reflow.isHardWrapped)
        #expect(wrapped.reflow.isHardWrapped)
        #expect(wrapped.reflow.reason.hasPrefix("hard-wrapped"))
        // Nearly every paragraph and item comes back whole: within 3 % of the web copy's blocks.
        let difference = abs(wrapped.blocks.count - web.blocks.count)
        #expect(
            Double(difference) <= Double(web.blocks.count) * 0.03, "\(wrapped.blocks.count) against \(web.blocks.count)"
        )
        #expect(wrapped.blocks.filter { $0.list != nil }.count >= web.blocks.filter { $0.list != nil }.count * 97 / 100)
    }

    @Test func aNumberStartingAWrappedLineGoesOnTheSentence() throws {
        // `…as provided for in Articles 83 and` / `85.`: the number ends a sentence, it is no item 85.
        let original = try Fixtures.realText("BBNJ_Agreement_2023.es.txt")
        let text = Self.wrap(original, width: 72, atSpaces: true)
        let document = Fixtures.parse(text, language: "es", format: .plain)
        let findings = Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }
        let web = Fixtures.check(Fixtures.parse(original, language: "es", format: .plain)).filter {
            $0.rule.hasPrefix("numbering.")
        }
        #expect(!findings.contains { $0.rule == "numbering.gap" || $0.rule == "numbering.out-of-order" })
        #expect(findings.count <= web.count)
    }

    @Test func wrappedIsTheUsersToSay() throws {
        let folded = Self.wrap(try Fixtures.realText("BBNJ_Agreement_2023.es.txt"), width: 72, atSpaces: true)
        let auto = try CommandRunner.run(["structure", "--language", "es", "-"], stdin: folded)
        #expect(auto.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("lines: hard-wrapped") == true)
        let no = try CommandRunner.run(["structure", "--language", "es", "--wrapped", "no", "-"], stdin: folded)
        #expect(no.status == 0)
        #expect(no.stdout.contains("lines: one paragraph a line (--wrapped no)\n"))
        #expect(no.stdout.split(separator: "\n").count > auto.stdout.split(separator: "\n").count)
        let bad = try CommandRunner.run(["structure", "--wrapped", "maybe", Fixtures.sample])
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(bad.stderr.contains("--wrapped"))
    }
}
