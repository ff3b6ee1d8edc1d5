/// Builds an HTML page as text: raw markup, and text and attribute values escaped (`&`, `<`, `>`, `"`).
struct HTMLWriter {
    private(set) var output = ""

    mutating func head(title: String, style: String) {
        raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing is fetched: the page works offline from disk.
        raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
        raw("script-src 'unsafe-inline'\">\n<title>")
        text(title)
        raw("</title>\n<style>\(style)</style>\n</head>\n")
    }

    mutating func raw(_ markup: String) {
        output += markup
    }

    mutating func text(_ value: String) {
        escaped(value, quote: false)
    }

    mutating func attribute(_ value: String) {
        escaped(value, quote: true)
    }

    /// Appends `value` with `&`, `<`, `>` (and `"` in an attribute) escaped: runs without them go in whole, as
    /// the page holds every sentence of every version.
    private mutating func escaped(_ value: String, quote: Bool) {
        let utf8 = value.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let replacement: String? =
                switch utf8[index] {
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "\"") where quote: "&quot;"
                default: nil
                }
            if let replacement {
                output += value[start..<index]
                output += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += value[start..<utf8.endIndex]
    }
}
