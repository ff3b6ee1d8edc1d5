import Foundation

/// Word's list definitions (`word/numbering.xml`) and the counters that turn a paragraph's `w:numPr` into the
/// marker a reader sees, as Word computes it: a `w:num` points to an abstract definition, whose levels give a
/// start, a format and a text (`(%1)`, `%1.%2`); the counters belong to the abstract definition, so two `w:num`
/// of one definition continue each other, and a `w:startOverride` restarts its level where that `w:num` is
/// first used. Numbering one level resets the deeper ones (unless `w:lvlRestart` says otherwise).
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// `w:isLgl`: every level shown as a decimal (`1.1.1`).
        var isLegal = false
        /// `w:lvlRestart`: the level (1-based) whose numbering restarts this one; 0: never.
        var restartAfter: Int?
        /// `w:suff`: what separates the marker from the text (a tab, a space, nothing).
        var suffix = "tab"
    }

    struct Definition {
        var levels: [Int: Level] = [:]
    }

    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: Definition] = [:]
    var instances: [String: Instance] = [:]

    /// Counters per abstract definition and level; nil for a level not numbered since its reset.
    private var counters: [String: [Int: Int]] = [:]
    /// The `(numId, level)` pairs whose start override has been applied.
    private var overridden: Set<String> = []

    /// What a paragraph numbered `numID` at `level` shows, and which definition it comes from.
    struct Marker {
        var text: String
        var separator: String
        var numID: String
        var abstractID: String
        var level: Int
        var format: String
        var start: Int
    }

    /// Counts the paragraph and returns its marker; nil when it shows none (`numId` 0, a bullet, `none`).
    mutating func next(numID: String, level: Int) -> Marker? {
        guard numID != "0", let instance = instances[numID], let definition = abstracts[instance.abstractID] else {
            return nil
        }
        let level = min(max(level, 0), 8)
        func levelDefinition(_ index: Int) -> Level {
            instance.levelOverrides[index] ?? definition.levels[index] ?? Level()
        }
        var counts = counters[instance.abstractID] ?? [:]
        let key = "\(numID)/\(level)"
        if let start = instance.startOverrides[level], !overridden.contains(key) {
            overridden.insert(key)
            counts[level] = start
        } else if let count = counts[level] {
            counts[level] = count + 1
        } else {
            counts[level] = levelDefinition(level).start
        }
        // Deeper levels start again, unless they restart only after a level above this one.
        for deeper in (level + 1)...8 {
            let restart = levelDefinition(deeper).restartAfter
            if restart == 0 { continue }
            if let restart, restart - 1 < level { continue }
            counts[deeper] = nil
        }
        counters[instance.abstractID] = counts
        let own = levelDefinition(level)
        guard own.format != "bullet", own.format != "none" else { return nil }
        var text = own.text
        for index in (0...level).reversed() {
            let placeholder = "%\(index + 1)"
            guard text.contains(placeholder) else { continue }
            let shown = levelDefinition(index)
            let count = counts[index] ?? shown.start
            let format = own.isLegal && index < level ? "decimal" : shown.format
            text = text.replacingOccurrences(
                of: placeholder, with: DocxNumberFormat.render(count, format: format) ?? "")
        }
        let separator = own.suffix == "nothing" ? "" : " "
        return Marker(
            text: text, separator: separator, numID: numID, abstractID: instance.abstractID, level: level,
            format: own.format, start: instance.startOverrides[level] ?? own.start)
    }

    /// Reads `word/numbering.xml`.
    init(bytes: [UInt8]?, name: String) throws {
        guard let bytes else { return }
        let reader = try XMLStreamReader(bytes: bytes, name: name)
        var abstractID: String?
        var numID: String?
        var level: Int?
        var overrideLevel: Int?
        var current = Level()
        while let node = try reader.next() {
            switch node {
            case .start(let element, let isEmpty):
                let value = reader.attribute("w:val")
                switch element {
                case "w:abstractNum":
                    abstractID = reader.attribute("w:abstractNumId")
                    if let abstractID { abstracts[abstractID] = Definition() }
                case "w:num":
                    numID = reader.attribute("w:numId")
                case "w:abstractNumId":
                    if let numID, let value { instances[numID] = Instance(abstractID: value) }
                case "w:lvlOverride":
                    overrideLevel = reader.attribute("w:ilvl").flatMap { Int($0) }
                case "w:startOverride":
                    if let numID, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                        instances[numID]?.startOverrides[overrideLevel] = start
                    }
                case "w:lvl":
                    level = reader.attribute("w:ilvl").flatMap { Int($0) }
                    current = Level()
                case "w:start": current.start = value.flatMap { Int($0) } ?? 1
                case "w:numFmt": current.format = value ?? "decimal"
                case "w:lvlText": current.text = value ?? ""
                case "w:isLgl": current.isLegal = value != "0" && value != "false"
                case "w:lvlRestart": current.restartAfter = value.flatMap { Int($0) }
                case "w:suff": current.suffix = value ?? "tab"
                default: break
                }
                if isEmpty, element == "w:lvl" { store(&level, current, abstractID, numID, overrideLevel) }
            case .end(let element):
                switch element {
                case "w:lvl": store(&level, current, abstractID, numID, overrideLevel)
                case "w:abstractNum": abstractID = nil
                case "w:num": numID = nil
                case "w:lvlOverride": overrideLevel = nil
                default: break
                }
            default: break
            }
        }
    }

    /// A level read: into its abstract definition, or into the `w:num` that overrides it.
    private mutating func store(
        _ level: inout Int?, _ current: Level, _ abstractID: String?, _ numID: String?, _ overrideLevel: Int?
    ) {
        guard let index = level else { return }
        if let numID, overrideLevel != nil {
            instances[numID]?.levelOverrides[index] = current
        } else if let abstractID {
            abstracts[abstractID]?.levels[index] = current
        }
        level = nil
    }
}
