public import Foundation

/// The language data (`common.yaml` and one `<code>.yaml` per language), loaded once and shared by all stages:
/// compiled into the binary, or read from a folder.
///
/// A language of the built-in data is compiled from its file when it is first asked for: a run on one Chinese
/// document compiles Chinese alone. Data read from a folder (being edited) is compiled whole as it loads, so
/// that any mistake in it is reported at once.
public struct LanguageCatalog: Sendable {
    /// The languages compiled so far, and the files of the others.
    private let shelf: LanguageShelf
    /// The languages by code (every language compiled).
    public var languages: [String: Language] {
        Dictionary(uniqueKeysWithValues: codes.compactMap { code in shelf.language(code).map { (code, $0) } })
    }
    /// Every marker family of every file, by id.
    public let families: [String: MarkerFamily]
    /// UN document symbols such as `A/C.1/73/L.27`.
    public let documentSymbol: Pattern
    /// Page numbers, job numbers and barcodes that PDF conversion leaves in the text.
    public let pageDebris: [Pattern]
    /// Where the data came from: a folder's path, or `built-in language data`.
    public let source: String
    /// Whether the data is the one compiled into the binary, whose patterns the tests have compiled already.
    public let isBuiltIn: Bool

    /// The codes of the languages, in a stable order.
    public let codes: [String]

    /// Loads `common.yaml` and every `<code>.yaml` of `directory`: data being edited, tried without rebuilding.
    public init(directory: URL) throws(LanguageDataError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw LanguageDataError(file: directory.path, problem: "cannot list the language folder")
        }
        var files: [String: LanguageDataNode] = [:]
        for name in names where name.hasSuffix(".yaml") {
            let url = directory.appendingPathComponent(name)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw LanguageDataError(file: url.path, problem: "cannot read the file")
            }
            files[name] = try LanguageDataNode.parse(yaml: text, file: url.path)
        }
        try self.init(files: files, folder: directory.path, source: directory.path, isBuiltIn: false)
    }

    /// The language data compiled into the binary from the checkout's `languages/` folder.
    public static let builtIn: LanguageCatalog = {
        do {
            return try LanguageCatalog(
                files: BuiltInLanguageData.files, folder: "languages", source: "built-in language data", isBuiltIn: true
            )
        } catch {
            // The tests load the same data from `languages/`, and compare it with this: it cannot fail here.
            preconditionFailure("the built-in language data does not load: \(error)")
        }
    }()

    /// The catalogue of `files` (a file name such as `zh.yaml` to its contents); `folder` prefixes the file
    /// names in messages.
    init(files: [String: LanguageDataNode], folder: String, source: String, isBuiltIn: Bool)
        throws(LanguageDataError)
    {
        self.source = source
        self.isBuiltIn = isBuiltIn
        func path(_ name: String) -> String { folder + "/" + name }
        guard let commonNode = files["common.yaml"] else {
            throw LanguageDataError(file: path("common.yaml"), problem: "cannot read the file")
        }
        let common = try CommonFile(YAMLFields(commonNode, file: path("common.yaml")))
        var families: [String: MarkerFamily] = [:]
        for family in common.markerFamilies {
            families[family.id] = try MarkerFamily(file: family, definedBy: "common")
        }
        var codes: [String] = []
        var languageFiles: [String: LanguageDataNode] = [:]
        var languages: [String: Language] = [:]
        for (name, node) in files.sorted(by: { $0.key < $1.key }) where name != "common.yaml" {
            let fields = YAMLFields(node, file: path(name))
            let code = try fields.string("code")
            guard name == "\(code).yaml" else {
                throw LanguageDataError(file: path(name), problem: "code \(code) does not match the file name")
            }
            for family in try fields.list("markerFamilies") {
                let family = try MarkerFamilyFile(family)
                families[family.id] = try MarkerFamily(file: family, definedBy: code)
            }
            codes.append(code)
            if isBuiltIn {
                languageFiles[code] = node
            } else {
                languages[code] = try Language(file: LanguageFile(fields), path: path(name))
            }
        }
        for language in languages.values {
            for id in language.listFamilies where families[id] == nil {
                throw LanguageDataError(
                    file: "\(language.code).yaml", problem: "listFamilies names \(id), which no file defines")
            }
        }
        guard !codes.isEmpty else {
            throw LanguageDataError(file: folder, problem: "no language files (<code>.yaml) found")
        }
        self.codes = codes.sorted()
        self.shelf = LanguageShelf(compiled: languages, files: languageFiles, folder: folder)
        self.families = families
        self.documentSymbol = Pattern(common.documentSymbolPattern, file: path("common.yaml"))
        self.pageDebris = common.pageDebrisPatterns.map { Pattern($0, file: path("common.yaml")) }
    }

    /// The language data to run with: the folder `HEXAGLOT_LANGUAGES` names (data being edited), else the data
    /// compiled into the binary, so that the binary works wherever it is copied or installed.
    public static func standard() throws(LanguageDataError) -> LanguageCatalog {
        guard let override = ProcessInfo.processInfo.environment["HEXAGLOT_LANGUAGES"], !override.isEmpty else {
            return builtIn
        }
        return try LanguageCatalog(directory: URL(fileURLWithPath: override))
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
        guard let language = knownLanguage(code) ?? (restIsScriptOrRegion ? knownLanguage(primary) : nil) else {
            throw LanguageDataError(
                file: source, problem: "no language \(code); known: \(codes.joined(separator: ", "))")
        }
        return language
    }

    /// The codes of the languages compiled so far: a run compiles only the languages it reads.
    var compiledCodes: [String] { shelf.compiledCodes }

    /// The language of exactly `code`, or nil when there is none.
    public func knownLanguage(_ code: String) -> Language? { shelf.language(code) }

    /// The languages written in any of `scripts` (ISO 15924 codes), by code; only these are compiled.
    public func languages(writtenInAnyOf scripts: [String]) -> [Language] {
        codes.filter { code in shelf.scripts(of: code).contains(where: scripts.contains) }.compactMap(shelf.language)
    }
}
