/// A Graphviz SVG made fit to sit inside the page.
///
/// The XML prolog, the DOCTYPE (which names a DTD on the web) and Graphviz's comments are
/// dropped; the fixed `width` and `height` give way to a width that follows the page, never
/// wider than the drawing itself; and every `id` (with the references to it) gets a prefix, so
/// several maps in one page do not share ids.
struct InlineSVG {
    /// The SVG text as Graphviz wrote it.
    var svg: String
    /// A prefix unique in the page, such as `map-whole`.
    var idPrefix: String
    /// What the picture shows, for screen readers.
    var label: String
    /// `nil` to fit the page's width (never wider than drawn); otherwise the drawing keeps its
    /// own size times this scale, and the frame around it scrolls.
    var scale: Double? = nil

    var markup: Markup {
        guard let start = svg.range(of: "<svg") else { return Markup(text: label) }
        var body = String(svg[start.lowerBound...])
        body = body.replacing(#/<!--.*?-->\n?/#.dotMatchesNewlines(), with: "")
        body = body.replacing(" id=\"", with: " id=\"\(idPrefix)-")
        body = body.replacing("url(#", with: "url(#\(idPrefix)-")
        body = body.replacing("href=\"#", with: "href=\"#\(idPrefix)-")
        guard let rootEnd = body.firstIndex(of: ">") else { return Markup(text: label) }
        var root = String(body[..<rootEnd])
        let width = root.firstMatch(of: #/ width="([0-9.]+)pt"/#).map { String($0.output.1) }
        root = root.replacing(#/\s(width|height)="[^"]*"/#, with: "")
        let size: String
        if let scale, let points = width.flatMap(Double.init) {
            size = " style=\"width: \(Int((points * scale).rounded()))pt\""
        } else {
            size = width.map { " style=\"max-width: \($0)pt\"" } ?? ""
        }
        let attributes = " class=\"map\" role=\"img\" aria-label=\"\(Markup.escaped(label))\"\(size)"
        // Everything in `body` came from Graphviz, which escapes the text it draws.
        let html = root + attributes + String(body[rootEnd...])
        return "\(trusted: html)"
    }
}

extension Markup.Interpolation {
    /// Markup from a source that escapes its own text, such as Graphviz's SVG renderer.
    mutating func appendInterpolation(trusted html: String) {
        appendLiteral(html)
    }
}
