/// Gives each list the delimiter most of its items use. A list learns its style from its first item, but the
/// first item may be the one written wrongly (`1)` then `2.`, `3.`, `4.`): then every later item would read as
/// another style. Counting the items of the list's family decides, and ties keep the first item's style.
struct ListStyleVote {
    let markers: MarkerReader

    func apply(to blocks: inout [Block]) {
        var items: [Int: [Int]] = [:]
        for (index, block) in blocks.enumerated() {
            if let list = block.list { items[list.listID, default: []].append(index) }
        }
        for indices in items.values {
            guard let style = indices.first.flatMap({ blocks[$0].list?.style }) else { continue }
            var counts: [String: Int] = [:]
            var order: [String] = []
            for index in indices {
                guard let marker = blocks[index].marker, marker.family == style.family, !marker.isMalformed else {
                    continue
                }
                if counts[marker.delimiter] == nil { order.append(marker.delimiter) }
                counts[marker.delimiter, default: 0] += 1
            }
            let current = counts[style.delimiter] ?? 0
            guard
                let winner = order.max(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }),
                winner != style.delimiter, (counts[winner] ?? 0) > current
            else { continue }
            let voted = MarkerStyle(family: style.family, delimiter: winner)
            let sample = indices.compactMap { blocks[$0].marker }.first { $0.delimiter == winner }?.token
            for index in indices {
                guard var position = blocks[index].list else { continue }
                position.style = voted
                position.expectedMarker = markers.render(position.expectedOrdinal, style: voted, digitsLike: sample)
                blocks[index].list = position
            }
        }
    }
}
