import ArgumentParser
import Foundation
import Hexaglot

/// Where and how to write TMX; shared by `export` and `align`.
struct TMXOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write every version to this TMX 1.4b file; - for standard output.", valueName: "file"))
    var tmx: String?

    @Option(
        help: ArgumentHelp(
            "Also write one two-language TMX per version into this folder (A_RES_217_A_III.zh-en.tmx).",
            valueName: "folder"))
    var pairwise: String?

    @OptionGroup var languages: LanguageTagOptions

    @Flag(help: "Write units in which some version has no text (its seg empty); by default they are left out.")
    var keepEmpty = false

    var isRequested: Bool { tmx != nil || pairwise != nil }

    func validate() throws {
        if let pairwise {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pairwise, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--pairwise \(pairwise): no such folder")
            }
        }
    }

    /// Writes what was asked for and returns one summary per file written.
    func export(_ alignment: Alignment) throws -> [TMXExport.Summary] {
        let export = TMXExport(
            languageTags: try languages.tags(), keepEmpty: keepEmpty, creationDate: try Self.creationDate(),
            toolVersion: Versions.hexaglot)
        var summaries: [TMXExport.Summary] = []
        if let tmx { summaries.append(try export.write(alignment, to: tmx)) }
        if let pairwise { summaries += try export.writePairwise(alignment, directory: pairwise) }
        return summaries
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds' convention), else now.
    static func creationDate() throws -> Date {
        guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return Date() }
        guard let seconds = Int64(epoch), seconds >= 0 else {
            throw ValidationError("SOURCE_DATE_EPOCH=\(epoch): expected seconds since 1970-01-01")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// One line per file on standard error: what was written and what was left out.
    static func report(_ summaries: [TMXExport.Summary]) {
        for summary in summaries { FileHandle.standardError.write(Data("hexaglot: \(summary)\n".utf8)) }
    }
}

/// The language tags written for each version: `xml:lang` in TMX, `lang` on the review page; shared by `align`,
/// `export` and `review`.
struct LanguageTagOptions: ParsableArguments {
    @Option(
        name: .customLong("zh-tag"),
        help: "The tag of Chinese (TMX xml:lang, review page lang): zh-CN (default), zh-Hans, zh, …")
    var zhTag: String?

    @Option(
        name: .customLong("language-tag"),
        help: ArgumentHelp("The tag of another language, as CODE=TAG (en=en-GB); repeatable.", valueName: "code=tag"))
    var languageTags: [String] = []

    func validate() throws {
        _ = try tags()
    }

    /// The tag overrides by language code, each checked to be a BCP 47 tag.
    func tags() throws -> [String: String] {
        var tags: [String: String] = [:]
        for entry in languageTags {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--language-tag \(entry): expected CODE=TAG, such as en=en-GB")
            }
            tags[parts[0]] = try Self.checked(parts[1], option: "--language-tag")
        }
        if let zhTag { tags["zh"] = try Self.checked(zhTag, option: "--zh-tag") }
        return tags
    }

    /// The tag in its canonical form (`zh-hans-cn` → `zh-Hans-CN`, as CAT tools match it), checked by ICU.
    private static func checked(_ tag: String, option: String) throws -> String {
        guard let canonical = TMXExport.canonicalLanguageTag(tag) else {
            let hint = tag.contains("_") ? " (use - not _: \(tag.replacingOccurrences(of: "_", with: "-")))" : ""
            throw ValidationError("\(option) \(tag): not a BCP 47 language tag\(hint)")
        }
        return canonical
    }
}
