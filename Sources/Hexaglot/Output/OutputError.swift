/// Output that could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var destination: String
    public var reason: String

    public init(destination: String, reason: String) {
        self.destination = destination
        self.reason = reason
    }

    public var description: String { "\(destination): cannot write: \(reason)" }
}
