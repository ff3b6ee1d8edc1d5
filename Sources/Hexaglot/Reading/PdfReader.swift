import Foundation

/// Reads a PDF through `pdftotext` from Debian's poppler-utils, in its default mode: `-layout` interleaves the
/// columns of a two-column page, and `-raw` reverses Arabic words. The text then goes through the page-debris and
/// reflow handling of any PDF-converted text. The bidirectional embedding controls `pdftotext` wraps Arabic lines
/// in (U+202A–U+202E) are taken out; page breaks (form feeds) become line breaks.
enum PdfReader {
    /// Longest a conversion may take: a UN document converts in well under a second a page.
    static let timeLimit: TimeInterval = 120

    static func isPDF(_ bytes: [UInt8], path: String) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8)) || path.lowercased().hasSuffix(".pdf")
    }

    static func read(_ bytes: [UInt8], path: String, decoder: TextDecoder) throws(ReadError) -> SourceText {
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            throw .unreadableDocument(path: path, problem: "not a PDF file (no %PDF- header)")
        }
        guard let tool = Self.find("pdftotext") else {
            throw .unreadableDocument(
                path: path,
                problem: "reading a PDF needs pdftotext: install Debian's poppler-utils (apt-get install poppler-utils)"
            )
        }
        // pdftotext reads a file: standard input is written to one first.
        var input = path
        var scratch: URL?
        if path == "-" {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-\(UUID().uuidString).pdf")
            do { try Data(bytes).write(to: url) } catch {
                throw .unreadable(path: path, reason: "cannot write a temporary copy of the PDF")
            }
            input = url.path
            scratch = url
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        let (status, output, errors) = try run(tool, ["-enc", "UTF-8", input, "-"], path: path)
        guard status == 0 else {
            let lines = errors.split(separator: "\n").map(String.init)
            let reason = lines.first { $0.contains("Error") } ?? lines.first ?? "exit status \(status)"
            if reason.contains("password") || reason.contains("Incorrect") || reason.contains("ncrypt") {
                throw .unreadableDocument(
                    path: path, problem: "an encrypted PDF: open it and save it without a password")
            }
            throw .unreadableDocument(path: path, problem: "pdftotext cannot read it: \(reason)")
        }
        var text = try decoder.decode(output, path: path).text
        text.unicodeScalars.removeAll { (0x202A...0x202E).contains($0.value) }
        text = text.replacingOccurrences(of: "\u{0C}", with: "\n")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .unreadableDocument(path: path, problem: "the PDF holds no text (a scan? run OCR on it first)")
        }
        let restored = PdfFootnotes.restore(text)
        var source = SourceText(path: path, text: restored.text, encoding: "PDF (pdftotext)")
        source.mergedFootnoteCalls = restored.merged
        return source
    }

    private static func run(_ tool: String, _ arguments: [String], path: String) throws(ReadError) -> (
        Int32, [UInt8], String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw .unreadable(path: path, reason: "cannot run pdftotext: \(error.localizedDescription)")
        }
        let timer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
        // Read both pipes to their ends before waiting: a large text fills the pipe's buffer otherwise.
        let errorBytes = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBytes.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        if process.terminationReason == .uncaughtSignal {
            throw .unreadableDocument(path: path, problem: "pdftotext took longer than \(Int(timeLimit)) s")
        }
        return (process.terminationStatus, [UInt8](bytes), String(decoding: errorBytes.data, as: UTF8.self))
    }

    /// The full path of `name` on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}

/// What the standard error reader collects; written by its one reader before the group is left, read after.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
