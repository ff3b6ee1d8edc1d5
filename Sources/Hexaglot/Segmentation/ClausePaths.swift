/// Where each block sits in the document's lists, as ordinals from the outermost list: `[3, 2]` for
/// paragraph 3 (b) in English and for 3 (乙) in Chinese. The same clause has the same path in every language
/// version, which makes paths the first anchors of alignment.
struct ClausePaths {
    private var paths: [[Int]]

    init(_ blocks: [Block]) {
        paths = Array(repeating: [], count: blocks.count)
        for index in blocks.indices {
            guard let marker = blocks[index].marker, let position = blocks[index].list else { continue }
            // An item written in the wrong family ((d) where (九) belongs) stands where the list expected it.
            let ordinal = marker.family == position.style.family ? marker.ordinal : position.expectedOrdinal
            let parent = position.parent.map { $0 < index ? paths[$0] : [] } ?? []
            paths[index] = parent + [ordinal]
        }
    }

    subscript(block: Int) -> [Int] { paths[block] }
}
