extension AnchorExtractor {
    /// Characters after which a number glued to Chinese text counts something rather than calls a note: 第2,
    /// 至5, 和3.
    private static let countingBefore: Set<Unicode.Scalar> = [
        "第", "至", "到", "和", "及", "或", "与", "、", "约", "近", "每", "共", "前", "后", "逾", "超",
    ]

    /// What follows a footnote call glued to Chinese text: a particle or conjunction (`政策2的`) or a mark.
    private static let particlesAfterCall: Set<Unicode.Scalar> = [
        "的", "之", "和", "与", "及", "或", "等", "并", "而", "中", "，", "。", "；", "：", "、",
    ]

    /// Whether the digits at `range` stand where a footnote call stands once PDF extraction has flattened its
    /// superscript into the text: glued to a Chinese word with text going on after it (`财政政策2的再分配影响`),
    /// or last in the paragraph after its words (`…по скорости 5`, `السرعة(5)`, `بحلول عام 2020 (3)`). The
    /// number is still read as a number; the marker `c:N` beside it lets the versions be compared for calls
    /// one of them lacks.
    static func standsAsFootnoteCall(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0 else { return false }
        let before = scalars[range.lowerBound - 1]
        let after = range.upperBound < scalars.count ? scalars[range.upperBound] : nil
        // Between a word and a particle or a mark, where a number would need a measure word (5岁, 3年级, 10个).
        if before.properties.isIdeographic, !countingBefore.contains(before), let after,
            particlesAfterCall.contains(after)
        {
            return true
        }
        // Last in the paragraph: nothing but a closing bracket that closes one just before it, a full stop or
        // spaces after it (`(от 0 до 100)` is a range, not a call).
        var rest = range.upperBound
        let opening: Unicode.Scalar? = before == "(" ? ")" : before == "（" ? "）" : nil
        if rest < scalars.count, scalars[rest] == ")" || scalars[rest] == "）" {
            guard scalars[rest] == opening else { return false }
            rest += 1
        }
        while rest < scalars.count, scalars[rest] == "." || scalars[rest].properties.isWhitespace { rest += 1 }
        guard rest == scalars.count else { return false }
        var start = range.lowerBound - 1
        let bracketed = scalars[start] == "(" || scalars[start] == "（"
        if bracketed { start -= 1 }
        while start >= 0, scalars[start] == " " { start -= 1 }
        // After a word, not after another number or a symbol (`2015-2030`, `A/70/1`).
        guard start >= 0, start < range.lowerBound - 1 || bracketed || before.properties.isIdeographic else {
            return false
        }
        return scalars[start].properties.isAlphabetic
    }
}
