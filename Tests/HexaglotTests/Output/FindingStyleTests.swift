import Foundation
import Testing

@testable import Hexaglot

/// Severities are coloured on a terminal only: never in a pipe, never with `NO_COLOR` or a `dumb` terminal.
@Suite struct FindingStyleTests {
    @Test func coloursSeveritiesOnlyWhenAsked() {
        let colored = FindingStyle(colored: true)
        #expect(colored.label(.error) == "\u{1B}[1;31merror\u{1B}[0m")
        #expect(colored.label(.warning) == "\u{1B}[1;35mwarning\u{1B}[0m")
        #expect(colored.label(.info) == "\u{1B}[1;36minfo\u{1B}[0m")
        #expect(FindingStyle.plain.label(.error) == "error")
        // The tests' standard output is a pipe.
        #expect(!FindingStyle.forTerminal(descriptor: 1, environment: [:]).colored)
    }

    /// On a terminal (a pseudo-terminal opened here): coloured, unless `NO_COLOR` is set or `TERM` is `dumb`.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/ptmx"), "no /dev/ptmx: no pseudo-terminal"))
    func coloursOnATerminalUnlessToldNot() throws {
        // Linux's pseudo-terminal multiplexer: unlock the pair (TIOCSPTLCK), ask its number (TIOCGPTN), open
        // the terminal end. (Glibc's posix_openpt and ptsname are not visible to Swift.)
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        try #require(ioctl(master, 0x4004_5431, &unlock) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
        let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        try #require(terminal >= 0)
        defer { close(terminal) }
        #expect(FindingStyle.forTerminal(descriptor: terminal, environment: ["TERM": "xterm"]).colored)
        #expect(
            !FindingStyle.forTerminal(descriptor: terminal, environment: ["TERM": "xterm", "NO_COLOR": "1"]).colored)
        #expect(FindingStyle.forTerminal(descriptor: terminal, environment: ["NO_COLOR": ""]).colored)
        #expect(!FindingStyle.forTerminal(descriptor: terminal, environment: ["TERM": "dumb"]).colored)
        let piped = try CommandRunner.run(["check", Fixtures.sample], environment: ["TERM": "xterm"])
        #expect(!piped.stdout.contains("\u{1B}["))
    }
}
