import Foundation

/// The character encoding of a file in a legacy text format (Pajek, UCINET DL), chosen with
/// `--encoding` on the command line.
///
/// UTF-8 is the default and the only encoding assumed: bytes that are not UTF-8 are refused
/// with their line and column, never replaced by U+FFFD (a Pajek file written on Windows in
/// Windows-1252 came out as `G�del, Kurt` without a word). A UTF-8 byte-order mark at the
/// start is skipped; a UTF-16 one (`FF FE` little-endian, `FE FF` big-endian: Excel's and
/// Windows Notepad's "Unicode" text) is read as UTF-16, its unpaired surrogates refused with
/// their line. Windows-1252 and ISO-8859-1 are read when named, byte for character.
public enum TextEncoding: String, CaseIterable, Hashable, Sendable {
    /// UTF-8 (RFC 3629), with or without a byte-order mark.
    case utf8 = "utf-8"
    /// Windows-1252, the "ANSI" code page of Western European Windows (Pajek's own editor,
    /// UCINET and Excel save in it there).
    case windows1252 = "windows-1252"
    /// ISO-8859-1 (Latin-1).
    case latin1 = "iso-8859-1"

    /// `data` as text in this encoding.
    ///
    /// - Throws: ``DatasetError`` naming `fileName`, the line and the column (in bytes, from
    ///   1) of the first byte that is not UTF-8, when the encoding is ``utf8``.
    public func decode(_ data: Data, fileName: String) throws(DatasetError) -> String {
        switch self {
        case .utf8:
            if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
                return try Self.utf16(data, fileName: fileName)
            }
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            let body = data.starts(with: bom) ? data.dropFirst(3) : data[...]
            if let text = String(validating: body, as: UTF8.self) { return text }
            let (line, column, byte) = Self.firstInvalidByte(in: body)
            throw DatasetError(issues: [DatasetIssue(
                file: fileName, line: line, column: column,
                message: String(format: "the byte 0x%02X is not UTF-8; the file is in another encoding (one written on Windows is often Windows-1252): read it with --encoding windows-1252 (or iso-8859-1), or save it as UTF-8", byte))])
        case .windows1252:
            // Foundation maps the five bytes Windows-1252 leaves undefined to nothing; none
            // of them is text, so refusing them is what UTF-8 would do.
            guard let text = String(data: data, encoding: .windowsCP1252) else {
                throw DatasetError(issues: [DatasetIssue(file: fileName, message: "not Windows-1252 text (a byte it leaves undefined: 0x81, 0x8D, 0x8F, 0x90 or 0x9D); check the file's encoding")])
            }
            return text
        case .latin1:
            // Every byte is a character (U+0000–U+00FF).
            return String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
        }
    }

    /// `data` as UTF-8 bytes for the CSV readers: itself, unless it starts with a UTF-16
    /// byte-order mark (Excel's "Unicode text"), when it is read as UTF-16 and given as UTF-8.
    ///
    /// - Throws: ``DatasetError`` naming `fileName` when UTF-16 text is damaged.
    package static func utf8Bytes(of data: Data, fileName: String) throws(DatasetError) -> Data {
        guard data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) else { return data }
        return Data(try utf16(data, fileName: fileName).utf8)
    }

    /// `data`, which starts with a UTF-16 byte-order mark, as text.
    private static func utf16(_ data: Data, fileName: String) throws(DatasetError) -> String {
        let littleEndian = data.first == 0xFF
        let bytes = [UInt8](data.dropFirst(2))
        guard bytes.count % 2 == 0 else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "UTF-16 text of an odd number of bytes (\(bytes.count + 2)); the file is cut short or not UTF-16")])
        }
        let units = stride(from: 0, to: bytes.count, by: 2).map { i in
            littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        }
        if let text = String(validating: units, as: UTF16.self) { return text }
        // The first unpaired surrogate, and its line.
        var line = 1, index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                index += 2
                continue
            }
            if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) { break }
            if unit == 0x0A { line += 1 }
            index += 1
        }
        throw DatasetError(issues: [DatasetIssue(file: fileName, line: line, message: String(format: "the UTF-16 unit 0x%04X is half of a character with no other half; the file is damaged or not UTF-16", index < units.count ? units[index] : 0))])
    }

    /// The line, column and value of the first byte of `bytes` that does not begin a
    /// well-formed UTF-8 sequence (the bytes are known to hold one).
    private static func firstInvalidByte(in bytes: Data.SubSequence) -> (line: Int, column: Int, byte: UInt8) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex, line = 1, lineStart = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1; lineStart = offset + 1 }
                offset += encoded.count
            case .error:
                return (line, offset - lineStart + 1, bytes[offset])
            case .emptyInput:
                return (line, offset - lineStart + 1, 0)
            }
        }
    }
}
