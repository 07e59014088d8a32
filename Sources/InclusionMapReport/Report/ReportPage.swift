import InclusionMap

/// The report as one HTML page: a header, the key findings, the contents and seven sections
/// (eight when an earlier wave is compared: what changed comes first).
///
/// The page is self-contained: styles inline, maps as inline SVG, no script, and a content
/// security policy that forbids loading anything, so it opens the same from a USB stick and
/// cannot fetch from or report to the network. It is also well-formed XML, so any XML
/// parser can check it.
struct ReportPage {
    let report: InclusionReport
    let sections: [any ReportSection]

    init(report: InclusionReport, maps: [ReportMap]) {
        self.report = report
        var changes: [any ReportSection] = []
        if let comparison = report.comparison, let earlier = report.earlier {
            changes.append(ChangesSection(report: report, comparison: comparison, earlier: earlier))
        }
        sections = changes + [
            MappedSection(report: report),
            SilosSection(report: report, maps: maps),
            WholeMapSection(report: report, maps: maps),
            BrokersSection(report: report, maps: maps),
            UsualSuspectsSection(report: report),
            PanelSection(report: report),
            MethodSection(report: report),
        ]
    }

    func html(maps: RenderedMaps) -> String {
        let s = report.summary
        var subtitle = "\(report.source.path ?? "The bundled demo map"): \(Wording.count(s.actors, "actor")), \(Wording.count(s.ties, "tie")), \(Wording.count(s.engagements, "engagement"))"
        subtitle += report.pseudonymises ? " · names replaced by codes" : ""
        let contents = Markup.joined(sections.enumerated().map { "<li><a href=\"#\($0.element.anchor)\">\($0.element.title)</a></li>" })
        let body = Markup.joined(sections.enumerated().map { place, section in
            "<section id=\"\(section.anchor)\">\n<h2><span class=\"number\">\(place + 1)</span> \(section.title)</h2>\n\(section.body(maps: maps))</section>\n"
        })
        let page: Markup = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
            <meta name="generator" content="InclusionMap \(InclusionMapVersion.current)"/>
            <title>\(report.title)</title>
            <style>
            \(Stylesheet.css)</style>
            </head>
            <body>
            <header>
            <h1>\(report.title)</h1>
            <p class="subtitle">\(subtitle)</p>
            <nav aria-label="Contents"><ol>\(contents)</ol></nav>
            </header>
            <main>
            \(KeyFindings(report: report).markup)\(body)</main>
            <footer><p>Made with InclusionMap \(InclusionMapVersion.current). Measures, formulas and references are in <a href="#method">Method</a>; the maps and tables are also in the maps and tables folders beside this page.</p></footer>
            </body>
            </html>

            """
        return page.html
    }
}
