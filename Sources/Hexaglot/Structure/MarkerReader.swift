/// Reads list markers and paragraph numbers at the start of a block, in every family of the language files.
///
/// Owns the ICU number formats it needs (Chinese numerals, Roman numerals), so one reader serves one parse
/// at a time.
final class MarkerReader {
    private let families: [MarkerFamily]
    private var formats: [String: ICUNumberFormat] = [:]
    /// ICU parses cost microseconds; documents repeat the same few dozen markers.
    private var parsed: [String: Int?] = [:]

    /// Families in the order `language` prefers, then the rest, so ambiguous markers (`(i)`) read as the
    /// language's usual family first.
    init(catalog: LanguageCatalog, language: Language) {
        let preferred = language.listFamilies.compactMap { catalog.families[$0] }
        let others = catalog.families.values.filter { !language.listFamilies.contains($0.id) }.sorted { $0.id < $1.id }
        families = preferred + others
    }

    /// Delimiter templates, the longest opening first so `（x）` is tried before `x)`.
    private static let templates = ["(x)", "（x）", "x)", "x.", "x．", "x、", "x -", "x"]

    /// The marker at the start of `content` and the number of Unicode scalars it spans (trailing spaces
    /// excluded), or nil.
    func read(_ content: ArraySlice<Unicode.Scalar>) -> (marker: ListMarker, length: Int)? {
        let scalars = Array(content.prefix(14))
        guard let first = scalars.first else { return nil }
        if let outline = readOutline(scalars) { return outline }
        if first == ")", let mirrored = readMirrored(scalars) { return mirrored }
        for template in Self.templates {
            guard let (token, length) = Self.split(scalars, template: template, first: first) else { continue }
            let readings = self.readings(of: token, delimiter: template)
            guard !readings.isEmpty else { continue }
            let raw = String(scalars: scalars[..<length])
            return (ListMarker(raw: raw, token: token, delimiter: template, readings: readings), length)
        }
        return nil
    }

    /// A marker whose brackets right-to-left PDF conversion mirrored: `)أ(` is `(أ)`.
    private func readMirrored(_ scalars: [Unicode.Scalar]) -> (marker: ListMarker, length: Int)? {
        guard let close = scalars.dropFirst().firstIndex(of: "("), close > 1, close <= 9 else { return nil }
        var swapped = scalars
        swapped[0] = "("
        swapped[close] = ")"
        guard let (token, length) = Self.split(swapped, template: "(x)", first: "(") else { return nil }
        let readings = self.readings(of: token, delimiter: "(x)")
        guard !readings.isEmpty else { return nil }
        let raw = String(scalars: scalars[..<length])
        return (ListMarker(raw: raw, token: token, delimiter: "(x)", readings: readings), length)
    }

    /// A marker written wrongly for its template, which only the list around it can confirm: `1 .` and `a )`
    /// (a space before the delimiter), `(1 ` (the closing bracket missing). Letters and digits only, three at
    /// most; the marker is `isMalformed`.
    func readMalformed(_ content: ArraySlice<Unicode.Scalar>) -> (marker: ListMarker, length: Int)? {
        // Cheap screen first (this runs on every line without a marker): a space within the first five characters.
        guard content.prefix(5).contains(" ") else { return nil }
        let scalars = Array(content.prefix(8))
        guard let first = scalars.first else { return nil }
        let opens = first == "(" || first == "（"
        var end = opens ? 1 : 0
        while end < scalars.count, end < 4,
            scalars[end].properties.isAlphabetic || scalars[end].properties.numericType == .decimal
        {
            end += 1
        }
        let tokenStart = opens ? 1 : 0
        guard end > tokenStart, end < scalars.count, scalars[end] == " " else { return nil }
        let token = String(scalars: scalars[tokenStart..<end])
        let delimiter: String
        let length: Int
        if opens {
            delimiter = first == "(" ? "(x)" : "（x）"
            length = end
        } else {
            guard end + 1 < scalars.count, scalars[end + 1] == "." || scalars[end + 1] == ")",
                end + 2 == scalars.count || scalars[end + 2].properties.isWhitespace
            else { return nil }
            delimiter = scalars[end + 1] == "." ? "x." : "x)"
            length = end + 2
        }
        let readings = self.readings(of: token, delimiter: delimiter)
        guard !readings.isEmpty else { return nil }
        let raw = String(scalars: scalars[..<length])
        var marker = ListMarker(raw: raw, token: token, delimiter: delimiter, readings: readings)
        marker.isMalformed = true
        return (marker, length)
    }

