/// An error of Hexaglot's own: input that cannot be read, data that cannot be used, output that cannot be
/// written. Its `description` is the one line a command prints (`hexaglot: error: <description>`, exit 2): it
/// names the file, option or place and the problem, and never quotes the input.
public protocol HexaglotError: Error, Sendable, CustomStringConvertible {}

extension LanguageDataError: HexaglotError {}
extension AlignmentError: HexaglotError {}
extension XMLReadError: HexaglotError {}
extension ReadError: HexaglotError {}
extension DocxError: HexaglotError {}
extension ICUError: HexaglotError {}
extension RuleSettingsError: HexaglotError {}
extension OutputError: HexaglotError {}
