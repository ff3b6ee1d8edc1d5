/// A language file that cannot be used, with the file and what is wrong in it.
public struct LanguageDataError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
}
