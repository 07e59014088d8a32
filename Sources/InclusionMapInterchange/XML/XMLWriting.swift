import InclusionMap

/// Text for the XML files the interchange writers produce (GraphML, GEXF).
///
/// Every value is escaped for where it stands: `&`, `<`, `>`, `"` and `'` as entities (so
/// markup, and `]]>`, in a name can never end an element or an attribute), and in attribute
/// values line feeds, carriage returns and tabs as character references, which XML would
/// otherwise turn into spaces. Characters XML 1.0 cannot hold at all (C0 controls but tab,
/// line feed and carriage return; U+FFFE, U+FFFF) are dropped, and ``dropped`` counts the
/// values that lost one, for the loss report.
struct XMLWriting {
    /// The output so far.
    private(set) var text = ""
    /// How many values lost a character XML cannot hold.
    private(set) var dropped = 0

    init() {
        text.reserveCapacity(1 << 16)
    }

    mutating func raw(_ markup: String) { text += markup }

    /// An attribute value between double quotes.
    mutating func attribute(_ value: String) {
        append(value, inAttribute: true)
    }

    /// Element text.
    mutating func content(_ value: String) {
        append(value, inAttribute: false)
    }

    private mutating func append(_ value: String, inAttribute: Bool) {
        // Characters XML forbids are counted as lost; the rest goes through the one escaper.
        func forbidden(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
        var kept = value
        if value.unicodeScalars.contains(where: forbidden) {
            dropped += 1
            kept = String(String.UnicodeScalarView(value.unicodeScalars.filter { !forbidden($0) }))
        }
        text += XMLEscaping.escaped(kept, in: inAttribute ? .attribute : .text, carriageReturns: .keep)
    }
}
