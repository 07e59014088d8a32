/// A small bar chart drawn as inline SVG: one bar per category, the count above it.
struct BarChart {
    /// One bar.
    struct Bar {
        var label: String
        var value: Int
        /// A class from the stylesheet that colours the bar (`bar-never`, `bar-usual`, …).
        var style: String
    }

    var bars: [Bar]
    /// What the bars stand for, under the axis.
    var axisTitle: String
    /// What the chart shows, for screen readers.
    var summary: String

    var markup: Markup {
        let width = 640.0, height = 240.0
        let left = 36.0, right = 8.0, top = 22.0, bottom = 44.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let largest = max(1, bars.map(\.value).max() ?? 1)
        let slot = plotWidth / Double(max(bars.count, 1))
        let barWidth = slot * 0.72
        var shapes: [Markup] = []
        for (i, bar) in bars.enumerated() {
            let h = plotHeight * Double(bar.value) / Double(largest)
            let x = left + slot * Double(i) + (slot - barWidth) / 2
            let y = top + plotHeight - h
            shapes.append("<rect class=\"\(bar.style)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(barWidth))\" height=\"\(Self.number(h))\"><title>\(bar.label): \(bar.value)</title></rect>")
            shapes.append("<text class=\"count\" x=\"\(Self.number(x + barWidth / 2))\" y=\"\(Self.number(y - 5))\">\(bar.value)</text>")
            shapes.append("<text class=\"tick\" x=\"\(Self.number(x + barWidth / 2))\" y=\"\(Self.number(top + plotHeight + 16))\">\(bar.label)</text>")
        }
        let axisY = Self.number(top + plotHeight)
        return """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(summary)">
            <line class="axis" x1="\(Self.number(left))" y1="\(axisY)" x2="\(Self.number(width - right))" y2="\(axisY)"/>
            \(Markup.joined(shapes, separator: "\n"))
            <text class="axis-title" x="\(Self.number(left + plotWidth / 2))" y="\(Int(height - 8))">\(axisTitle)</text>
            </svg>

            """
    }

    /// A coordinate with at most one decimal.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
