/// Fill colours that colour-blind readers can tell apart and that black text reads on:
/// Paul Tol's "light" scheme (Tol 2021, *Colour Schemes*, SRON/EPS/TN/09-002), nine colours.
/// Values past the ninth reuse colours in order; the legend then says so, and shape or the
/// group boxes tell them apart.
public enum Palette {
    /// The nine colours, in the order they are given out.
    public static let colours = [
        "#77AADD", "#EE8866", "#EEDD88", "#44BB99", "#FFAABB",
        "#99DDFF", "#BBCC33", "#AAAA00", "#DDDDDD",
    ]
    /// The fill of actors with no value in the colour column.
    public static let noValue = "#FFFFFF"
    /// The outline of highlighted actors (Tol "vibrant" red).
    public static let highlight = "#CC3311"
    /// Ties inside a group.
    public static let insideTie = "#B8B8B8"
    /// Ties between groups.
    public static let betweenTie = "#33415C"
    /// A negative tie (a signed network's dislike or distrust), drawn dashed: brick red.
    public static let negativeTie = "#B2413A"

    /// A colour for each value, the most common values first (ties by name), so the
    /// commonest values get distinct colours.
    static func assign(counts: [String: Int]) -> [(value: String, colour: String)] {
        counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
            .enumerated().map { ($0.element, colours[$0.offset % colours.count]) }
    }
}
