import Foundation

/// Actor ids looked up by their UTF-8 bytes, straight from a file's buffer: what a tie's end
/// is resolved with while ties.csv is read, with no `String` made for the field.
///
/// Open addressing with linear probing over a power-of-two table at most half full, keyed by
/// FNV-1a of the bytes; the ids' bytes are kept end to end in one array. Built once, O(total
/// id bytes); a look-up is O(length of the id) on average, and the table is read-only after
/// it is built, so every core can look up at once. An id listed twice answers with its first
/// position, as the map's own table does. About 13 bytes per actor beyond the ids' bytes.
struct ActorIDTable: Sendable {
    private var bytes: [UInt8] = []
    /// Where each id's bytes start in ``bytes``; one more entry marks the end of the last.
    private var starts: [Int] = [0]
    /// For each slot, the position of the id there, or −1 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// A table of `ids`, each answering with its position in the list.
    init(_ ids: [String]) {
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        bytes.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count })
        starts.reserveCapacity(ids.count + 1)
        for (position, id) in ids.enumerated() {
            bytes.append(contentsOf: id.utf8)
            starts.append(bytes.count)
            insert(position)
        }
    }

    /// Puts the id at `position` (its bytes already in ``bytes``) in its slot, unless an
    /// earlier position holds the same id.
    private mutating func insert(_ position: Int) {
        let start = starts[position], end = starts[position + 1]
        let (found, hash) = bytes.withUnsafeBufferPointer { all in
            let key = UnsafeBufferPointer(rebasing: all[start..<end])
            return (self.position(of: key), Self.hash(key))
        }
        guard found == nil else { return }
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position)
    }

    /// The position of `id`, or `nil`.
    func position(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { position(of: $0) }
    }

    /// The position of the id whose UTF-8 bytes are `key`, or `nil`.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            starts.withUnsafeBufferPointer { starts in
                slots.withUnsafeBufferPointer { slots in
                    var slot = Self.hash(key) & mask
                    while true {
                        let position = Int(slots[slot])
                        if position < 0 { return nil }
                        let start = starts[position], length = starts[position + 1] - start
                        if length == key.count,
                           length == 0 || memcmp(all.baseAddress! + start, key.baseAddress!, length) == 0 {
                            return position
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
