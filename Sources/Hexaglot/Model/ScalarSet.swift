/// A set of Unicode scalars with constant-time membership for the Basic Multilingual Plane: a 64 Kbit bitmap,
/// and a hash set for the rest. Checks that look at every character of a document ask it millions of times.
public struct ScalarSet: Sendable, Hashable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    public init() {}

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { insert(scalar.value) }
    }

    public mutating func insert(_ value: UInt32) {
        if value < 0x1_0000 {
            bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
        } else {
            astral.insert(value)
        }
    }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1_0000 { return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return astral.contains(value)
    }
}
