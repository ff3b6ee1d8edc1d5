import Foundation

/// The Debian tools the TMX tests check Hexaglot's output with (`.ci/run` installs them). Tests that need one
/// are skipped, with a message saying which package to install, when it is missing.
enum ExternalTools {
    /// The full path of `name` on `PATH`, if it is there.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static let xmllint = find("xmllint")
    /// LibreOffice, from Debian's libreoffice-writer-nogui: a real producer of `.docx` files.
    static let soffice = find("soffice")
    static let sofficeMissing = "soffice is not installed (apt-get install libreoffice-writer-nogui); skipped"
    /// poppler-utils' pdftotext, which Hexaglot reads PDF with, and LibreOffice to make the PDF files.
    static let pdftotext = find("pdftotext")
    /// Debian's Chromium, and the checkout's virtual environment with Playwright (`tools/install-deps.sh --test`).
    static let chromium = find("chromium")
    static let playwrightPython: String? = {
        let python = Fixtures.root.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
        return (try? run(python, ["-c", "import playwright.sync_api"]).status) == 0 ? python : nil
    }()
    static let browserMissing =
        "chromium or .venv with Playwright is missing (tools/install-deps.sh --test installs both); skipped"
    static let pdfToolsMissing =
        "pdftotext or soffice is not installed (apt-get install poppler-utils libreoffice-writer-nogui); skipped"
    static let omegat = find("omegat")
    /// Debian's python3-translate lives in the system Python, not in any other python3 on `PATH`.
    static let systemPython = "/usr/bin/python3"
    static let hasTranslateToolkit: Bool = {
        guard FileManager.default.isExecutableFile(atPath: systemPython) else { return false }
        return (try? run(systemPython, ["-c", "import translate.storage.tmx"]).status) == 0
    }()

    static let tmxDTD = Fixtures.shared.appendingPathComponent("specs/tmx14.dtd").path
    static var hasDTD: Bool { FileManager.default.fileExists(atPath: tmxDTD) }
    static let dtdMissing = "../shared/specs/tmx14.dtd is not beside the checkout; TMX validation skipped"

    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
        try ProcessResult.run(executable, arguments, in: directory)
    }
}
