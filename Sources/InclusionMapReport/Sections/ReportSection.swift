/// One numbered section of the report page.
protocol ReportSection {
    /// The section's element id, the target of the contents links.
    var anchor: String { get }
    /// The heading.
    var title: String { get }
    /// The section's content below its heading.
    func body(maps: RenderedMaps) -> Markup
    /// The tables the section shows, as CSV files.
    var tables: [CSVTable] { get }
}

extension ReportSection {
    var tables: [CSVTable] { [] }
}
