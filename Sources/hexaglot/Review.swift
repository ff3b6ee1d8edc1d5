import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a side-by-side review page: the versions in parallel, every finding in place.",
            discussion: """
                Checks and aligns the versions as check and align do, and writes one self-contained HTML file that \
                opens offline from disk: one row an aligned unit, one column a version (pivot first), footnote \
                bodies as rows after the body; each finding marked in the cell where it is, with a link to its \
                counterpart, and indexed at the top by rule. Filters by severity and rule, a search box, and j / k \
                to go to the next or previous finding (the page reads without JavaScript).

                Exit status as for check: 1 when some finding is an error.

                Examples:
                  hexaglot review A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt
                  hexaglot review -o report.html draft.zh.docx draft.en.docx
                  hexaglot review -o - report.zh.md report.en.md > page.html
                """
        )

        @Argument(help: "The versions of one document (or one document alone); - reads standard input.")
        var files: [String]

        @Option(help: "The language every version is aligned to. Default: zh, or the first file's language.")
        var pivot: String?

        @Option(help: "sentence, or clause (sentences cut after ; and before inline lists too).")
        var unit: UnitOption = .sentence

        @Option(help: "The files' languages, comma-separated in file order (zh,en). Default: from names or scripts.")
        var language: String?

        @OptionGroup var reading: ReadingOptions

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The page to write; - for standard output. Default: the first file's name with .review.html.",
                valueName: "file"))
        var output: String?

        @Option(name: .customLong("zh-tag"), help: "The lang of Chinese cells: zh-CN (default), zh-Hans, zh, …")
        var zhTag: String?

        @Option(
            name: .customLong("language-tag"),
            help: ArgumentHelp("The lang of another language's cells, as CODE=TAG (en=en-GB).", valueName: "code=tag"))
        var languageTags: [String] = []

        func run() throws {
            var tags: [String: String] = [:]
            for entry in languageTags {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw ValidationError("--language-tag \(entry): expected CODE=TAG, such as en=en-GB")
                }
                tags[parts[0]] = try TMXOptions.checked(parts[1], option: "--language-tag")
            }
            if let zhTag { tags["zh"] = try TMXOptions.checked(zhTag, option: "--zh-tag") }
            if let codes = language?.split(separator: ","), codes.count != files.count {
                throw ValidationError("--language names \(codes.count) languages for \(files.count) files")
            }
            let loader = try reading.loader()
            let alignment = try AlignmentInput(loader: loader, unit: unit.unit, format: reading.format).align(
                files, languageCodes: language.map { $0.split(separator: ",").map(String.init) }, pivot: pivot,
                allowingOne: true)
            let catalog = loader.catalog
            let findings = Checker(catalog: catalog).check(alignment)
            let page = ReviewPage(alignment: alignment, findings: findings, languageTags: tags)
            let destination = output ?? ReviewPage.defaultPath(for: files[0])
            if destination == "-" {
                try writeStandardOutput(page.html())
            } else {
                try page.write(to: destination)
                FileHandle.standardError.write(Data("hexaglot: wrote \(destination)\n".utf8))
            }
            let report = CheckReport(documents: alignment.versions.map(\.document), findings: findings)
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }
    }
}
