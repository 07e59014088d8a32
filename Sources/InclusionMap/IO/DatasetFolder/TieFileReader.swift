import Foundation

/// Reads the rows of ties.csv straight into the columns of a ``TieList``, on every core.
///
/// Most rows of a large tie file are plain: printable ASCII, no cell to trim, both ends among
/// the actors, values that parse. Such a row is read from the file's bytes with no `String`
/// for its ids or numbers: each end is found in an ``ActorIDTable`` by its bytes (all the ends
/// of a block at once, after the block is read, so the look-ups' cache misses overlap), and the
/// relation, wave, evidence, weight, direction and date are compared with the row before
/// (files come in long runs of one relation and one weight) and parsed only when they change.
/// Any other row (a value to trim, a control character, a quote, a byte-order mark, an id
/// not among the actors, a value that does not parse, the wrong number of fields) is read as
/// strings by the folder's own row reader, `tie`, exactly as every other file is, with the
/// same positioned issues. Both ways give the same tie.
///
/// O(size of the file); each block of ``DatasetTable/blockRows`` rows goes to its own
/// columns, joined in file order at the end, so the result does not depend on the number
/// of cores.
enum TieFileReader {
    /// The ties of `table` with their ends numbered as `actorIDs` (ids not among them after),
    /// the line each starts on, and every issue noted while reading them; each block of rows
    /// read is counted on `progress`.
    static func read(
        _ table: DatasetTable, actorIDs: [String], progress: ProgressReporter = .silent,
        tie: @escaping @Sendable (inout DatasetRow) -> Tie
    ) -> (ties: TieList, lines: [Int], issues: [DatasetIssue]) {
        let ids = ActorIDTable(actorIDs)
        let layout = Layout(table)
        guard let blocks = table.mapBlocks(progress: progress, { bytes, forEachRow in
            var block = Block(layout: layout, capacity: DatasetTable.blockRows)
            forEachRow { line, fields, start in
                if !block.appendPlain(fields, in: bytes, line: line, start: start) {
                    var reader = DatasetRow(table: table, row: table.row(line: line, fields: fields, in: bytes))
                    block.append(tie(&reader), line: line, ids: ids)
                    block.issues += reader.issues
                }
            }
            block.findEnds(in: bytes, ids: ids) { start, line in
                var reader = DatasetRow(table: table, row: table.row(from: start, line: line, in: bytes))
                return (tie(&reader), reader.issues)
            }
            return block
        }) else {
            // Rows already split into strings (a workbook's sheet).
            let read = table.mapRows(tie)
            var list = TieList(names: actorIDs, capacity: read.values.count)
            list.append(contentsOf: read.values)
            return (list, read.lines, read.issues)
        }
        return join(blocks, actorIDs: actorIDs, layout: layout)
    }

    /// The blocks' columns one after another, their numbers made the list's: each block's
    /// relation, wave and evidence names and the ids it did not find.
    private static func join(_ parts: [Block], actorIDs: [String], layout: Layout) -> (ties: TieList, lines: [Int], issues: [DatasetIssue]) {
        var parts = parts
        let total = parts.reduce(0) { $0 + $1.sources.count }
        var list = TieList(names: [], capacity: total)
        var lines: [Int] = []
        lines.reserveCapacity(total)
        var issues: [DatasetIssue] = []
        var unknownNumbers: [String: Int32] = [:]
        var unknownIDs: [String] = []
        var waves: [Int32] = [], provenances: [Int32] = []
        var dates: [CalendarDate?] = [], attributes: [[String: String]] = []
        for index in parts.indices {
            let part = parts[index]
            parts[index] = Block(layout: layout)  // each block's memory goes as it is joined
            let unknown = part.unknownIDs.map { id -> Int32 in
                if let number = unknownNumbers[id] { return number }
                let number = Int32(actorIDs.count + unknownIDs.count)
                unknownNumbers[id] = number
                unknownIDs.append(id)
                return number
            }
            // Copied whole where the block's numbers are already the list's (most blocks: every
            // end found, the names met in the same order as in the blocks before).
            func end(_ code: Int32) -> Int32 { code >= 0 ? code : unknown[Int(-code - 1)] }
            func renumbered(_ codes: [Int32], _ numbers: [Int32], into column: inout [Int32]) {
                if numbers.indices.allSatisfy({ numbers[$0] == $0 }) {
                    column += codes
                } else {
                    column.append(contentsOf: codes.lazy.map { $0 < 0 ? -1 : numbers[Int($0)] })
                }
            }
            if unknown.isEmpty {
                list.sources += part.sources
                list.targets += part.targets
            } else {
                list.sources.append(contentsOf: part.sources.lazy.map(end))
                list.targets.append(contentsOf: part.targets.lazy.map(end))
            }
            renumbered(part.relations, part.relationNames.labels.map { list.relationNames.number(for: $0) }, into: &list.relations)
            list.weights += part.weights
            list.directions += part.directions
            renumbered(part.waves, part.waveNames.labels.map { list.waveNames.number(for: $0) }, into: &waves)
            renumbered(part.provenances, part.provenanceNames.labels.map { list.provenanceNames.number(for: $0) }, into: &provenances)
            dates += part.dates
            attributes += part.attributes
            lines += part.lines
            issues += part.issues
        }
        list.names = LabelPool(labels: actorIDs + unknownIDs)
        // A column no tie has a value in takes no room, as in a list built tie by tie.
        if waves.contains(where: { $0 >= 0 }) { list.waves = waves }
        if provenances.contains(where: { $0 >= 0 }) { list.provenances = provenances }
        if dates.contains(where: { $0 != nil }) { list.dates = dates }
        if attributes.contains(where: { !$0.isEmpty }) { list.attributes = attributes }
        return (list, lines, issues)
    }

