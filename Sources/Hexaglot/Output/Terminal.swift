import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How wide the side-by-side output should be: the terminal's own width when standard output is one (shells do not
/// export `$COLUMNS` to programs), else `$COLUMNS`, else `fallback`.
public enum TerminalWidth {
    public static func current(environment: [String: String], fallback: Int = 120) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return fallback
    }
}

/// Whether findings are coloured by severity: on a terminal, unless `NO_COLOR` is set (no-color.org) or the
/// terminal is `dumb`; never in a pipe or a file.
public struct FindingStyle: Sendable, Equatable {
    public var colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    /// No escape codes: what pipes, files and tests get.
    public static let plain = FindingStyle(colored: false)

    /// The style for output written to `descriptor` (1 standard output, 2 standard error).
    public static func forTerminal(descriptor: Int32, environment: [String: String]) -> FindingStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return FindingStyle(colored: isatty(descriptor) == 1 && !noColor && environment["TERM"] != "dumb")
    }

    /// The style for standard output, from this process's environment.
    public static var standardOutput: FindingStyle {
        forTerminal(descriptor: 1, environment: ProcessInfo.processInfo.environment)
    }

    /// The style for standard error, from this process's environment.
    public static var standardError: FindingStyle {
        forTerminal(descriptor: 2, environment: ProcessInfo.processInfo.environment)
    }

    /// `severity` as findings print it: bold red errors, bold magenta warnings, bold cyan infos when coloured
    /// (as compilers print them).
    public func label(_ severity: Finding.Severity) -> String {
        guard colored else { return severity.rawValue }
        let code =
            switch severity {
            case .error: "31"
            case .warning: "35"
            case .info: "36"
            }
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
