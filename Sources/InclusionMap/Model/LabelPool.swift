/// Strings that many records repeat (actor ids at tie ends, relation names, waves), each kept
/// once and numbered from 0 in order of first appearance.
///
/// The table from string to number is built only when a string is added by value
/// (``number(for:)``), so a pool handed its labels whole (a dataset folder's actor ids) costs
/// one array until then. Labels are never removed: a number, once given, stays valid.
struct LabelPool: Sendable {
    /// Every label, at its number.
    private(set) var labels: [String]
    /// Label → number; `nil` until a label is added by value.
    private var numbers: [String: Int32]?

    /// An empty pool.
    init() {
        labels = []
        numbers = [:]
    }

    /// A pool of `labels`, numbered in order; repeats keep their first number when looked up.
    init(labels: [String]) {
        self.labels = labels
        numbers = nil
    }

    /// Number of labels.
    var count: Int { labels.count }

    /// The label numbered `number`.
    subscript(number: Int32) -> String { labels[Int(number)] }

    /// The number of `label`, adding it when new. O(1) on average; the first call on a pool
    /// made from a whole list builds its table, O(count).
    mutating func number(for label: String) -> Int32 {
        if numbers == nil {
            var table: [String: Int32] = [:]
            table.reserveCapacity(labels.count)
            for (number, known) in labels.enumerated() where table[known] == nil { table[known] = Int32(number) }
            numbers = table
        }
        if let known = numbers![label] { return known }
        let number = Int32(labels.count)
        labels.append(label)
        numbers![label] = number
        return number
    }
}
