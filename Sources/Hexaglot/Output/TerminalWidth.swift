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
