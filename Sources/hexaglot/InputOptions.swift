import ArgumentParser
import Hexaglot

/// How to read the input files and in which language; shared by the subcommands that read one language.
struct InputOptions: ParsableArguments {
    @Option(
        help:
            "The documents' language: zh, en, fr, es, ru or ar. Default: from the file name (x.fr.txt), else the script."
    )
    var language: String?

    @OptionGroup var reading: ReadingOptions

    func loader() throws -> DocumentLoader {
        let loader = try reading.loader()
        if let language { _ = try loader.catalog.language(language) }
        return loader
    }

    func load(_ path: String, with loader: DocumentLoader) throws -> Document {
        try loader.load(path, languageCode: language, format: reading.format)
    }

    func load(_ paths: [String], with loader: DocumentLoader) throws -> [Document] {
        try loader.load(paths, languageCode: language, format: reading.format)
    }
}

/// How to decode and read input files; shared by every subcommand that reads documents.
struct ReadingOptions: ParsableArguments {
    @Option(help: "The input encoding (utf-8, utf-16le, gb18030, big5, …). Default: BOM, then UTF-8, then detected.")
    var encoding: String?

    @Option(name: .customLong("input-format"), help: "plain or markdown (PDF-conversion text). Default: detected.")
    var inputFormat: String?

    @Option(
        help: """
            yes: lines starting in lower case continue the line before (text wrapped by PDF conversion); no: every \
            line is a paragraph (web copies); auto: decided per document from its line lengths.
            """)
    var wrapped: WrappingOption = .auto

    @Option(name: .customLong("max-size"), help: "Refuse inputs larger than this many MiB.")
    var maxSize = InputReader.defaultMaximumBytes / 1_048_576

    func validate() throws {
        if let inputFormat, InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be plain or markdown, not \(inputFormat)")
        }
        try Self.validate(maxSize: maxSize)
    }

    /// `--max-size` takes the same range in every command: a limit a user raises on purpose, up to 100,000 MiB.
    static func validate(maxSize: Int) throws {
        guard (1...100_000).contains(maxSize) else {
            throw ValidationError("--max-size must be between 1 and 100000 MiB, not \(maxSize)")
        }
    }

    var format: InputFormat? { inputFormat.flatMap(InputFormat.init(rawValue:)) }

    func loader() throws -> DocumentLoader {
        DocumentLoader(
            catalog: try LanguageCatalog.standard(),
            reader: InputReader(encoding: encoding, maximumBytes: maxSize * 1_048_576), wrapping: wrapped.mode)
    }
}

/// An option's fixed set of values, named by their raw values (`--format json`).
///
/// ArgumentParser's own defaults describe each value through string interpolation, which asks the Swift runtime
/// for conformances (tens of thousands of instructions a value, on every run, for the help it may never show);
/// the raw value is the same text.
protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension ArgumentChoice {
    var defaultValueDescription: String { rawValue }
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
    static var allValueDescriptions: [String: String] { [:] }
}

/// `--wrapped yes|no|auto`.
enum WrappingOption: String, ArgumentChoice {
    case auto, yes, no

    var mode: Reflow.Mode {
        switch self {
        case .auto: .auto
        case .yes: .yes
        case .no: .no
        }
    }
}

/// Output formats of the reporting subcommands.
enum ReportFormat: String, ArgumentChoice {
    case text, json
}
