import Hexaglot

// Check one document for numbering, footnote and text faults, as `hexaglot check` does.
let catalog = try LanguageCatalog.standard()
let document = try DocumentLoader(catalog: catalog).load("samples/A-C.1-73-L.27.zh.md")
for finding in Checker(catalog: catalog).check(document) where finding.severity == .error {
    print(finding.line, finding.rule, finding.expected ?? "")
}
