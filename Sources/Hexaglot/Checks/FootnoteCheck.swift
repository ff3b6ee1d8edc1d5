/// Matches footnote calls with footnote bodies. A number may be called more than once (`<sup>2</sup>` cited
/// twice is usual); it needs one body. Reports calls without a body, bodies without a call, bodies given
/// twice, and calls or bodies out of numerical order.
public struct FootnoteCheck: DocumentCheck {
    static let callWithoutBody = Rule(
        "footnote.call-without-body", .error, "A footnote is called but its body is missing.")
    static let bodyWithoutCall = Rule("footnote.body-without-call", .error, "A footnote body has no call in the text.")
    static let outOfOrder = Rule(
        "footnote.out-of-order", .warning, "Footnotes are first called, or their bodies given, out of numerical order.")
    static let duplicateBody = Rule("footnote.duplicate-body", .error, "Two footnote bodies carry the same number.")

    public static let rules = [callWithoutBody, bodyWithoutCall, outOfOrder, duplicateBody]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        var findings: [Finding] = []
        var firstCall: [Int: SourceLocation] = [:]
        var highestCalled = 0
        var bodies: [Int: SourceLocation] = [:]
        var highestBody = 0
        for block in document.blocks {
            for call in block.calls where firstCall[call.number] == nil {
                firstCall[call.number] = call.location
                if call.number < highestCalled {
                    findings.append(
                        Self.outOfOrder.finding(
                            in: document, at: call.location,
                            "footnote \(call.number) is first called after footnote \(highestCalled)",
                            expected: String(highestCalled + 1), found: String(call.number)))
                }
                highestCalled = max(highestCalled, call.number)
            }
            guard block.kind == .footnoteBody, let number = block.footnoteNumber else { continue }
            if let earlier = bodies[number] {
                findings.append(
                    Self.duplicateBody.finding(
                        in: document, at: block.location,
                        "a second body for footnote \(number); the first is at line \(earlier.line)",
                        found: String(number)))
                continue
            }
            bodies[number] = block.location
            if number < highestBody {
                findings.append(
                    Self.outOfOrder.finding(
                        in: document, at: block.location,
                        "the body of footnote \(number) comes after that of footnote \(highestBody)",
                        found: String(number)))
            }
            highestBody = max(highestBody, number)
        }
        for (number, location) in firstCall where bodies[number] == nil {
            findings.append(
                Self.callWithoutBody.finding(
                    in: document, at: location, "footnote \(number) is called but has no body",
                    expected: "a body for footnote \(number)"))
        }
        for (number, location) in bodies where firstCall[number] == nil {
            findings.append(
                Self.bodyWithoutCall.finding(
                    in: document, at: location, "footnote \(number) has a body but is never called",
                    expected: "a call of footnote \(number)"))
        }
        return findings
    }
}
