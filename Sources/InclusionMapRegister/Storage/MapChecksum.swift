import Foundation
import InclusionMap

/// A checksum of every value of a map, saved with each revision and compared when the
/// revision is read back, so damage that SQLite's own checks cannot see (a changed byte inside
/// a name, an id or a weight, which leaves every page well-formed) is refused instead of read
/// as data.
///
/// FNV-1a over 64 bits (Fowler, Noll & Vo; IETF draft-eastlake-fnv) of each record's fields in
/// map order, each field preceded by a marker for absent, present or its length, so no two
/// different maps give the same stream of bytes. It guards against accident, not against
/// someone who edits the file on purpose and recomputes it.
///
/// - Complexity: O(size of the map's text), one multiply per byte.
struct MapChecksum {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The checksum of `map` as 16 hex digits.
    static func of(_ map: StakeholderMap) -> String {
        var sum = MapChecksum()
        sum.add(map.actors.count)
        for actor in map.actors {
            sum.add(actor.id); sum.add(actor.name); sum.add(actor.kind?.rawValue); sum.add(actor.department)
            sum.add(actor.organisation); sum.add(actor.sector); sum.add(actor.roles.joined(separator: "\u{1F}"))
            sum.add(actor.consent); sum.add(actor.responded); sum.add(actor.attributes)
        }
        sum.add(map.departments.count)
        for department in map.departments {
            sum.add(department.id); sum.add(department.name); sum.add(department.organisation); sum.add(department.parent)
            sum.add(department.attributes)
        }
        sum.add(map.engagements.count)
        for engagement in map.engagements {
            sum.add(engagement.id); sum.add(engagement.name); sum.add(engagement.date?.description); sum.add(engagement.kind)
            sum.add(engagement.attributes)
        }
        sum.add(map.attendance.count)
        for record in map.attendance {
            sum.add(record.engagement); sum.add(record.actor); sum.add(record.role); sum.add(record.attributes)
        }
        sum.add(map.ties.count)
        for tie in map.ties {
            sum.add(tie.source); sum.add(tie.target); sum.add(tie.relation); sum.add(UInt64(tie.weight.bitPattern))
            sum.add(tie.isDirected); sum.add(tie.wave); sum.add(tie.date?.description); sum.add(tie.provenance); sum.add(tie.attributes)
        }
        return String(sum.state, radix: 16).leftPadded(to: 16)
    }

    private mutating func byte(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    private mutating func add(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { byte(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    private mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    private mutating func add(_ text: String?) {
        guard let text else { byte(0); return }
        byte(1)
        add(text.utf8.count)
        for unit in text.utf8 { byte(unit) }
    }

    private mutating func add(_ flag: Bool?) { byte(flag.map { $0 ? 2 : 1 } ?? 0) }

    private mutating func add(_ attributes: [String: String]) {
        add(attributes.count)
        for key in attributes.keys.sorted() {
            add(key)
            add(attributes[key])
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
