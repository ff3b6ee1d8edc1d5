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
