import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Line up language versions of one document, clause by clause and sentence by sentence.",
            discussion: """
                Every version is aligned to the pivot (Chinese by default) and the alignments are composed into
                units holding the segments of every version that translate each other; a version may have
                nothing in a unit (text present in some versions only). Clauses are matched by their numbers
                first (paragraph 3 (b) is 3 (b) in every language), then by numbers and symbols inside them,
                then by length.

                Text in one version only (align.omission), units that hardly fit (align.weak) and files that
                do not look like versions of one document (align.unrelated) are reported on standard error, or
                under "findings" in the JSON.

                Formats: text (two versions side by side, more one under another), tsv (one unit a line, one column a language, with a
                header), json (units with segments, locations and scores), beads (two versions only: one
                [i,j]:[k] line a unit, the first file's 0-based segment ids on the left).

                Examples:
                  hexaglot align report.zh.md report.en.md
                  hexaglot align --format tsv A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt > udhr.tsv
                  hexaglot align --presegmented --format beads --language zh,en test.zh test.en
                """
        )

        @Argument(help: "The versions: the pivot's and the others', in any order; - reads standard input.")
        var files: [String]

        @Option(help: "The language every version is aligned to. Default: zh, or the first file's language.")
        var pivot: String?

        @Option(help: "sentence, or clause (sentences cut after ; and before inline lists too).")
        var unit: UnitOption = .sentence

        @Flag(help: "One segment a line, empty lines included; nothing is re-segmented.")
        var presegmented = false

        @Option(help: "text, tsv, json or beads.")
        var format: AlignmentFormat = .text

        @Option(help: "Width of the text format's two columns together. Default: $COLUMNS, else 120.")
        var width: Int?

        @Option(
            help: """
                The files' languages, comma-separated in file order (zh,en). Default: from each file's name \
                (report.fr.txt), else from its script.
                """)
        var language: String?

        @OptionGroup var input: ReadingOptions

        func validate() throws {
            guard files.count >= 2 else { throw ValidationError("give at least two versions of the document") }
            if format == .beads, files.count != 2 {
                throw ValidationError("--format beads needs exactly two files, not \(files.count)")
            }
            if let codes = language?.split(separator: ","), codes.count != files.count {
                throw ValidationError("--language names \(codes.count) languages for \(files.count) files")
            }
        }

        func run() throws {
            let loader = try input.loader()
            let codes = language.map { $0.split(separator: ",").map(String.init) }
            var versions: [SegmentedDocument] = []
            for (index, path) in files.enumerated() {
                let code = codes?[index]
                if presegmented {
                    versions.append(try PresegmentedReader(loader: loader).read(path, languageCode: code))
                } else {
                    let document = try loader.load(path, languageCode: code, format: input.format)
                    versions.append(Segmenter(language: document.language, unit: unit.unit).segment(document))
                }
            }
            let pivotIndex = try Self.pivotIndex(of: versions, named: pivot)
            try AlignmentError.checkSegmentCounts(versions, pivot: pivotIndex)
            let alignment = Aligner().align(versions, pivot: pivotIndex)
            let report = AlignmentReport(alignment)
            switch format {
            case .text:
                let columns = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 120
                try writeStandardOutput(report.text(width: columns))
            case .tsv: try writeStandardOutput(report.tsv())
            case .beads: try writeStandardOutput(report.beads())
            case .json: try writeStandardOutput(report.json())
            }
            if format != .json, !alignment.findings.isEmpty {
                FileHandle.standardError.write(Data(CheckReport.lines(for: alignment.findings).utf8))
            }
        }

        static func pivotIndex(of versions: [SegmentedDocument], named code: String?) throws -> Int {
            if let code {
                guard let index = versions.firstIndex(where: { $0.language.code == code }) else {
                    throw AlignmentError.noPivot(language: code)
                }
                return index
            }
            return versions.firstIndex { $0.language.code == "zh" } ?? 0
        }
    }
}

enum AlignmentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, tsv, json, beads
}