    /// Which field holds each column of ties.csv.
    private struct Layout: Sendable {
        var fieldCount: Int
        var source: Int, target: Int
        var relation: Int?, weight: Int?, directed: Int?, wave: Int?, date: Int?, provenance: Int?
        var extras: [(name: String, index: Int)]

        init(_ table: DatasetTable) {
            fieldCount = table.fieldCount
            // The header was checked: both required columns are there.
            source = table.fieldIndex(of: "source")!
            target = table.fieldIndex(of: "target")!
            relation = table.fieldIndex(of: "relation")
            weight = table.fieldIndex(of: "weight")
            directed = table.fieldIndex(of: "directed")
            wave = table.fieldIndex(of: "wave")
            date = table.fieldIndex(of: "date")
            provenance = table.fieldIndex(of: "source_of_evidence")
            extras = table.extraFields
        }
    }

    /// The columns of one block of rows. An end is an actor's number, or −(k + 1) for the
    /// k-th id of ``unknownIDs``; relations, waves and evidence are numbers in the block's own
    /// name tables, −1 for none.
    private struct Block: Sendable {
        let layout: Layout
        var sources: [Int32] = [], targets: [Int32] = []
        var unknownIDs: [String] = []
        var relationNames = LabelPool(), relations: [Int32] = []
        var weights: [Double] = [], directions: [Bool] = []
        var waveNames = LabelPool(), waves: [Int32] = []
        var provenanceNames = LabelPool(), provenances: [Int32] = []
        var dates: [CalendarDate?] = [], attributes: [[String: String]] = []
        var lines: [Int] = []
        var issues: [DatasetIssue] = []
        /// The ends of the plain rows, two a row, not yet looked up.
        var endKeys: [ActorIDTable.Key] = []
        /// For each plain row, its index in the block and where it can be read again.
        var plainRows: [(index: Int, start: Int, line: Int)] = []
        // The last value of each column and what it read as: the next row most often repeats it.
        var lastRelation = Recent<Int32>(), lastWave = Recent<Int32>(), lastProvenance = Recent<Int32>()
        var lastWeight = Recent<Double>(), lastDirected = Recent<Bool>(), lastDate = Recent<CalendarDate>()

        init(layout: Layout, capacity: Int = 0) {
            self.layout = layout
            sources.reserveCapacity(capacity)
            targets.reserveCapacity(capacity)
            relations.reserveCapacity(capacity)
            weights.reserveCapacity(capacity)
            directions.reserveCapacity(capacity)
            lines.reserveCapacity(capacity)
        }

        /// Appends the tie `tie` read as strings.
        mutating func append(_ tie: Tie, line: Int, ids: ActorIDTable) {
            sources.append(0)
            targets.append(0)
            relations.append(0)
            weights.append(0)
            directions.append(false)
            if layout.wave != nil { waves.append(-1) }
            if layout.provenance != nil { provenances.append(-1) }
            if layout.date != nil { dates.append(nil) }
            if !layout.extras.isEmpty { attributes.append([:]) }
            lines.append(line)
            put(tie, at: sources.count - 1, ids: ids)
        }

        /// Writes `tie`'s values into the row at `index`.
        private mutating func put(_ tie: Tie, at index: Int, ids: ActorIDTable) {
            func end(_ id: String) -> Int32 {
                if let position = ids.position(of: id) { return Int32(position) }
                unknownIDs.append(id)
                return Int32(-unknownIDs.count)
            }
            sources[index] = end(tie.source)
            targets[index] = end(tie.target)
            relations[index] = relationNames.number(for: tie.relation)
            weights[index] = tie.weight
            directions[index] = tie.isDirected
            if layout.wave != nil { waves[index] = tie.wave.map { waveNames.number(for: $0) } ?? -1 }
            if layout.provenance != nil { provenances[index] = tie.provenance.map { provenanceNames.number(for: $0) } ?? -1 }
            if layout.date != nil { dates[index] = tie.date }
            if !layout.extras.isEmpty { attributes[index] = tie.attributes }
        }

