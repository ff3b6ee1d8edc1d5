import Foundation

/// Runs the built `hexaglot` binary as a user would, from the checkout's root.
enum CommandRunner {
    typealias Result = ProcessResult

    /// The binary beside the test bundle (`swift test` builds it, as the test target depends on it).
    static var binary: URL {
        let beside = Bundle.main.bundleURL.appendingPathComponent("hexaglot")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Fixtures.root.appendingPathComponent(".build/debug/hexaglot")
    }

    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], timeout: TimeInterval = 300
    ) throws -> Result {
        try ProcessResult.run(
            binary.path, arguments, in: Fixtures.root, stdin: stdin, environment: environment, timeout: timeout)
    }
}

/// What a finished process printed and how it ended.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `executable` with `arguments`, feeding it `stdin` (or nothing), and collects its output. A process
    /// still running after `timeout` seconds is killed (SIGTERM), so a hang fails a test
    /// instead of stalling the run.
    static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
        environment: [String: String] = [:], replacingEnvironment: [String: String]? = nil, timeout: TimeInterval = 300
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let replacingEnvironment {
            process.environment = replacingEnvironment
        } else if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = Pipe()
        process.standardInput = input
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large report cannot fill a pipe and stall the child.
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        let stderrData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self)
        )
    }
}
