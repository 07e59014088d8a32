import Foundation

/// The check an archive passes before ZIPFoundation reads it: every offset its directory
/// gives lies inside the archive.
///
/// ZIPFoundation trusts the offsets in a zip file's directory, and reading one that points
/// past the end of an archive held in memory is a crash, not an error (found by fuzzing;
/// `Fuzz/Regressions/xlsx`). So the structure is walked here first, as ZIPFoundation will
/// walk it (APPNOTE.TXT 6.3.10 §4.3): the end-of-central-directory record, found from the
/// end; each central directory header; the local header each names, and the data after it.
/// Anything that points outside is refused with where it is. ZIP64 archives (needed only
/// above 4 GiB or 65,535 entries, which no workbook reaches) are refused too.
///
/// One backward scan for the end record and one pass over the directory: O(size).
enum ZIPLayout {
    /// Why `data` is not an archive whose directory stays inside it, or `nil` when it is.
    static func problem(in data: Data) -> String? {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ value: Int) -> Bool { at >= 0 && at + 4 <= count && u32(at) == value }

        let endSize = 22, directorySize = 46, localSize = 30
        // The end record: the last one, scanning back from the end, as ZIPFoundation does.
        guard count >= endSize,
              let end = stride(from: count - endSize, through: 0, by: -1).first(where: { signature($0, 0x0605_4B50) }) else {
            return "it has no end-of-central-directory record"
        }
        let entries = u16(end + 10), directoryLength = u32(end + 12), directoryOffset = u32(end + 16)
        if entries == 0xFFFF || directoryLength == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF || signature(end - 20, 0x0706_4B50) {
            return "it is a ZIP64 archive, which a workbook never needs; save it again from Excel"
        }
        guard directoryOffset + directoryLength <= end else {
            return "its central directory (bytes \(directoryOffset) to \(directoryOffset + directoryLength)) runs past the end record at byte \(end)"
        }
        var position = directoryOffset
        for entry in stride(from: 1, through: entries, by: 1) {
            guard position + directorySize <= end, signature(position, 0x0201_4B50) else {
                return "entry \(entry) of its central directory (byte \(position)) is not a directory header"
            }
            let flags = u16(position + 8), method = u16(position + 10)
            let compressed = u32(position + 20), uncompressed = u32(position + 24)
            let nameLength = u16(position + 28), extraLength = u16(position + 30), commentLength = u16(position + 32)
            let local = u32(position + 42)
            guard position + directorySize + nameLength + extraLength + commentLength <= end else {
                return "entry \(entry) of its central directory (byte \(position)) runs past the directory"
            }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF
                || hasZIP64Field(bytes, from: position + directorySize + nameLength, length: extraLength) {
                return "entry \(entry) is stored as ZIP64, which a workbook never needs; save it again from Excel"
            }
            guard local + localSize <= count, signature(local, 0x0403_4B50) else {
                return "entry \(entry) names a local header at byte \(local) that is not one"
            }
            let dataStart = local + localSize + u16(local + 26) + u16(local + 28)
            // ZIPFoundation reads `uncompressed` bytes of a stored entry, `compressed` of a
            // deflated one, and a data descriptor (flag bit 3) right after them.
            let dataEnd = dataStart + (method == 0 ? uncompressed : compressed)
            guard dataEnd + (flags & 0x8 != 0 ? 12 : 0) <= count else {
                return "entry \(entry) claims \(method == 0 ? uncompressed : compressed) bytes from byte \(dataStart), past the end of the file (\(count) bytes)"
            }
            position += directorySize + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// Whether the extra field at `from` holds a ZIP64 record (header id 0x0001).
    private static func hasZIP64Field(_ bytes: [UInt8], from start: Int, length: Int) -> Bool {
        var at = start
        while at + 4 <= start + length {
            let id = Int(bytes[at]) | Int(bytes[at + 1]) << 8
            let size = Int(bytes[at + 2]) | Int(bytes[at + 3]) << 8
            if id == 0x0001 { return true }
            at += 4 + size
        }
        return false
    }
}
