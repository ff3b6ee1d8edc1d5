extension String {
    /// The text of `scalars`, encoded in one pass: building a `String.UnicodeScalarView` from them appends one
    /// scalar at a time, each append a call into the string's storage, and that was a tenth of a six-version check.
    init(scalars: some Collection<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[written] = unit
                    written += 1
                }
            }
            return written
        }
    }
}

extension StringProtocol {
    /// The text's Unicode scalars in an array, decoded from its UTF-8 in one pass: `Array(unicodeScalars)` goes
    /// through the generic sequence copy, a call per scalar, and every segment of an alignment is read this way.
    var scalarArray: [Unicode.Scalar] {
        if let scalars = utf8.withContiguousStorageIfAvailable(Self.decode) { return scalars }
        return Array(utf8).withUnsafeBufferPointer(Self.decode)
    }

    /// Decodes well-formed UTF-8 (what a Swift string holds).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var index = 0
            var written = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                switch lead {
                case 0..<0x80:
                    value = lead
                    index += 1
                case 0..<0xE0:
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                case 0..<0xF0:
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                default:
                    value =
                        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                written += 1
            }
            count = written
        }
    }
}
