/// The contents of `languages/<code>.yaml` as written; `Language` is the compiled form the stages use.
struct LanguageFile: Decodable {
    var code: String
    var name: String
    var icuLocale: String
    var scripts: [String]
    var detectionWords: [String]?
    var sentenceTerminators: [String]
    var clauseTerminators: [String]
    var paragraphEndings: [String]
    var abbreviations: [String]?
    var listFamilies: [String]
    var markerFamilies: [MarkerFamilyFile]?
    var brackets: [[String]]
    var halfwidthPunctuation: [String: String]?
    var headingPatterns: [String]?
    var assemblyOpeners: [String]?
    var reissueNote: String?
    var traditionalToSimplified: String?
    var alsoSimplified: [String]?
}

/// `languages/common.yaml`: what the six languages share.
struct CommonFile: Decodable {
    var documentSymbolPattern: String
    var markerFamilies: [MarkerFamilyFile]
}

/// One entry of `markerFamilies` as written.
struct MarkerFamilyFile: Decodable {
    var id: String
    var name: String
    var sequence: [String]?
    var numerals: String?
    var aliases: [String: String]?
    var doubling: Bool?
    var delimiters: [String]
}
