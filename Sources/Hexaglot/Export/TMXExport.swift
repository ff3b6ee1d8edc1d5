public import Foundation

/// Writes an alignment as TMX 1.4b, streaming through libxml2's writer: one `tu` per aligned unit, one `tuv`
/// per language, footnote calls as `<ph type="fnote">`, footnote bodies as units of their own.
///
/// The profile is what CAT tools load unchanged: valid against the TMX 1.4b DTD, `xml:lang` tags CAT tools
/// match (`zh-CN`, never `zh_CN`), no character XML 1.0 forbids, and no unit with an empty side unless asked.
public struct TMXExport: Sendable {
    /// `xml:lang` tags by language code, replacing the language data's (`zh` → `zh-Hans`).
    public var languageTags: [String: String]
    /// Write units in which some version has no text, with an empty `seg` for it.
    public var keepEmpty: Bool
    /// The header's `creationdate`.
    public var creationDate: Date
    /// The header's `creationtoolversion`.
    public var toolVersion: String

    public init(languageTags: [String: String] = [:], keepEmpty: Bool = false, creationDate: Date, toolVersion: String)
    {
        self.languageTags = languageTags
        self.keepEmpty = keepEmpty
        self.creationDate = creationDate
        self.toolVersion = toolVersion
    }

    /// What one file received.
    public struct Summary: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var languages: [String]
        public var units: Int
        /// Units left out because some version has no text in them (`keepEmpty` false).
        public var skippedUnits: Int
        /// Characters XML 1.0 forbids, dropped from the text.
        public var droppedCharacters: Int

        /// `wrote udhr.tmx: 90 units, zh-CN en; left out 2 units with a version empty (…)`.
        public var description: String {
            var line =
                "wrote \(path == "-" ? "standard output" : path): \(units) units, \(languages.joined(separator: " "))"
            if skippedUnits > 0 {
                line += "; left out \(skippedUnits) units with a version empty (--keep-empty keeps them)"
            }
            if droppedCharacters > 0 {
                line += "; warning: dropped \(droppedCharacters) characters that XML 1.0 forbids"
            }
            return line
        }
    }

    /// `tag` as a canonical BCP 47 language tag (`zh-hans-cn` → `zh-Hans-CN`), checked by ICU; nil when it is not
    /// a well-formed tag as a whole (`zh_CN`, `zh-x`, `en-a`).
    public static func canonicalLanguageTag(_ tag: String) -> String? { ICUText.canonicalLanguageTag(tag) }

    /// Writes every version of `alignment` to `path` (`-` for standard output), the pivot's `tuv` first.
    public func write(_ alignment: Alignment, to path: String) throws -> Summary {
        let order = [alignment.pivot] + alignment.versions.indices.filter { $0 != alignment.pivot }
        let units = alignment.units.lazy.map { unit in order.map { (version: $0, segments: unit.ranges[$0]) } }
        return try write(alignment, versions: order, units: units, to: path)
    }

    /// Writes one file per version other than the pivot into `directory`, each holding the pivot and that
    /// version (`A_RES_217_A_III.zh-en.tmx`), from the pairwise beads: for tools that expect two languages
    /// a unit.
    public func writePairwise(_ alignment: Alignment, directory: String) throws -> [Summary] {
        let pivot = alignment.pivot
        let stem = TMXUnitBuilder.fileStem(of: alignment)
        // Pairwise files are named by language: two versions in one language would overwrite each other.
        var seen: Set<String> = []
        for version in alignment.versions where !seen.insert(version.language.code).inserted {
            throw OutputError(
                destination: directory,
                reason: "two versions are in \(version.language.name); pairwise files are named by language")
        }
        var summaries: [Summary] = []
        for version in alignment.versions.indices where version != pivot {
            let beads = alignment.beads[version] ?? []
            let units = beads.lazy.map {
                [(version: pivot, segments: $0.source), (version: version, segments: $0.target)]
            }
            let name =
                "\(stem).\(alignment.versions[pivot].language.code)-\(alignment.versions[version].language.code).tmx"
            // Joined as given, so messages show the folder as the user wrote it (`tm/…`).
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            summaries.append(try write(alignment, versions: [pivot, version], units: units, to: path))
        }
        return summaries
    }

    /// The `xml:lang` tag of `language`.
    public func tag(of language: Language) -> String { languageTags[language.code] ?? language.tmxLanguageTag }

    private func write(
        _ alignment: Alignment, versions: [Int], units: some Sequence<[(version: Int, segments: Range<Int>)]>,
        to path: String
    ) throws -> Summary {
        let tags = alignment.versions.map { tag(of: $0.language) }
        var builder = TMXUnitBuilder(alignment: alignment, tags: tags, keepEmpty: keepEmpty)
        var summary = Summary(
            path: path, languages: versions.map { tags[$0] }, units: 0, skippedUnits: 0, droppedCharacters: 0)
        let header = TMXElements.Header(
            toolVersion: toolVersion,
            segmentType: alignment.versions[alignment.pivot].unit == .clause ? "paragraph" : "sentence",
            sourceLanguage: versions.count == 2 ? tags[alignment.pivot] : "*all*",
            creationDate: TMXDateFormat.shared.string(from: creationDate))
        let body = { (output: String?) throws in
            let writer = try XMLStreamWriter(path: output, display: path)
            TMXElements.open(header, on: writer)
            for ranges in units {
                guard let unit = builder.unit(ranges) else {
                    summary.skippedUnits += 1
                    continue
                }
                TMXElements.write(unit, on: writer)
                summary.units += 1
            }
            TMXElements.close(on: writer)
            try writer.close()
        }
        if path == "-" {
            try body(nil)
        } else {
            try AtomicFile.write(to: path) { try body($0) }
        }
        summary.droppedCharacters = builder.droppedCharacters
        return summary
    }
}
