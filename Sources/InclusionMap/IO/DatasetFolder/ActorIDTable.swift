import Foundation

/// Actor ids looked up by their UTF-8 bytes, straight from a file's buffer: what a tie's end
/// is resolved with while ties.csv is read, with no `String` made for the field.
///
/// Open addressing with linear probing over a power-of-two table at most half full. Each slot
/// holds the id itself when it has at most 8 bytes (most ids do), otherwise where its bytes
/// start, with the id's position and a tag (24 bits of the hash and the length): a probe that
/// is not a match is told apart without reading the id, and a short id is matched in its slot,
/// so a look-up touches one place in memory, which is what a table of a million ids costs in
/// cache misses. Longer ids' bytes are kept end to end in one array. Built once, O(total id bytes); a look-up is O(length of the id) on average, and the
/// table is read-only after it is built, so every core can look up at once. An id listed
/// twice answers with its first position, as the map's own table does. 32 to 64 bytes of slots
/// per actor (16 a slot, the table between a quarter and half full), 8 for where its bytes start.
struct ActorIDTable: Sendable {
    private struct Slot: Sendable {
        /// The id's bytes, zero-padded, when it has at most 8; otherwise where they start in
        /// ``bytes``.
        var word: UInt64
        /// The id's position, or −1 for an empty slot.
        var position: Int32
        /// 24 bits of the hash above the length (up to 255; 255 for longer ids).
        var tag: UInt32
    }

    private var bytes: [UInt8] = []
    /// Where each id's bytes start in ``bytes``; one more entry marks the end of the last.
    private var starts: [Int] = [0]
    private var slots: [Slot]
    private let shift: Int

    /// A table of `ids`, each answering with its position in the list.
    init(_ ids: [String]) {
        var bits = 4
        while 1 << bits < ids.count * 2 { bits += 1 }
        slots = [Slot](repeating: Slot(word: 0, position: -1, tag: 0), count: 1 << bits)
        shift = 64 - bits
        bytes.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count })
        starts.reserveCapacity(ids.count + 1)
        for id in ids {
            bytes.append(contentsOf: id.utf8)
            starts.append(bytes.count)
        }
        // Every key first, then the inserts in a loop of their own, so the processor can wait
        // for several slots at once.
        let keys = bytes.withUnsafeBufferPointer { all in
            ids.indices.map { Self.key(UnsafeBufferPointer(rebasing: all[starts[$0]..<starts[$0 + 1]]), in: all) }
        }
        for (position, key) in keys.enumerated() { insert(position, key: key) }
    }

    /// Puts the id at `position` (its bytes already in ``bytes``) in its slot, unless an
    /// earlier position holds the same id.
    private mutating func insert(_ position: Int, key: Key) {
        // One probe sequence: it meets the same id before any empty slot, or none.
        let slot = bytes.withUnsafeBufferPointer { all in freeSlot(for: key, in: all) }
        guard let slot else { return }
        slots[slot] = Slot(word: key.count <= 8 ? key.word : UInt64(key.start), position: Int32(position), tag: key.tag)
    }

    /// The empty slot `key` goes in, or `nil` when its id is already there.
    private func freeSlot(for key: Key, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> UInt64(shift))
        while true {
            let entry = slots[slot]
            if entry.position < 0 { return slot }
            if entry.tag == key.tag, key.count <= 8 ? entry.word == key.word : longID(entry, matches: key, in: buffer) {
                return nil
            }
            slot = (slot + 1) & mask
        }
    }

    /// The position of `id`, or `nil`.
    func position(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { position(of: $0) }
    }

    /// The position of the id whose UTF-8 bytes are `key`, or `nil`.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let position = position(of: Self.key(key, in: key), in: key)
        return position < 0 ? nil : Int(position)
    }

    /// An id's bytes made ready to be looked up: its hash and tag, and the bytes themselves
    /// when there are at most 8, otherwise where they are in the buffer they were read from.
    /// Keys made first and looked up together in a tight loop let the processor wait for
    /// many slots at once.
    struct Key: Sendable {
        fileprivate var hash: UInt64
        fileprivate var tag: UInt32
        fileprivate var word: UInt64
        fileprivate var start: Int
        fileprivate var count: Int
    }

    /// The key of the bytes `id`, which lie in `buffer`.
    static func key(_ id: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>) -> Key {
        let hash = Self.hash(id)
        return Key(
            hash: hash, tag: tag(hash, length: id.count), word: id.count <= 8 ? word(id) : 0,
            start: id.isEmpty ? 0 : id.baseAddress! - buffer.baseAddress!, count: id.count)
    }

    /// The position of the id of `key`, made from bytes in `buffer`, or −1.
    func position(of key: Key, in buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.hash >> UInt64(shift))
            while true {
                let entry = slots[slot]
                if entry.position < 0 { return -1 }
                if entry.tag == key.tag, key.count <= 8 ? entry.word == key.word : longID(entry, matches: key, in: buffer) {
                    return entry.position
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the id of more than 8 bytes in `entry` is the one of `key`.
    private func longID(_ entry: Slot, matches key: Key, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let position = Int(entry.position)
        guard key.count < 255 || starts[position + 1] - starts[position] == key.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            memcmp(all.baseAddress! + Int(entry.word), buffer.baseAddress! + key.start, key.count) == 0
        }
    }

    /// FNV-1a over the bytes, then a multiplicative mix so the top bits (the slot) and the
    /// bits below them (the tag) depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The bytes of a key of at most 8 bytes as one word, zero-padded.
    private static func word(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for (index, byte) in key.enumerated() { word |= UInt64(byte) << (8 * UInt64(index)) }
        return word
    }

    private static func tag(_ hash: UInt64, length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 8) & 0xFFFF_FF00 | UInt32(min(length, 255))
    }
}
