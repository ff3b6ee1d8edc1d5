import Synchronization

/// The languages of a catalogue: those compiled, and the built-in files of the others, each compiled the first
/// time it is asked for and kept. Shared by every copy of the catalogue and safe to use from several threads.
final class LanguageShelf: Sendable {
    private let compiled: Mutex<[String: Language]>
    /// Built-in files not compiled yet, by code.
    private let files: [String: LanguageDataNode]
    private let folder: String

    init(compiled: [String: Language], files: [String: LanguageDataNode], folder: String) {
        self.compiled = Mutex(compiled)
        self.files = files
        self.folder = folder
    }

    /// The language of `code`, compiled now if it was not yet; nil when there is none.
    func language(_ code: String) -> Language? {
        if let language = compiled.withLock({ $0[code] }) { return language }
        guard let node = files[code] else { return nil }
        let path = folder + "/" + code + ".yaml"
        let language: Language
        do {
            language = try Language(file: LanguageFile(YAMLFields(node, file: path)), path: path)
        } catch {
            // Only built-in files wait here, and the tests compile each of them and compare it with the folder.
            preconditionFailure("the built-in language data does not load: \(error)")
        }
        // Two threads may compile the same language at once; both results are the same, the first is kept.
        return compiled.withLock { compiled in
            if let first = compiled[code] { return first }
            compiled[code] = language
            return language
        }
    }

    /// The codes of the languages compiled so far, sorted.
    var compiledCodes: [String] { compiled.withLock { $0.keys.sorted() } }

    /// The scripts (ISO 15924 codes) of language `code`, read without compiling it.
    func scripts(of code: String) -> [String] {
        if let node = files[code] {
            guard case .list(let items)? = node["scripts"] else { return [] }
            return items.compactMap(\.text)
        }
        return compiled.withLock { $0[code]?.scripts } ?? []
    }
}
