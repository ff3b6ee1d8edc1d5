import Foundation
import Hexaglot

/// Writes a finished report to standard output in one piece, so a failure never leaves half a report.
func writeStandardOutput(_ text: String) throws {
    do {
        try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    } catch {
        throw OutputError(destination: "standard output", reason: error.localizedDescription)
    }
}
