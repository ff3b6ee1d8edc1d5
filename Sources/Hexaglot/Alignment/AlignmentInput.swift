/// The versions of one document as the aligner takes them: read, parsed and segmented, or read one segment
/// a line.
public struct AlignmentInput: Sendable {
    public var loader: DocumentLoader
    public var unit: SegmentUnit
    /// One segment a line, nothing re-segmented (`unit` is then ignored).
    public var presegmented: Bool
    public var format: InputFormat?

    public init(
        loader: DocumentLoader, unit: SegmentUnit = .sentence, presegmented: Bool = false, format: InputFormat? = nil
    ) {
        self.loader = loader
        self.unit = unit
        self.presegmented = presegmented
        self.format = format
    }

    /// Reads `paths` (in `languageCodes`, when given, in the same order) and aligns them against the version
    /// in language `pivot` (default: Chinese, else the first). `allowingOne`: a single document comes back as an
    /// alignment of one version, a unit a segment (a review page of one document).
    public func align(
        _ paths: [String], languageCodes: [String]? = nil, pivot: String? = nil, allowingOne: Bool = false
    ) throws -> Alignment {
        guard paths.count >= (allowingOne ? 1 : 2) else { throw AlignmentError.tooFewVersions(count: paths.count) }
        // Each version read and segmented on its own, side by side on the machine's cores.
        let versions = try DocumentLoader.eachPath(paths) { index, path in
            let code = languageCodes?[index]
            if presegmented { return try PresegmentedReader(loader: loader).read(path, languageCode: code) }
            let document = try loader.load(path, languageCode: code, format: format)
            return Segmenter(language: document.language, unit: unit).segment(document)
        }
        return try align(versions, pivot: pivot)
    }

    /// Segments documents already read and aligns them against the version in language `pivot`.
    public func align(_ documents: [Document], pivot: String? = nil) throws -> Alignment {
        guard documents.count >= 2 else { throw AlignmentError.tooFewVersions(count: documents.count) }
        return try align(
            documents.concurrentMap { Segmenter(language: $0.language, unit: unit).segment($0) }, pivot: pivot)
    }

    private func align(_ versions: [SegmentedDocument], pivot: String?) throws -> Alignment {
        let pivotIndex = try Self.pivotIndex(of: versions, named: pivot)
        try AlignmentError.checkSegmentCounts(versions, pivot: pivotIndex)
        return Aligner().align(versions, pivot: pivotIndex)
    }

    static func pivotIndex(of versions: [SegmentedDocument], named code: String?) throws(AlignmentError) -> Int {
        if let code {
            guard let index = versions.firstIndex(where: { $0.language.code == code }) else {
                throw .noPivot(language: code)
            }
            return index
        }
        return versions.firstIndex { $0.language.code == "zh" } ?? 0
    }
}
