import ArgumentParser
import Foundation
import Hexaglot

/// The versions to align and how to read them; shared by `align` and `export`.
struct AlignmentOptions: ParsableArguments {
    @Argument(help: "The versions: the pivot's and the others', in any order; - reads standard input.")
    var files: [String]

    @Option(help: "The language every version is aligned to. Default: zh, or the first file's language.")
    var pivot: String?

    @Option(help: "sentence, or clause (sentences cut after ; and before inline lists too).")
    var unit: UnitOption = .sentence

    @Flag(help: "One segment a line, empty lines included; nothing is re-segmented.")
    var presegmented = false

    @Option(
        help: """
            The files' languages, comma-separated in file order (zh,en). Default: from each file's name \
            (report.fr.txt), else from its script.
            """)
    var language: String?

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        if let codes = language?.split(separator: ","), codes.count != files.count {
            throw ValidationError("--language names \(codes.count) languages for \(files.count) files")
        }
    }

    /// The alignment of the files; `allowingOne`: one document alone is an alignment of one version (`review`).
    func align(allowingOne: Bool = false) throws -> Alignment {
        guard files.count >= 2 || allowingOne else {
            throw ValidationError("give at least two versions of the document")
        }
        let input = AlignmentInput(
            loader: try reading.loader(), unit: unit.unit, presegmented: presegmented, format: reading.format)
        return try input.align(
            files, languageCodes: language.map { $0.split(separator: ",").map(String.init) }, pivot: pivot,
            allowingOne: allowingOne)
    }
}

/// How many of the alignment's warnings `align` and `export` print on standard error.
struct WarningOptions: ParsableArguments {
    @Flag(help: "List every alignment warning (by default, more than 20 are summed up in one line).")
    var verbose = false

    @Flag(help: "Print nothing on standard error but errors.")
    var quiet = false

    func print(_ findings: [Finding]) {
        let text = CheckReport.alignmentWarnings(findings, verbose: verbose, quiet: quiet, style: .standardError)
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }
}
