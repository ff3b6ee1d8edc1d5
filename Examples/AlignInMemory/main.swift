import Foundation
import Hexaglot

// Align two versions held in memory, write them as TMX and read the file back.
let loader = DocumentLoader(catalog: try LanguageCatalog.standard())
let chinese = try loader.document(text: "1. 各国应当合作。\n\n2. 秘书长应当报告。\n", name: "draft.zh.txt")
let english = try loader.document(
    text: "1. States shall cooperate.\n\n2. The Secretary-General shall report.\n", name: "draft.en.txt")
let alignment = try AlignmentInput(loader: loader).align([chinese, english])
for unit in alignment.units {
    let texts = zip(alignment.versions, unit.ranges).map { version, range in
        version.segments[range].map(\.text).joined(separator: " ")
    }
    print(texts.joined(separator: " | "))
}
let path = FileManager.default.temporaryDirectory.appendingPathComponent("draft.tmx").path
let export = TMXExport(creationDate: Date(), toolVersion: Versions.hexaglot)
let summary = try export.write(alignment, to: path)
let statistics = try TMXStatistics.read(path)
print(summary.units, statistics.units, statistics.languages.map(\.language))
