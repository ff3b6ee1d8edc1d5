/// A family of list markers (`(a)`, `(一)`, `а)`, `(أ)`, `①`) and how to read and write its ordinals.
public struct MarkerFamily: Sendable, Hashable {
    public enum Numerals: Sendable, Hashable {
        /// Letters or symbols in list order.
        case sequence([String], aliases: [String: String], doubling: Bool)
        /// Decimal digits of any script: ASCII, full-width, Arabic-Indic.
        case decimal
        /// An ICU rule-based number format, `spellout:zh` or `numbering:en@numbers=romanlow`.
        case icu(String)
    }

    public var id: String
    public var name: String
    public var numerals: Numerals
    /// Delimiter templates the family is written with, `(x)`, `x)`, `x.`.
    public var delimiters: Set<String>
    /// The language file that defines the family (`common` for shared ones).
    public var definedBy: String

    /// Position of each sequence member (and alias), 1-based.
    let positions: [String: Int]

    init(file: MarkerFamilyFile, definedBy: String) throws(LanguageDataError) {
        id = file.id
        name = file.name
        delimiters = Set(file.delimiters)
        self.definedBy = definedBy
        if let sequence = file.sequence {
            numerals = .sequence(sequence, aliases: file.aliases, doubling: file.doubling)
            var positions: [String: Int] = [:]
            for (index, member) in sequence.enumerated() { positions[member] = index + 1 }
            for (alias, member) in file.aliases {
                guard let position = positions[member] else {
                    throw LanguageDataError(
                        file: definedBy,
                        problem: "alias \(alias) of family \(id) names \(member), which is not in its sequence")
                }
                positions[alias] = position
            }
            self.positions = positions
        } else if file.numerals == "decimal" {
            numerals = .decimal
            positions = [:]
        } else if let spec = file.numerals, spec.hasPrefix("spellout:") || spec.hasPrefix("numbering:") {
            numerals = .icu(spec)
            positions = [:]
        } else {
            throw LanguageDataError(
                file: definedBy,
                problem: "family \(id) needs a sequence or numerals (decimal, spellout:LOCALE, numbering:LOCALE)")
        }
    }

    /// The position a sequence token stands for: `c` → 3, `аа`-style doubling `bb` → 28.
    func sequencePosition(_ token: String) -> Int? {
        guard case .sequence(let sequence, _, let doubling) = numerals else { return nil }
        if let position = positions[token] { return position }
        guard doubling, let first = token.first, token.count > 1, token.allSatisfy({ $0 == first }),
            let position = positions[String(first)]
        else { return nil }
        return position + sequence.count * (token.count - 1)
    }

    /// The sequence member for `ordinal`, doubled past the end when the family allows it.
    func sequenceMember(_ ordinal: Int) -> String? {
        guard case .sequence(let sequence, _, let doubling) = numerals, ordinal >= 1 else { return nil }
        if ordinal <= sequence.count { return sequence[ordinal - 1] }
        guard doubling else { return nil }
        let member = sequence[(ordinal - 1) % sequence.count]
        return String(repeating: member, count: (ordinal - 1) / sequence.count + 1)
    }
}
