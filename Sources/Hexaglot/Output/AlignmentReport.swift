/// An alignment written for people (`text`), spreadsheets and scripts (`tsv`, `json`) and evaluation tools
/// (`beads`).
public struct AlignmentReport: Sendable {
    public let alignment: Alignment

    public init(_ alignment: Alignment) {
        self.alignment = alignment
    }

    private var versions: [SegmentedDocument] { alignment.versions }

    /// Each unit as a numbered block: two versions side by side in columns of `width` cells (the terminal's
    /// width, by default), more versions one line each, `zh 19:1  回顾其…`.
    public func text(width: Int = 120) -> String {
        guard versions.count == 2 else { return stacked() }
        let column = max((width - 3) / 2, 20)
        var out = ""
        for (number, unit) in alignment.units.enumerated() {
            out += "[\(number)] \(unit.shape)  score \(Self.rounded(unit.score))\n"
            let sides = zip(versions, unit.ranges).map { version, range -> String in
                guard let first = range.first else { return "—" }
                let location = version.segments[first].location
                return "\(location.line):\(location.column)  \(Self.joined(version, range))"
            }
            for row in SideBySide.rows(sides[0], sides[1], width: column) { out += row + "\n" }
            out += "\n"
        }
        return out
    }

    /// Each unit as a numbered block, one line a version.
    private func stacked() -> String {
        var out = ""
        for (number, unit) in alignment.units.enumerated() {
            out += "[\(number)] \(unit.shape)  score \(Self.rounded(unit.score))\n"
            for (version, range) in zip(versions, unit.ranges) {
                let code = version.language.code
                guard let first = range.first else {
                    out += "  \(code)  —\n"
                    continue
                }
                let location = version.segments[first].location
                out += "  \(code) \(location.line):\(location.column)  \(Self.joined(version, range))\n"
            }
            out += "\n"
        }
        return out
    }

    /// One unit a line, one column a version, under a header of language codes.
    public func tsv() -> String {
        var lines = [versions.map(\.language.code).joined(separator: "\t")]
        lines.reserveCapacity(alignment.units.count + 1)
        for unit in alignment.units {
            lines.append(
                zip(versions, unit.ranges).map { version, range in
                    Self.joined(version, range).map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
                }.map { String($0) }.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[i,j]:[k]` beads of a two-version alignment, the first file's segment ids on the left.
    public func beads() -> String {
        var out = ""
        for unit in alignment.units {
            let left = unit.ranges[0].map(String.init).joined(separator: ",")
            let right = unit.ranges[1].map(String.init).joined(separator: ",")
            out += "[\(left)]:[\(right)]\n"
        }
        return out
    }

    public func json() throws -> String {
        try JSONOutput.text(Contract(alignment))
    }

    private static func joined(_ version: SegmentedDocument, _ range: Range<Int>) -> String {
        range.map { index -> String in
            let segment = version.segments[index]
            return segment.displayText + segment.footnoteCalls.map { " [^\($0)]" }.joined()
        }.joined(separator: " ")
    }

    static func rounded(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The JSON contract: versions, units with their segments per version, findings and a summary.
    struct Contract: Encodable {
        struct Version: Encodable {
            var path: String
            var language: String
            var segments: Int
        }
        struct SegmentItem: Encodable {
            var id: Int
            var line: Int
            var column: Int
            var marker: String?
            var footnoteCalls: [Int]?
            var text: String
        }
        struct Unit: Encodable {
            var shape: String
            var score: Double
            /// Per version, in `versions` order.
            var segments: [[SegmentItem]]
        }
        struct Summary: Encodable {
            var units: Int
            var omissions: Int
            var weak: Int
            var findings: Int
        }

        var pivot: String
        var unit: String
        var versions: [Version]
        var units: [Unit]
        var findings: [Finding]
        var summary: Summary

        init(_ alignment: Alignment) {
            let versions = alignment.versions
            pivot = versions[alignment.pivot].language.code
            unit = versions[alignment.pivot].unit.rawValue
            self.versions = versions.map {
                Version(path: $0.path, language: $0.language.code, segments: $0.segments.count)
            }
            units = alignment.units.map { unit in
                Unit(
                    shape: unit.shape,
                    score: (unit.score * 1000).rounded() / 1000,
                    segments: zip(versions, unit.ranges).map { version, range in
                        range.map { index in
                            let segment = version.segments[index]
                            return SegmentItem(
                                id: index, line: segment.location.line, column: segment.location.column,
                                marker: segment.marker,
                                footnoteCalls: segment.footnoteCalls.isEmpty ? nil : segment.footnoteCalls,
                                text: segment.text)
                        }
                    })
            }
            findings = alignment.findings
            summary = Summary(
                units: alignment.units.count,
                omissions: alignment.findings.filter { $0.rule == "align.omission" }.count,
                weak: alignment.findings.filter { $0.rule == "align.weak" }.count,
                findings: alignment.findings.count)
        }
    }
}
