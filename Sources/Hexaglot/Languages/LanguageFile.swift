/// The contents of `languages/<code>.yaml` as written; `Language` is the compiled form the stages use.
///
/// Read from the data's node tree by hand rather than through `Decodable`: the language data is read on every
/// run, and the node walk is several times faster than the generic decoder.
struct LanguageFile {
    var code: String
    var name: String
    var icuLocale: String
    var tmxLanguageTag: String?
    var sentenceSeparator: String?
    var scripts: [String]
    var detectionWords: [String]
    var sentenceTerminators: [String]
    var clauseTerminators: [String]
    var paragraphEndings: [String]
    var paragraphEndingSuffixes: [String]
    var abbreviations: [String]
    var listFamilies: [String]
    var markerFamilies: [MarkerFamilyFile]
    var brackets: [[String]]
    var monthNames: [[String]]
    var numberScales: [String: String]
    var numberWordLetters: [String: String]
    var numberWordPrefixes: [String]
    var numberWordEndings: [String: String]
    var numberWordAliases: [String: String]
    var numberWords: [String: String]
    var halfwidthPunctuation: [String: String]
    var headingPatterns: [String]
    var sectionPatterns: [String]
    var sectionKinds: [String: String]
    var assemblyOpeners: [String]
    var reissueNote: String?
    var reissueNoteExample: String?
    var traditionalToSimplified: String?
    var alsoSimplified: [String]

    init(_ node: YAMLFields) throws(LanguageDataError) {
        code = try node.string("code")
        name = try node.string("name")
        icuLocale = try node.string("icuLocale")
        tmxLanguageTag = try node.optionalString("tmxLanguageTag")
        sentenceSeparator = try node.optionalString("sentenceSeparator")
        scripts = try node.strings("scripts")
        detectionWords = try node.strings("detectionWords", required: false)
        sentenceTerminators = try node.strings("sentenceTerminators")
        clauseTerminators = try node.strings("clauseTerminators")
        paragraphEndings = try node.strings("paragraphEndings")
        paragraphEndingSuffixes = try node.strings("paragraphEndingSuffixes", required: false)
        abbreviations = try node.strings("abbreviations", required: false)
        listFamilies = try node.strings("listFamilies")
        markerFamilies = try node.list("markerFamilies").map { node throws(LanguageDataError) in
            try MarkerFamilyFile(node)
        }
        brackets = try node.list("brackets").map { node throws(LanguageDataError) in try node.strings() }
        monthNames = try node.list("monthNames").map { node throws(LanguageDataError) in try node.strings() }
        numberScales = try node.stringMap("numberScales")
        numberWordLetters = try node.stringMap("numberWordLetters")
        numberWordPrefixes = try node.strings("numberWordPrefixes", required: false)
        numberWordEndings = try node.stringMap("numberWordEndings")
        numberWordAliases = try node.stringMap("numberWordAliases")
        numberWords = try node.stringMap("numberWords")
        halfwidthPunctuation = try node.stringMap("halfwidthPunctuation")
        headingPatterns = try node.strings("headingPatterns", required: false)
        sectionPatterns = try node.strings("sectionPatterns", required: false)
        sectionKinds = try node.stringMap("sectionKinds")
        assemblyOpeners = try node.strings("assemblyOpeners", required: false)
        reissueNote = try node.optionalString("reissueNote")
        reissueNoteExample = try node.optionalString("reissueNoteExample")
        traditionalToSimplified = try node.optionalString("traditionalToSimplified")
        alsoSimplified = try node.strings("alsoSimplified", required: false)
    }
}

/// `languages/common.yaml`: what the six languages share.
struct CommonFile {
    var documentSymbolPattern: String
    var pageDebrisPatterns: [String]
    var markerFamilies: [MarkerFamilyFile]

    init(_ node: YAMLFields) throws(LanguageDataError) {
        documentSymbolPattern = try node.string("documentSymbolPattern")
        pageDebrisPatterns = try node.strings("pageDebrisPatterns", required: false)
        markerFamilies = try node.list("markerFamilies").map { node throws(LanguageDataError) in
            try MarkerFamilyFile(node)
        }
    }
}

/// One entry of `markerFamilies` as written.
struct MarkerFamilyFile {
    var id: String
    var name: String
    var sequence: [String]?
    var numerals: String?
    var aliases: [String: String]
    var doubling: Bool
    var delimiters: [String]

    init(_ node: YAMLFields) throws(LanguageDataError) {
        id = try node.string("id")
        name = try node.string("name")
        sequence = node.has("sequence") ? try node.strings("sequence") : nil
        numerals = try node.optionalString("numerals")
        aliases = try node.stringMap("aliases")
        doubling = try node.optionalString("doubling") == "true"
        delimiters = try node.strings("delimiters")
    }
}
