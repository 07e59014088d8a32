import InclusionMap

/// A piece of HTML that is safe to put in the page.
///
/// Markup is built from string literals written in this module, which are taken as HTML, and
/// from interpolated values, which are escaped unless they are markup themselves:
///
/// ```swift
/// let row: Markup = "<td>\(actor.name)</td>"   // the name is escaped
/// ```
///
/// So a name read from a CSV file reaches the page only through ``escaped(_:)``: a name such
/// as `<script>…` shows as text and never runs.
struct Markup: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The HTML text.
    private(set) var html: String

    /// Markup for plain text: every character that means something in HTML is escaped.
    init(text: String) {
        html = Markup.escaped(text)
    }

    private init(trusted html: String) {
        self.html = html
    }

    /// The empty markup.
    static let empty = Markup(trusted: "")

    init(stringLiteral value: String) {
        html = value
    }

    init(stringInterpolation: Interpolation) {
        html = stringInterpolation.html
    }

    /// Joins pieces with `separator` between them.
    static func joined(_ pieces: [Markup], separator: Markup = .empty) -> Markup {
        Markup(trusted: pieces.map(\.html).joined(separator: separator.html))
    }

    static func + (lhs: Markup, rhs: Markup) -> Markup {
        Markup(trusted: lhs.html + rhs.html)
    }

    static func += (lhs: inout Markup, rhs: Markup) {
        lhs.html += rhs.html
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in
    /// element content and in quoted attribute values; characters XML 1.0 forbids, C1
    /// controls and bidirectional overrides are dropped (``XMLText/cleaned(_:)``), so the page
    /// stays well-formed and reads in the order it is written.
    static func escaped(_ text: String) -> String {
        XMLEscaping.escaped(XMLText.cleaned(text), in: .text, carriageReturns: .drop)
    }

    /// Builds markup from literal HTML and interpolated, escaped values.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var html = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            html.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            html += literal
        }

        /// Text: escaped.
        mutating func appendInterpolation(_ text: String) {
            html += Markup.escaped(text)
        }

        /// A number, written as Swift describes it.
        mutating func appendInterpolation(_ number: Int) {
            html += String(number)
        }

        /// Markup: inserted as it is.
        mutating func appendInterpolation(_ markup: Markup) {
            html += markup.html
        }
    }
}
