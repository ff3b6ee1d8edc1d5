/// Two columns of text for a terminal: wrapped to a display width in which ideographs count two cells and
/// combining marks none, Latin text broken between words.
enum SideBySide {
    /// `left` and `right` wrapped to `width` cells each and set side by side, separated by ` │ `.
    static func rows(_ left: String, _ right: String, width: Int) -> [String] {
        let leftLines = wrap(left, width: width)
        let rightLines = wrap(right, width: width)
        return (0..<max(leftLines.count, rightLines.count)).map { index in
            let leftLine = index < leftLines.count ? leftLines[index] : ""
            let rightLine = index < rightLines.count ? rightLines[index] : ""
            let padding = String(repeating: " ", count: max(width - displayWidth(leftLine), 0))
            return rightLine.isEmpty ? leftLine + padding + " │" : leftLine + padding + " │ " + rightLine
        }
    }

    /// Cells a scalar takes in a terminal: two for East Asian wide and full-width characters (ICU's
    /// `UCHAR_EAST_ASIAN_WIDTH`), none for combining marks and format characters, else one.
    static func cells(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0...0x2FF: return 1
        default:
            if ICUText.isWide(scalar) { return 2 }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return 0
            default: return 1
            }
        }
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    /// Lines of at most `width` cells: broken after the last space that fits, or anywhere in text without
    /// spaces (Chinese).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var used = 0
        var lastSpace: String.UnicodeScalarView.Index?
        for scalar in text.unicodeScalars {
            let size = cells(scalar)
            if used + size > width, !line.isEmpty {
                // Latin text breaks between words; ideographs break where the line is full.
                if let space = lastSpace, scalar != " ", size == 1 {
                    lines.append(String(line[..<space]))
                    line = String.UnicodeScalarView(line[line.index(after: space)...])
                } else {
                    lines.append(String(line))
                    line = String.UnicodeScalarView()
                }
                used = line.reduce(0) { $0 + cells($1) }
                lastSpace = nil
                if scalar == " " && line.isEmpty { continue }
            }
            if scalar == " " { lastSpace = line.endIndex }
            line.append(scalar)
            used += size
        }
        if !line.isEmpty || lines.isEmpty { lines.append(String(line)) }
        return lines
    }
}
