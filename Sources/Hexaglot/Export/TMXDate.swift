import Foundation

/// TMX dates, `YYYYMMDDThhmmssZ` in UTC (TMX 1.4b: ISO 8601 basic format), written and checked with
/// Foundation's ISO 8601 formatter.
struct TMXDateFormat: @unchecked Sendable {
    /// One formatter for the process: ISO8601DateFormatter is safe to share once configured, and costly to make.
    static let shared = TMXDateFormat()

    private let formatter: ISO8601DateFormatter

    init() {
        formatter = ISO8601DateFormatter()
        // Basic format: no dashes in the date, no colons in the time.
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
        formatter.timeZone = TimeZone(identifier: "UTC")
    }

    /// `20181024T093000Z`.
    func string(from date: Date) -> String { formatter.string(from: date) }

    /// Whether `text` is a TMX date that exists: read, written back, and the same text again (`20181324T…`
    /// or `20180230T…` would come back different, if the formatter accepted them at all).
    func isValid(_ text: String) -> Bool {
        guard text.utf8.count == 16, let date = formatter.date(from: text) else { return false }
        return formatter.string(from: date) == text
    }
}
