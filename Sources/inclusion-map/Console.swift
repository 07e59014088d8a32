import Foundation
import InclusionMap

/// Everything the command line writes goes through here, encoded for where it goes:
///
/// - text for people (tables, summaries, messages) with ``TerminalText/escaped(_:)``, so no
///   control character or bidirectional override in the data reaches the terminal;
/// - CSV with every cell ``SpreadsheetCell/guarded(_:)``, so no cell runs as a formula;
/// - JSON with ``JSONText/neutralised(_:)``, which keeps it valid and its values the same.
enum Console {
    /// Text for people on standard output, ending in a newline unless `terminator` says
    /// otherwise.
    static func text(_ text: String, terminator: String = "\n") {
        write(TerminalText.escaped(text) + terminator, to: .standardOutput)
    }

    /// A CSV table on standard output.
    static func csv(header: [String], rows: [[String]]) {
        write(CSVWriter.text(header: header, rows: rows, cells: .guarded), to: .standardOutput)
    }

    /// A CSV table of `count` rows on standard output, made and written a block of rows at a
    /// time, so a table of a million actors is never held whole, as rows or as text.
    static func csv(header: [String], count: Int, row: (Int) -> [String]) {
        write(CSVWriter.text(header: header, rows: [], cells: .guarded), to: .standardOutput)
        let block = 4_096
        for start in stride(from: 0, to: count, by: block) {
            write(CSVWriter.lines((start..<min(count, start + block)).lazy.map(row), cells: .guarded), to: .standardOutput)
        }
    }

    /// JSON on standard output, followed by a newline.
    static func json(_ json: String) {
        write(JSONText.neutralised(json) + "\n", to: .standardOutput)
    }

    /// An encodable value as pretty-printed JSON with sorted keys, on standard output.
    static func json(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        json(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A message for people on standard error, with a newline.
    static func error(_ message: String) {
        write(TerminalText.escaped(message) + "\n", to: .standardError)
    }

    /// Bytes as they are (a PNG or PDF asked for on standard output).
    static func bytes(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Terminal control sequences the tool itself writes (the progress line).
    static func control(_ sequence: String) {
        FileHandle.standardError.write(Data(sequence.utf8))
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
