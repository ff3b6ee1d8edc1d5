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
            // On disk before it takes the output's name: after a power cut the name holds the old file or the new
            // one, never an empty one. The folder is synced after the rename, so the rename itself lasts.
            try sync(temporary, destination: path)
            guard rename(temporary, path) == 0 else {
                throw OutputError(destination: path, reason: String(cString: strerror(errno)))
            }
            try? sync(folder, destination: path)
            return result
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Flushes the file or folder at `path` to disk; `destination` names the output in errors.
    private static func sync(_ path: String, destination: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw OutputError(destination: destination, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw OutputError(destination: destination, reason: String(cString: strerror(errno)))
        }
    }
}
