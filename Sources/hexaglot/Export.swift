import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Align language versions of one document and write them as TMX 1.4b translation memory.",
            discussion: """
                One translation unit per aligned unit, one tuv per language (xml:lang zh-CN, en, fr, es, ru, ar; \
                --zh-tag and --language-tag for other conventions). Each unit carries its document and clause \
                (x-document, x-clause such as 1/(d)), and each version its own marker and where its text starts \
                (x-marker, x-location). Footnote calls are <ph type="fnote" x="n">n</ph>; footnote bodies are units \
                of their own (x-footnote). Units in which some version has no text are left out unless \
                --keep-empty. The creation date is SOURCE_DATE_EPOCH when set, else now.

                Files are written under a temporary name and renamed when complete. What was written goes to \
                standard error, one line a file; so do the alignment's findings.

                Examples:
                  hexaglot export --tmx udhr.tmx A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt
                  hexaglot export --tmx - --zh-tag zh-Hans r.zh.md r.en.md | xmllint --noout -
                  hexaglot export --pairwise tm/ A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt
                """
        )

        @OptionGroup var versions: AlignmentOptions

        @OptionGroup(title: "Translation memory") var tmx: TMXOptions

        @OptionGroup var warnings: WarningOptions

        @OptionGroup(title: "Rules") var rules: RuleOptions

        func validate() throws {
            guard tmx.isRequested else {
                throw ValidationError("say where to write: --tmx FILE, --pairwise FOLDER, or both")
            }
        }

        func run() throws {
            let settings = try rules.settings()
            let alignment = try versions.align()
            warnings.print(settings.apply(to: alignment.findings))
            let summaries = try tmx.export(alignment)
            if !warnings.quiet { TMXOptions.report(summaries) }
        }
    }
}
