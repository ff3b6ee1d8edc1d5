import ArgumentParser
import Hexaglot

/// How to read the input files; shared by every subcommand that reads documents.
struct InputOptions: ParsableArguments {
    @Option(help: "The documents' language: zh, en, fr, es, ru or ar. Default: detected from the script.")
    var language: String?

    @Option(help: "The input encoding (utf-8, utf-16le, gb18030, big5, …). Default: BOM, then UTF-8, then detected.")
    var encoding: String?

    @Option(name: .customLong("input-format"), help: "plain or markdown (PDF-conversion text). Default: detected.")
    var inputFormat: String?

    @Option(name: .customLong("max-size"), help: "Refuse inputs larger than this many MiB.")
    var maxSize = InputReader.defaultMaximumBytes / 1_048_576

    func validate() throws {
        if let inputFormat, InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be plain or markdown, not \(inputFormat)")
        }
        guard maxSize > 0, maxSize <= 2_000 else { throw ValidationError("--max-size must be between 1 and 2000 MiB") }
    }

    func loader() throws -> DocumentLoader {
        let catalog = try LanguageCatalog.standard()
        if let language { _ = try catalog.language(language) }
        return DocumentLoader(
            catalog: catalog, reader: InputReader(encoding: encoding, maximumBytes: maxSize * 1_048_576))
    }

    func load(_ path: String, with loader: DocumentLoader) throws -> Document {
        try loader.load(path, languageCode: language, format: inputFormat.flatMap(InputFormat.init(rawValue:)))
    }
}

/// Output formats of the reporting subcommands.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