        /// Looks up the ends of the block's plain rows, all together; a row with an end not
        /// among the actors is read again as strings by `reread` (from its start and line) and
        /// takes that reading's values and issues.
        mutating func findEnds(
            in bytes: UnsafeBufferPointer<UInt8>, ids: ActorIDTable,
            reread: (_ start: Int, _ line: Int) -> (Tie, [DatasetIssue])
        ) {
            var found = [Int32](repeating: 0, count: endKeys.count)
            for (slot, key) in endKeys.enumerated() { found[slot] = ids.position(of: key, in: bytes) }
            for (number, row) in plainRows.enumerated() {
                let s = found[2 * number], t = found[2 * number + 1]
                if s >= 0, t >= 0 {
                    sources[row.index] = s
                    targets[row.index] = t
                } else {
                    let (tie, rowIssues) = reread(row.start, row.line)
                    put(tie, at: row.index, ids: ids)
                    issues += rowIssues
                }
            }
            endKeys = []
            plainRows = []
        }

        /// Appends the row when it is plain (see ``TieFileReader``), its ends to be found by
        /// ``findEnds(in:ids:reread:)``; `false`, with nothing appended, when it must be read as
        /// strings.
        mutating func appendPlain(_ fields: [CSVScanner.Field], in bytes: UnsafeBufferPointer<UInt8>, line: Int, start: Int) -> Bool {
            guard fields.count == layout.fieldCount else { return false }
            for field in fields {
                if field.hasDoubledQuote { return false }
                guard field.end > field.start else { continue }
                if bytes[field.start] == UInt8(ascii: "'") { return false }  // a spreadsheet's quote prefix
                for byte in bytes[field.start..<field.end] where byte < 0x20 || byte > 0x7E { return false }
            }
            /// The bytes of a known column's cell when it has any; `nil` for an empty cell;
            /// the row is not plain when the cell starts or ends with a space.
            func cell(_ index: Int?) -> UnsafeBufferPointer<UInt8>?? {
                guard let index else { return .some(nil) }
                let field = fields[index]
                guard field.end > field.start else { return .some(nil) }
                if bytes[field.start] == 0x20 || bytes[field.end - 1] == 0x20 { return nil }
                return .some(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
            }
            guard case let source?? = cell(layout.source), case let target?? = cell(layout.target),
                  case let relationCell? = cell(layout.relation), case let weightCell? = cell(layout.weight),
                  case let directedCell? = cell(layout.directed), case let waveCell? = cell(layout.wave),
                  case let dateCell? = cell(layout.date), case let provenanceCell? = cell(layout.provenance)
            else { return false }
            let weight: Double
            if let weightCell {
                guard let value = lastWeight.value(of: weightCell, parse: { text in
                    if case .success(let number) = DecimalNumber.parse(text) { return number }
                    return nil
                }) else { return false }
                weight = value
            } else {
                weight = 1
            }
            let directed: Bool
            if let directedCell {
                guard let value = lastDirected.value(of: directedCell, parse: BooleanText.parse) else { return false }
                directed = value
            } else {
                directed = false
            }
            var date: CalendarDate?
            if let dateCell {
                guard let value = lastDate.value(of: dateCell, parse: { CalendarDate(parsing: $0) }) else { return false }
                date = value
            }
            endKeys.append(ActorIDTable.key(source, in: bytes))
            endKeys.append(ActorIDTable.key(target, in: bytes))
            plainRows.append((sources.count, start, line))
            sources.append(-1)
            targets.append(-1)
            relations.append(Self.label(relationCell, names: &relationNames, last: &lastRelation) ?? relationNames.number(for: Tie.defaultRelation))
            weights.append(weight)
            directions.append(directed)
            if layout.wave != nil { waves.append(Self.label(waveCell, names: &waveNames, last: &lastWave) ?? -1) }
            if layout.provenance != nil {
                provenances.append(Self.label(provenanceCell, names: &provenanceNames, last: &lastProvenance) ?? -1)
            }
            if layout.date != nil { dates.append(date) }
            if !layout.extras.isEmpty {
                var values: [String: String] = [:]
                for (name, index) in layout.extras where fields[index].end > fields[index].start {
                    values[name] = String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index].start..<fields[index].end]), as: UTF8.self)
                }
                attributes.append(values)
            }
            lines.append(line)
            return true
        }

        /// The number of the name in `cell` (`nil` for an empty cell).
        private static func label(_ cell: UnsafeBufferPointer<UInt8>?, names: inout LabelPool, last: inout Recent<Int32>) -> Int32? {
            guard let cell else { return nil }
            return last.value(of: cell) { names.number(for: $0) }
        }
    }

    /// The last cell a column read, as its bytes, and its value.
    private struct Recent<Value>: Sendable where Value: Sendable {
        private var bytes: [UInt8] = []
        private var last: Value?

        /// The value of `cell`: the last one when the bytes are the same, otherwise `parse` of
        /// its text (`nil`, and nothing remembered, when it does not parse).
        mutating func value(of cell: UnsafeBufferPointer<UInt8>, parse: (String) -> Value?) -> Value? {
            if let last, bytes.count == cell.count,
               bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, cell.baseAddress!, cell.count) == 0 }) {
                return last
            }
            guard let value = parse(String(decoding: cell, as: UTF8.self)) else { return nil }
            bytes = Array(cell)
            last = value
            return value
        }
    }
}
