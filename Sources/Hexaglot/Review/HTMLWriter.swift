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
        output.reserveCapacity(output.utf8.count + value.utf8.count)
        for character in value {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.append(character)
            }
        }
    }

    mutating func attribute(_ value: String) {
        for character in value {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
    }
}
