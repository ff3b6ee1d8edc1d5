/// Versions that cannot be aligned as given. Each case's description is the one line the CLI prints.
public enum AlignmentError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooFewVersions(count: Int)
    case noPivot(language: String)
    /// Pre-segmented files whose segment counts are too far apart to be one text cut alike.
    case mismatchedSegmentation(path: String, count: Int, pivotPath: String, pivotCount: Int)
    case noSegments(path: String)

    public var description: String {
        switch self {
        case .tooFewVersions(let count):
            "alignment needs at least two versions of the document, \(count == 0 ? "none" : "one") given"
        case .noPivot(let language):
            "--pivot \(language): none of the files is in that language"
        case .mismatchedSegmentation(let path, let count, let pivotPath, let pivotCount):
            "\(path): \(count) segments against \(pivotCount) in \(pivotPath); pre-segmented versions of one text must be cut alike (one segment a line)"
        case .noSegments(let path):
            "\(path): no text to align"
        }
    }

    /// Pre-segmented versions whose segment counts differ by more than a factor of three (and by more than ten
    /// segments) are not the same text cut alike: aligning them would only produce noise.
    public static func checkSegmentCounts(_ versions: [SegmentedDocument], pivot: Int) throws(AlignmentError) {
        for version in versions where version.segments.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            throw .noSegments(path: version.path)
        }
        let pivotCount = versions[pivot].segments.count
        for version in versions where version.unit == .presegmented {
            let count = version.segments.count
            let (low, high) = (min(count, pivotCount), max(count, pivotCount))
            if high - low > 10 && high > 3 * low {
                throw .mismatchedSegmentation(
                    path: version.path, count: count, pivotPath: versions[pivot].path, pivotCount: pivotCount)
            }
        }
    }
}