    /// An outline number such as `1.13`, `3.b` or `3.b.1` (optionally with a final `.`), followed by a space.
    /// Its last part is the ordinal, in a list of its own for each prefix: `1.x` and `2.x` are two lists. The
    /// style's delimiter keeps the prefix (`3.b.x`); the families allow it with the template `N.x`.
    private func readOutline(_ scalars: [Unicode.Scalar]) -> (marker: ListMarker, length: Int)? {
        var parts: [String] = []
        var current = ""
        var end = 0
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar.properties.numericType == .decimal, scalar.isASCII {
                current.unicodeScalars.append(scalar)
            } else if scalar.isASCII, scalar.properties.isLowercase, current.isEmpty, !parts.isEmpty {
                current.unicodeScalars.append(scalar)
            } else if scalar == ".", !current.isEmpty {
                parts.append(current)
                current = ""
            } else {
                break
            }
            end += 1
        }
        let hasFinalStop = current.isEmpty
        if !current.isEmpty { parts.append(current) }
        // At least two parts, each a number or a single letter, the first a number; then a space.
        guard parts.count >= 2, parts.allSatisfy({ $0.count <= 3 }),
            parts.dropFirst().allSatisfy({ $0.count == 1 || $0.allSatisfy(\.isNumber) }),
            end < scalars.count, scalars[end].properties.isWhitespace
        else { return nil }
        let token = parts[parts.count - 1]
        let delimiter = parts.dropLast().joined(separator: ".") + ".x" + (hasFinalStop ? "." : "")
        var readings: [ListMarker.Reading] = []
        for family in families where family.delimiters.contains("N.x") {
            if let ordinal = ordinal(of: token, in: family) {
                readings.append(ListMarker.Reading(family: family.id, ordinal: ordinal))
            }
        }
        guard !readings.isEmpty else { return nil }
        let raw = String(scalars: scalars[..<end])
        return (ListMarker(raw: raw, token: token, delimiter: delimiter, readings: readings), end)
    }

    /// The token a template frames at the start of `scalars`, and the marker's length in scalars.
    private static func split(_ scalars: [Unicode.Scalar], template: String, first: Unicode.Scalar) -> (String, Int)? {
        func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        func isSpace(_ index: Int) -> Bool { index < scalars.count && scalars[index].properties.isWhitespace }
        switch template {
        case "(x)", "（x）":
            let (open, close): (Unicode.Scalar, Unicode.Scalar) = template == "(x)" ? ("(", ")") : ("（", "）")
            guard first == open, let end = scalars.firstIndex(of: close), end > 1, end <= 9 else { return nil }
            let token = scalars[1..<end]
            guard token.allSatisfy(isTokenScalar) else { return nil }
            return (String(scalars: token), end + 1)
        case "x":
            // Enclosed forms stand alone: ①, ⑴, ㈠.
            guard !first.properties.isAlphabetic || first.properties.numericType != nil else { return nil }
            return (String(first), 1)
        default:
            let delimiter = Array(template.unicodeScalars.dropFirst())
            var end = 0
            while end < scalars.count, end < 6, isTokenScalar(scalars[end]) { end += 1 }
            guard end > 0, end + delimiter.count <= scalars.count,
                Array(scalars[end..<(end + delimiter.count)]) == delimiter
            else { return nil }
            let length = end + delimiter.count
            // `1.` and `a)` must be followed by a space or stand alone on the line (`2.` above its text, as treaty
            // web pages lay paragraphs out): `1.1`, `3.b.1` and `a)b` are not markers. `一、` need not.
            // Chinese text may follow `1．` or `1.` at once: `1.关于提案的看法`.
            let isIdeographAfter = length < scalars.count && scalars[length].properties.isIdeographic
            if template != "x、" && !isSpace(length) && length < scalars.count && !isIdeographAfter { return nil }
            return (String(scalars: scalars[..<end]), length)
        }
    }

    private func readings(of token: String, delimiter: String) -> [ListMarker.Reading] {
        var readings: [ListMarker.Reading] = []
        for family in families where family.delimiters.contains(delimiter) {
            if let ordinal = ordinal(of: token, in: family) {
                readings.append(ListMarker.Reading(family: family.id, ordinal: ordinal))
            }
        }
        return readings
    }

    /// The position `token` stands for in `family`, or nil when it is not one of its markers.
    func ordinal(of token: String, in family: MarkerFamily) -> Int? {
        switch family.numerals {
        case .sequence:
            return family.sequencePosition(token)
        case .decimal:
            // Decimal digits of any script, not numerals in general: 十 has a numeric value too.
            guard token.count <= 3, token.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) else {
                return nil
            }
            let value = token.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
            return value >= 1 ? value : nil
        case .icu(let spec):
            guard Self.mayBeNumeral(token, spec: spec) else { return nil }
            let key = spec + "\u{0}" + token
            if let cached = parsed[key] { return cached }
            var value = format(spec)?.parse(token)
            // No list runs to (c) = 100 or (l) = 50 in Roman numerals: read such letters as letters only.
            if let number = value, spec.hasPrefix("numbering:"), number > Self.largestRomanMarker { value = nil }
            parsed[key] = value
            return value
        }
    }

    /// The highest Roman numeral read as a list marker, (xxxix).
    static let largestRomanMarker = 39

    /// Cheap screen before asking ICU: only the characters its numerals are written with.
    private static let chineseNumerals: Set<Character> = [
        "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "两",
    ]
    private static let romanLower: Set<Character> = ["i", "v", "x", "l", "c", "d", "m"]
    private static let romanUpper: Set<Character> = ["I", "V", "X", "L", "C", "D", "M"]

    private static func mayBeNumeral(_ token: String, spec: String) -> Bool {
        let allowed: Set<Character>
        if spec.hasPrefix("spellout:zh") {
            allowed = chineseNumerals
        } else if spec.hasSuffix("romanlow") {
            allowed = romanLower
        } else if spec.hasSuffix("roman") {
            allowed = romanUpper
        } else {
            return token.count <= 8
        }
        return token.count <= 8 && token.allSatisfy(allowed.contains)
    }

    private func format(_ spec: String) -> ICUNumberFormat? {
        if let format = formats[spec] { return format }
        guard let format = try? ICUNumberFormat(spec: spec) else { return nil }
        formats[spec] = format
        return format
    }

    /// `ordinal` written in `style`: `(九)` for Chinese numerals in `(x)`; `digitsLike` gives the digit script.
    func render(_ ordinal: Int, style: MarkerStyle, digitsLike sample: String? = nil) -> String {
        let token: String
        let family = families.first { $0.id == style.family }
        switch family?.numerals {
        case .sequence?:
            token = family?.sequenceMember(ordinal) ?? String(ordinal)
        case .decimal?:
            token = Self.decimal(ordinal, digitsLike: sample)
        case .icu(let spec)?:
            token = format(spec)?.format(ordinal) ?? String(ordinal)
        case nil:
            token = String(ordinal)
        }
        // Templates hold an `x` where the marker goes: `(x)`, `x)`, `x -`; an outline prefix before it may hold
        // letters too (`3.b.x`), so the last `x` is the place.
        guard let place = style.delimiter.lastIndex(of: "x") else { return token }
        return style.delimiter[..<place] + token + style.delimiter[style.delimiter.index(after: place)...]
    }

    /// `value` in the digits of `sample` (ASCII, full-width or Arabic-Indic).
    private static func decimal(_ value: Int, digitsLike sample: String?) -> String {
        let ascii = String(value)
        guard let digit = sample?.unicodeScalars.first, let numeric = Character(digit).wholeNumberValue,
            let zero = Unicode.Scalar(digit.value - UInt32(numeric)), zero != "0"
        else { return ascii }
        return String(
            String.UnicodeScalarView(ascii.unicodeScalars.compactMap { Unicode.Scalar(zero.value + $0.value - 48) }))
    }
}
