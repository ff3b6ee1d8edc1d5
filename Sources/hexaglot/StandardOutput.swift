import Foundation
import Hexaglot

/// Writes a finished report to standard output in one piece, so a failure never leaves half a report.
func writeStandardOutput(_ text: String) throws {
    // The bytes as they are, through write(2): `Data(text.utf8)` cost a generic copy and runtime casts.
    var text = text
    let failure: Int32? = text.withUTF8 { bytes in
        guard let start = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let count = write(1, start + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }
    if let failure {
        throw OutputError(destination: "standard output", reason: String(cString: strerror(failure)))
    }
}
