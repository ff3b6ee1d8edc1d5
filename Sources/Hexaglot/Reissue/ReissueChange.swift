/// One difference between an original and its reissue.
public struct ReissueChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case added, removed, moved, renumbered
        case textChanged = "text-changed"
        case footnoteAdded = "footnote-added"
        case footnoteRemoved = "footnote-removed"
        case footnoteChanged = "footnote-changed"
        case footnoteCallAdded = "footnote-call-added"
        case footnoteCallRemoved = "footnote-call-removed"
        case footnoteCallMoved = "footnote-call-moved"
        case noteAdded = "reissue-note-added"
        case noteRemoved = "reissue-note-removed"
        case noteChanged = "reissue-note-changed"
        /// The `*` added to the document symbol.
        case symbolMarked = "symbol-marked"

        /// What a reissue may be announced to change (`--expect-only numbering`).
        public var category: Category {
            switch self {
            case .added, .removed, .moved: .clauses
            case .renumbered: .numbering
            case .textChanged: .text
            case .footnoteAdded, .footnoteRemoved, .footnoteChanged, .footnoteCallAdded, .footnoteCallRemoved,
                .footnoteCallMoved:
                .footnotes
            case .noteAdded, .noteRemoved, .noteChanged, .symbolMarked: .note
            }
        }
    }

    /// Kinds of change, as `--expect-only` names them. The reissue note itself is always expected.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case numbering, footnotes, text, clauses, note
    }

    public var kind: Kind
    /// The clause (`1/(i)`, `pp3`, `fn4`) in the reissue, else in the original.
    public var clause: String
    public var original: Finding.Place?
    public var reissue: Finding.Place?
    /// What the original had and what the reissue has (markers, footnote numbers, whole text of added or
    /// removed clauses).
    public var before: String?
    public var after: String?
    /// For changed text, `…[-old-]{+new+}…` word by word (character by character in Chinese).
    public var diff: String?
    /// One line saying what changed.
    public var summary: String
}
