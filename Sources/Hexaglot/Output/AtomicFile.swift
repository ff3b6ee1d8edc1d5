import Foundation

/// Writes a file under a temporary name in the same folder and renames it into place only once complete, so
/// a failure (a full disk, a crash, an interrupt) never leaves half a file where the output belongs.
enum AtomicFile {
    /// Calls `body` with the temporary path to write, then renames it to `path`. On any error the temporary
    /// file is removed and `path` is left as it was.
    static func write<Result>(to path: String, _ body: (String) throws -> Result) throws -> Result {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError(destination: path, reason: "no such folder: \(folder)")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).partial"
            )
            .path
        do {
            let result = try body(temporary)
            guard rename(temporary, path) == 0 else {
                throw OutputError(destination: path, reason: String(cString: strerror(errno)))
            }
            return result
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
