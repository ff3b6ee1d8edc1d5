/// A list marker or paragraph number as written, with what it means.
public struct ListMarker: Sendable, Hashable {
    /// The marker exactly as written, `(十七)`, `b)`, `1.`.
    public var raw: String
    /// The token between the delimiters, `十七`, `b`, `1`.
    public var token: String
    /// The delimiter template, `(x)`, `x)`, `x.`, `x` (enclosed forms such as `①`).
    public var delimiter: String
    /// Every reading of the marker, the most likely first: `(i)` is Roman 1 or Latin letter 9.
    public var readings: [Reading]
    /// The reading the list context chose.
    public var chosen: Int = 0
    /// Written wrongly for its template (`1 .`, `(1` without its bracket): a marker only where a list expects it.
    public var isMalformed = false

    /// One way to read a marker: a family and the position it stands for.
    public struct Reading: Sendable, Hashable {
        public var family: String
        public var ordinal: Int

        public init(family: String, ordinal: Int) {
            self.family = family
            self.ordinal = ordinal
        }
    }

    public init(raw: String, token: String, delimiter: String, readings: [Reading]) {
        self.raw = raw
        self.token = token
        self.delimiter = delimiter
        self.readings = readings
    }

    public var family: String { readings[chosen].family }
    public var ordinal: Int { readings[chosen].ordinal }
    public var style: MarkerStyle { MarkerStyle(family: family, delimiter: delimiter) }

    /// The index of the reading in `style`'s family, if any.
    func reading(in style: MarkerStyle) -> Int? {
        guard delimiter == style.delimiter else { return nil }
        return readings.firstIndex { $0.family == style.family }
    }
}

/// How a list writes its markers: a family and a delimiter, `(一)` or `a)`.
public struct MarkerStyle: Sendable, Hashable, Codable {
    public var family: String
    public var delimiter: String

    public init(family: String, delimiter: String) {
        self.family = family
        self.delimiter = delimiter
    }

    /// For outline numbers (`1.13` has the delimiter `1.x`, `3.b.1` has `3.b.x`), how many parts come before
    /// the last: the outline level. Nil for other styles.
    public var outlineDepth: Int? {
        // On the bytes: this is asked for every item of every outline list.
        let bytes = delimiter.utf8
        guard let first = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
        var parts = 1
        var previousIsStop = false
        var hasPlace = false
        for byte in bytes {
            if previousIsStop, byte == UInt8(ascii: "x") { hasPlace = true }
            previousIsStop = byte == UInt8(ascii: ".")
            if previousIsStop { parts += 1 }
        }
        // `1.x` has two parts, `3.b.x.` (a final stop) has three: a final stop adds no part.
        if bytes.last == UInt8(ascii: ".") { parts -= 1 }
        return hasPlace ? parts - 1 : nil
    }
}
