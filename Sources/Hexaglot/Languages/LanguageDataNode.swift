internal import Yams

/// One value of a language file: text, a list or a mapping of keys to values. Every scalar is text (the files
/// hold words, punctuation and patterns, and `yes` or `1.` must stay as written). The built-in data is this tree
/// written out as Swift (`BuiltInLanguageData`), so the binary reads no YAML unless given a folder.
enum LanguageDataNode: Equatable, Sendable {
    case text(String)
    case list([LanguageDataNode])
    case map([String: LanguageDataNode])

    /// The tree of a YAML document, or an error naming `file` and what is wrong.
    static func parse(yaml text: String, file: String) throws(LanguageDataError) -> LanguageDataNode {
        let node: Node?
        do {
            // Every value is read as text: the basic resolver skips the regular expressions that the default one
            // compiles to guess booleans, numbers and dates.
            node = try Yams.compose(yaml: text, .basic)
        } catch {
            // Yams' message goes on with the offending line and a caret: keep its first line, the place and cause.
            let cause = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw LanguageDataError(file: file, problem: "not valid YAML: \(cause)")
        }
        guard let node, node.mapping != nil else {
            throw LanguageDataError(file: file, problem: "expected a YAML mapping of keys to values")
        }
        return try LanguageDataNode(node, file: file, path: "")
    }

    private init(_ node: Node, file: String, path: String) throws(LanguageDataError) {
        switch node {
        case .scalar(let scalar):
            self = .text(scalar.string)
        case .sequence(let sequence):
            var items: [LanguageDataNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try LanguageDataNode(item, file: file, path: "\(path)[\(index)]"))
            }
            self = .list(items)
        case .mapping(let mapping):
            var pairs: [String: LanguageDataNode] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    throw LanguageDataError(file: file, problem: "\(path): keys must be text")
                }
                guard pairs[name] == nil else {
                    throw LanguageDataError(file: file, problem: "\(path)\(name): given twice")
                }
                pairs[name] = try LanguageDataNode(value, file: file, path: "\(path)\(name).")
            }
            self = .map(pairs)
        case .alias:
            throw LanguageDataError(file: file, problem: "\(path): YAML aliases are not supported; write the value out")
        }
    }

    subscript(key: String) -> LanguageDataNode? {
        guard case .map(let pairs) = self else { return nil }
        return pairs[key]
    }

    var text: String? {
        guard case .text(let text) = self else { return nil }
        return text
    }
}

/// A mapping of the language data with typed accessors whose errors name the file and the key.
struct YAMLFields {
    let node: LanguageDataNode
    let file: String
    let path: String

    init(_ node: LanguageDataNode, file: String, path: String = "") {
        self.node = node
        self.file = file
        self.path = path
    }

    private func problem(_ key: String, _ what: String) -> LanguageDataError {
        LanguageDataError(file: file, problem: "\(path)\(key): \(what)")
    }

    func has(_ key: String) -> Bool { node[key] != nil }

    func string(_ key: String) throws(LanguageDataError) -> String {
        guard let value = try optionalString(key) else { throw problem(key, "missing") }
        return value
    }

    func optionalString(_ key: String) throws(LanguageDataError) -> String? {
        guard let value = node[key] else { return nil }
        guard let string = value.text else { throw problem(key, "expected text") }
        return string
    }

    /// The strings of sequence `key`; an absent key is an empty list when not required.
    func strings(_ key: String, required: Bool = true) throws(LanguageDataError) -> [String] {
        guard let value = node[key] else {
            if required { throw problem(key, "missing") }
            return []
        }
        return try YAMLFields(value, file: file, path: "\(path)\(key).").strings()
    }

    /// This node's own items, as strings.
    func strings() throws(LanguageDataError) -> [String] {
        guard case .list(let items) = node else { throw problem("", "expected a list") }
        var result: [String] = []
        for item in items {
            guard let string = item.text else { throw problem("", "expected a list of text") }
            result.append(string)
        }
        return result
    }

    func list(_ key: String) throws(LanguageDataError) -> [YAMLFields] {
        guard let value = node[key] else { return [] }
        guard case .list(let items) = value else { throw problem(key, "expected a list") }
        return items.enumerated().map { YAMLFields($1, file: file, path: "\(path)\(key)[\($0)].") }
    }

    func stringMap(_ key: String) throws(LanguageDataError) -> [String: String] {
        guard let value = node[key] else { return [:] }
        guard case .map(let pairs) = value else { throw problem(key, "expected key: value pairs") }
        var result: [String: String] = [:]
        for (name, item) in pairs {
            guard let text = item.text else { throw problem(key, "expected text keys and values") }
            result[name] = text
        }
        return result
    }
}
