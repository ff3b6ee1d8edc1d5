public import Foundation

/// Every language file of a `languages/` folder, loaded once and shared by all stages.
public struct LanguageCatalog: Sendable {
    /// The six languages by code.
    public let languages: [String: Language]
    /// Every marker family of every file, by id.
    public let families: [String: MarkerFamily]
    /// UN document symbols such as `A/C.1/73/L.27`.
    public let documentSymbol: Pattern
    /// Page numbers, job numbers and barcodes that PDF conversion leaves in the text.
    public let pageDebris: [Pattern]
    /// Where the files were read from.
    public let directory: URL

    /// The codes of the languages, in a stable order.
    public var codes: [String] { languages.keys.sorted() }

    /// Loads `common.yaml` and every `<code>.yaml` of `directory`.
    public init(directory: URL) throws(LanguageDataError) {
        self.directory = directory
        let common = try CommonFile(Self.fields(directory.appendingPathComponent("common.yaml")))
        var families: [String: MarkerFamily] = [:]
        for family in common.markerFamilies {
            families[family.id] = try MarkerFamily(file: family, definedBy: "common")
        }
        var languages: [String: Language] = [:]
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw LanguageDataError(file: directory.path, problem: "cannot list the language folder")
        }
        for name in names where name.hasSuffix(".yaml") && name != "common.yaml" {
            let url = directory.appendingPathComponent(name)
            let file = try LanguageFile(Self.fields(url))
            guard name == "\(file.code).yaml" else {
                throw LanguageDataError(file: url.path, problem: "code \(file.code) does not match the file name")
            }
            let language = try Language(file: file, path: url.path)
            for family in file.markerFamilies {
                families[family.id] = try MarkerFamily(file: family, definedBy: file.code)
            }
            languages[file.code] = language
        }
        for language in languages.values {
            for id in language.listFamilies where families[id] == nil {
                throw LanguageDataError(
                    file: "\(language.code).yaml", problem: "listFamilies names \(id), which no file defines")
            }
        }
        guard !languages.isEmpty else {
            throw LanguageDataError(file: directory.path, problem: "no language files (<code>.yaml) found")
        }
        self.languages = languages
        self.families = families
        let commonPath = directory.appendingPathComponent("common.yaml").path
        self.documentSymbol = Pattern(common.documentSymbolPattern, file: commonPath)
        self.pageDebris = common.pageDebrisPatterns.map { Pattern($0, file: commonPath) }
    }

    /// Loads the language folder Hexaglot finds by itself (see `locate()`).
    public static func standard() throws(LanguageDataError) -> LanguageCatalog {
        guard let directory = locate() else {
            throw LanguageDataError(
                file: "languages/",
                problem: "language data not found; set HEXAGLOT_LANGUAGES to the project's languages folder"
            )
        }
        return try LanguageCatalog(directory: directory)
    }

    /// The language folder: `$HEXAGLOT_LANGUAGES`, else a `languages/` folder beside or above the running
    /// executable (a checkout's `.build/release/hexaglot` finds the checkout's own), else
    /// `../share/hexaglot/languages` beside an installed binary.
    public static func locate() -> URL? {
        let fileManager = FileManager.default
        func hasData(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("common.yaml").path)
        }
        if let override = ProcessInfo.processInfo.environment["HEXAGLOT_LANGUAGES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        let installed = directory.appendingPathComponent("../share/hexaglot/languages").standardizedFileURL
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("languages")
            if hasData(candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        if hasData(installed) { return installed }
        let workingCopy = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("languages")
        return hasData(workingCopy) ? workingCopy : nil
    }

    private static func fields(_ url: URL) throws(LanguageDataError) -> YAMLFields {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LanguageDataError(file: url.path, problem: "cannot read the file")
        }
        return try YAMLFields.parse(text, file: url.path)
    }

    /// The language `code`, or an error naming the codes there are.
    /// The language of `code`, or of a BCP 47 tag's language subtag when the rest names a script or region
    /// (`zh-Hant`, `zh-TW`, `en-GB`): a Traditional Chinese text is read as Chinese, its script noted by the checks.
    public func language(_ code: String) throws(LanguageDataError) -> Language {
        let subtags = code.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let primary = subtags.first.map { $0.lowercased() } ?? code
        let restIsScriptOrRegion = subtags.dropFirst().allSatisfy { subtag in
            (subtag.count == 4 && subtag.allSatisfy(\.isLetter)) || (subtag.count == 2 && subtag.allSatisfy(\.isLetter))
                || (subtag.count == 3 && subtag.allSatisfy(\.isNumber))
        }
        guard let language = languages[code] ?? (restIsScriptOrRegion ? languages[primary] : nil) else {
            throw LanguageDataError(
                file: directory.path, problem: "no language \(code); known: \(codes.joined(separator: ", "))")
        }
        return language
    }
}
