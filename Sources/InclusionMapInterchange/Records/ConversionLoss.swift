import Foundation
import InclusionMap

/// What a format could not hold when a map was written to it, or what a file held that the
/// map cannot: each thing named once, with how many.
///
/// A writer never drops anything silently: every record, field or value it leaves out is
/// counted here, and `convert` prints the list.
public struct ConversionLoss: Hashable, Sendable, CustomStringConvertible {
    /// What was left out, in words: "engagements", "a second relation (advice) in Pajek".
    public var what: String
    /// How many.
    public var count: Int

    /// A loss of `count` things.
    public init(_ what: String, count: Int) {
        self.what = what
        self.count = count
    }

    /// "3 engagements".
    public var description: String { "\(count) \(what)" }
}

/// A map written in another format: the bytes and what they could not hold.
public struct ConvertedMap: Sendable {
    /// The file's bytes.
    public var data: Data
    /// What the format could not hold, each named once; empty when nothing was lost.
    public var losses: [ConversionLoss]

    /// A converted map.
    public init(data: Data, losses: [ConversionLoss]) {
        self.data = data
        self.losses = losses
    }
}

/// Counts losses by name while a writer works, and lists them in the order first met.
package struct LossTally: Sendable {
    private var order: [String] = []
    private var counts: [String: Int] = [:]

    /// An empty tally.
    package init() {}

    /// Counts `count` more of `what` (nothing when `count` is 0).
    package mutating func add(_ what: String, count: Int = 1) {
        guard count > 0 else { return }
        if counts[what] == nil { order.append(what) }
        counts[what, default: 0] += count
    }

    /// The records a graph format cannot hold: departments, engagements and attendance.
    package mutating func addRecordsOutsideAGraph(of map: StakeholderMap, format: String) {
        add("departments (departments.csv: names, organisations and nesting) that \(format) cannot hold", count: map.departments.count)
        add("engagements that \(format) cannot hold", count: map.engagements.count)
        add("attendance records that \(format) cannot hold", count: map.attendance.count)
    }

    /// Every actor field but the id, and every tie field but ends, relation, weight and
    /// direction: what ids-only formats (Pajek, matrices, UCINET DL) cannot hold.
    package mutating func addActorFields(of map: StakeholderMap, format: String) {
        add("actor names (\(format) holds ids only)", count: map.actors.count { $0.name != nil && $0.name != $0.id })
        for field in Actor.knownFields where field != "name" {
            add("actor \(field) values", count: map.actors.count { $0.datasetValue(ofColumn: field) != nil })
        }
        add("actor free-attribute values", count: map.actors.reduce(0) { $0 + $1.attributes.values.count { !$0.isEmpty } })
        for field in ["wave", "date", "source_of_evidence"] {
            add("tie \(field) values", count: map.ties.count { $0.datasetValue(ofColumn: field) != nil })
        }
        add("tie free-attribute values", count: map.ties.reduce(0) { $0 + $1.attributes.values.count { !$0.isEmpty } })
    }

    /// The losses, in the order first met.
    package var losses: [ConversionLoss] { order.map { ConversionLoss($0, count: counts[$0]!) } }
}
