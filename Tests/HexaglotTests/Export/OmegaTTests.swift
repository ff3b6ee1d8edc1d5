import Foundation
import Testing

@testable import Hexaglot

/// End to end with a CAT tool: an OmegaT project translating the Chinese UDHR into English, with Hexaglot's
/// zh–en TMX in `tm/auto/`, fills in every segment that has a unit in the TMX. OmegaT exits 0 even when it
/// rejects a TMX, so its log is read too.
@Suite(
    .enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)),
    .enabled(if: ExternalTools.omegat != nil, "omegat (Debian omegat) is not installed; OmegaT test skipped"))
struct OmegaTTests {
    /// The zh–en file, and the six-language file (`srclang="*all*"`) alone.
    @Test(arguments: [["zh", "en"], ["zh", "en", "fr", "es", "ru", "ar"]])
    func omegaTFillsEverySegmentThatHasAUnitFromTheTMX(languages: [String]) throws {
        let directory = try TemporaryDirectory()
        let project = directory.url.appendingPathComponent("udhr")
        let config = directory.url.appendingPathComponent("config")
        for folder in ["source", "target", "tm/auto", "glossary", "dictionary", "omegat"] {
            try FileManager.default.createDirectory(
                at: project.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let chinese = Fixtures.corpusFile("A_RES_217_A_III.zh.txt")
        try FileManager.default.copyItem(
            atPath: chinese, toPath: project.appendingPathComponent("source/A_RES_217_A_III.zh.txt").path)
        try Data(Self.projectFile.utf8).write(to: project.appendingPathComponent("omegat.project"))
        try Data(Self.filters.utf8).write(to: project.appendingPathComponent("omegat/filters.xml"))

        let alignment = try AlignmentInput(loader: DocumentLoader(catalog: Fixtures.catalog))
            .align(languages.map { Fixtures.corpusFile("A_RES_217_A_III.\($0).txt") })
        let summary = try TMXCorpusTests.export.write(
            alignment, to: project.appendingPathComponent("tm/auto/A_RES_217_A_III.tmx").path)
        #expect(summary.units > 80)

        let result = try ExternalTools.run(
            try #require(ExternalTools.omegat),
            [
                "--mode=console-translate", "--disable-project-locking", "--no-team",
                "--config-dir=\(config.path)", project.path,
            ])
        #expect(result.status == 0)
        let logFile = config.appendingPathComponent("logs/OmegaT.log")
        let log = result.stdout + result.stderr + ((try? String(contentsOf: logFile, encoding: .utf8)) ?? "")
        #expect(!log.contains("TF_TM_LOAD_ERROR"))
        #expect(log.contains("TMXR_INFO_READING_COMPLETE"))

        let target = try String(
            contentsOf: project.appendingPathComponent("target/A_RES_217_A_III.zh.txt"), encoding: .utf8)
        // OmegaT segments the source by sentence; a unit with one Chinese sentence is one OmegaT segment.
        let targetLines = Set(target.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        var filled = 0
        // Only units with text in every version are in the file.
        for unit in alignment.units where unit.ranges[0].count == 1 && unit.ranges.allSatisfy({ !$0.isEmpty }) {
            let source = TMXCorpusTests.text(alignment.versions[0], unit.ranges[0])
            let translation = TMXCorpusTests.text(alignment.versions[1], unit.ranges[1])
            #expect(target.contains(translation), "OmegaT did not insert the unit for \(source)")
            #expect(!targetLines.contains(source), "OmegaT left \(source) untranslated")
            filled += 1
        }
        #expect(filled > 80)
    }

    /// A zh-CN → en project with OmegaT's default layout.
    static let projectFile = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
            <project version="1.0">
                <source_dir>__DEFAULT__</source_dir>
                <source_dir_excludes/>
                <target_dir>__DEFAULT__</target_dir>
                <tm_dir>__DEFAULT__</tm_dir>
                <glossary_dir>__DEFAULT__</glossary_dir>
                <glossary_file>__DEFAULT__</glossary_file>
                <dictionary_dir>__DEFAULT__</dictionary_dir>
                <source_lang>zh-CN</source_lang>
                <target_lang>en</target_lang>
                <source_tok>org.omegat.tokenizer.LuceneChineseTokenizer</source_tok>
                <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
                <sentence_seg>true</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
            </project>
        </omegat>
        """

    /// One paragraph a line, as UN plain text is written (OmegaT's text filter otherwise joins lines up to an
    /// empty one, so a heading and the article under it would be one paragraph).
    static let filters = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <filters removeTags="false" removeSpacesNonseg="true" preserveSpaces="false" ignoreFileContext="false">
            <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
                <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8" \
        targetEncoding="UTF-8"/>
                <option name="segmentOn" value="BREAKS"/>
            </filter>
        </filters>
        """
}
