/// Turns aligned segments into translation units: the text of each version with its footnote calls in place,
/// a unique id, and properties that say where the unit came from.
struct TMXUnitBuilder {
    private let versions: [SegmentedDocument]
    /// The `xml:lang` tag of each version.
    private let tags: [String]
    private let labels: [ClauseLabel]
    private let pivot: Int
    private let keepEmpty: Bool
    /// The document's symbol as written (`A/RES/217 A (III)`), for the `x-document` property.
    let documentName: String
    /// The same without spaces, for ids.
    private let documentID: String
    /// How many units have used each base id so far: the second unit of clause 1 (d) is `…#1/(d)~2`.
    private var usedIDs: [String: Int] = [:]
    /// Characters XML 1.0 forbids, dropped so far.
    private(set) var droppedCharacters = 0

    init(alignment: Alignment, tags: [String], keepEmpty: Bool) {
        versions = alignment.versions
        self.tags = tags
        pivot = alignment.pivot
        self.keepEmpty = keepEmpty
        labels = alignment.versions.map { ClauseLabel($0.document) }
        documentName = Self.documentName(of: alignment)
        documentID = documentName.filter { !$0.isWhitespace }
    }

    /// The unit holding `ranges` of segments (one per version in `order`), or nil when some version has
    /// nothing in it and empty sides are not kept.
    mutating func unit(_ ranges: [(version: Int, segments: Range<Int>)]) -> TranslationUnit? {
        guard
            let lead = ranges.first(where: { $0.version == pivot && !$0.segments.isEmpty })
                ?? ranges.first(where: { !$0.segments.isEmpty })
        else { return nil }
        if !keepEmpty, ranges.contains(where: { $0.segments.isEmpty }) { return nil }
        let leadSegment = versions[lead.version].segments[lead.segments.lowerBound]
        let label = labels[lead.version]

        var properties = [TranslationUnit.Property("x-document", documentName)]
        if let clause = label.clause(of: leadSegment) {
            properties.append(TranslationUnit.Property("x-clause", legal(clause)))
        }
        if leadSegment.kind == .footnoteBody, let block = leadSegment.block,
            let number = versions[lead.version].document.blocks[block].footnoteNumber
        {
            properties.append(TranslationUnit.Property("x-footnote", String(number)))
        }
        let variants = ranges.map { variant(version: $0.version, segments: $0.segments) }
        return TranslationUnit(
            id: uniqueID(documentID + "#" + label.name(of: leadSegment)), properties: properties, variants: variants)
    }

    private mutating func uniqueID(_ base: String) -> String {
        let count = usedIDs[base, default: 0] + 1
        usedIDs[base] = count
        return count == 1 ? legal(base) : legal(base) + "~\(count)"
    }

    private mutating func variant(version index: Int, segments range: Range<Int>) -> TranslationUnit.Variant {
        let version = versions[index]
        var properties: [TranslationUnit.Property] = []
        if let marker = range.lazy.compactMap({ version.segments[$0].marker }).first {
            properties.append(TranslationUnit.Property("x-marker", legal(marker)))
        }
        if let first = range.first {
            let location = version.segments[first].location
            let file = version.path.split(separator: "/").last.map(String.init) ?? version.path
            properties.append(
                TranslationUnit.Property("x-location", legal("\(file):\(location.line):\(location.column)")))
        }
        var content: [TranslationUnit.Inline] = []
        for index in range {
            if index != range.lowerBound { append(.text(version.language.sentenceSeparator), to: &content) }
            for inline in inlines(of: version.segments[index], in: version) { append(inline, to: &content) }
        }
        return TranslationUnit.Variant(language: tags[index], properties: properties, content: content)
    }

    /// A segment as written: its marker, then its text with each footnote call where it stands.
    private mutating func inlines(of segment: Segment, in version: SegmentedDocument) -> [TranslationUnit.Inline] {
        var result: [TranslationUnit.Inline] = []
        if let marker = segment.marker {
            result.append(.text(marker + (segment.text.isEmpty ? "" : markerSeparator(segment, in: version))))
        }
        let calls = zip(segment.footnoteCalls, segment.footnoteCallOffsets).sorted { $0.1 < $1.1 }
        var scalars = segment.text.unicodeScalars[...]
        var consumed = 0
        for (number, offset) in calls {
            let run = scalars.prefix(offset - consumed)
            result.append(.text(legal(String(scalars: run))))
            scalars = scalars.dropFirst(run.count)
            consumed += run.count
            result.append(.footnoteCall(number))
        }
        result.append(.text(legal(String(scalars: scalars))))
        return result
    }

    /// What stood between the marker and the text in the input: nothing (`(一)各国`) or a space.
    private func markerSeparator(_ segment: Segment, in version: SegmentedDocument) -> String {
        guard let block = segment.block else { return " " }
        let pieces = version.document.blocks[block].pieces
        guard let marker = pieces.first(where: { $0.role == .marker }),
            let text = pieces.first(where: { $0.role == .text }),
            text.location.line == marker.location.line
        else { return " " }
        return text.location.byteOffset == marker.location.byteOffset + marker.text.utf8.count ? "" : " "
    }

    private func append(_ inline: TranslationUnit.Inline, to content: inout [TranslationUnit.Inline]) {
        if case .text(let text) = inline {
            guard !text.isEmpty else { return }
            if case .text(let previous) = content.last {
                content[content.count - 1] = .text(previous + text)
                return
            }
        }
        content.append(inline)
    }

    private mutating func legal(_ text: String) -> String {
        let (kept, dropped) = XMLCharacters.legal(text)
        droppedCharacters += dropped
        return kept
    }

    /// The symbol the versions carry (the pivot's first), without the reissue asterisk; else the pivot's
    /// file name without its language code and extension.
    private static func documentName(of alignment: Alignment) -> String {
        let ordered = [alignment.versions[alignment.pivot]] + alignment.versions
        if let symbol = ordered.lazy.compactMap(\.document.symbol).first {
            var name = symbol
            while name.last == "*" { name.removeLast() }
            if !name.isEmpty { return name }
        }
        return fileStem(of: alignment)
    }

    /// The pivot's file name without its language code and extension (`A_RES_217_A_III`), for names of
    /// files written from the alignment.
    static func fileStem(of alignment: Alignment) -> String {
        let path = alignment.versions[alignment.pivot].path
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard file != "-" else { return "document" }
        var parts = file.split(separator: ".").map(String.init)
        if parts.count > 1 { parts.removeLast() }
        if parts.count > 1, DocumentLoader.languageCode(inFileName: file) == parts.last { parts.removeLast() }
        return parts.joined(separator: ".")
    }
}
