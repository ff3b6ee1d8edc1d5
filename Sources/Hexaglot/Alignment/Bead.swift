/// A group of consecutive segments of one version aligned with a group of the other: 1-1, 2-1, 1-0, …
public struct Bead: Sendable, Hashable {
    /// Segment ids in the first (source) version.
    public var source: Range<Int>
    /// Segment ids in the second (target) version.
    public var target: Range<Int>
    /// How well the two sides fit, from 0 (nothing supports the pairing, or one side is empty) to 1.
    public var score: Double

    public init(source: Range<Int>, target: Range<Int>, score: Double) {
        self.source = source
        self.target = target
        self.score = score
    }

    /// `2-1` for two source segments against one target segment.
    public var shape: String { "\(source.count)-\(target.count)" }

    /// Text present in one version only.
    public var isOmission: Bool { source.isEmpty != target.isEmpty }
}

/// One version of a document as the pairwise aligner sees it: per segment a length, anchor tokens and, on a
/// clause's first segment, the clause's structural key.
struct AlignmentSide {
    /// Length in units comparable across scripts: an ideograph counts three, a letter or digit one,
    /// punctuation and spaces nothing (one Chinese character carries about what three or four English ones do;
    /// the ratio itself is estimated from each pair).
    var lengths: [Double]
    /// Interned anchor tokens, sorted.
    var tokens: [[Int32]]
    /// `p:3.2` on the first segment of clause 3 (b), `f:5` on the first segment of footnote 5.
    var keys: [String?]
    /// For each segment, the index of the first segment of its paragraph: sentences of one paragraph may be
    /// grouped in more ways than sentences across paragraphs.
    var paragraphStarts: [Int]
    /// Whether the paragraphs come from the document's structure (not only from wrapped lines).
    var knowsParagraphs: Bool
    /// How each segment ends (`Ending`): UN versions keep the final punctuation of a clause.
    var endings: [Ending]
    /// Each segment's text (shared with the segment, not copied), to see a sentence pasted twice in a row.
    var texts: [String] = []
    /// The segments that open a resolution's preamble (`The General Assembly,`), with or without their comma.
    var openers: Set<Int> = []

    var count: Int { lengths.count }

    /// The punctuation a segment ends with, by function: preambular paragraphs end with `，` `,` `،` in every
    /// version, operative ones with `；` `;` `؛`, sentences with `。` `.`, lead-ins with `：` `:`.
    enum Ending: UInt8 {
        case none, stop, comma, semicolon, colon, question

        init(of text: String) {
            var last: Unicode.Scalar?
            for scalar in text.unicodeScalars.reversed() {
                switch scalar.properties.generalCategory {
                case .closePunctuation, .finalPunctuation, .spaceSeparator: continue
                default: break
                }
                if scalar == "\"" || scalar == "»" { continue }
                last = scalar
                break
            }
            switch last {
            case "。", ".", "!", "！": self = .stop
            case "，", ",", "،": self = .comma
            case "；", ";", "؛": self = .semicolon
            case "：", ":": self = .colon
            case "？", "?", "؟": self = .question
            default: self = .none
            }
        }
    }

    static func length(of text: String) -> Double {
        var length = 0
        for scalar in text.unicodeScalars { length += ScalarClass.lengthWeight(scalar) }
        return Double(length)
    }
}
