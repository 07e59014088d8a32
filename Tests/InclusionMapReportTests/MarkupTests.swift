import Testing
@testable import InclusionMapReport

@Suite struct MarkupTests {
    @Test func interpolatedTextIsEscapedAndLiteralsAreNot() {
        let name = "<b>\"Tom\" & 'Jerry'</b>"
        let markup: Markup = "<td>\(name)</td>"
        #expect(markup.html == "<td>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</td>")
    }

    @Test func markupInsideMarkupIsKept() {
        let inner: Markup = "<em>\("a<b")</em>"
        let outer: Markup = "<p>\(inner) \(3)</p>"
        #expect(outer.html == "<p><em>a&lt;b</em> 3</p>")
    }

    @Test func charactersXMLForbidsAndBidiOverridesAreDropped() {
        // U+0001 is not allowed in XML 1.0; U+202E would reverse the text that follows; U+0085
        // is a C1 control. Tab and line feed are kept.
        #expect(Markup(text: "a\u{1}b\tc\n").html == "ab\tc\n")
        #expect(Markup(text: "\u{202E}gnp.exe\u{85}").html == "gnp.exe")
    }

    @Test func inlineSVGDropsThePrologAndPrefixesIDs() {
        let svg = """
            <?xml version="1.0"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Title: x -->
            <svg width="200pt" height="100pt" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg">
            <g id="node1"><a xlink:href="#node1"><path fill="url(#grad)"/></a></g>
            </svg>
            """
        let html = InlineSVG(svg: svg, idPrefix: "m", label: "A & B").markup.html
        #expect(html == """
            <svg viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg" class="map" role="img" aria-label="A &amp; B" style="max-width: 200pt">
            <g id="m-node1"><a xlink:href="#m-node1"><path fill="url(#m-grad)"/></a></g>
            </svg>
            """)
    }
}
