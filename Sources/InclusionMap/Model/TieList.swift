/// The ties of a map, in the order they were added, stored a column at a time.
///
/// A `TieList` is a random-access collection of ``Tie`` values and is read like an array of
/// them (`for tie in map.ties`, `map.ties[i]`, `map.ties.filter { … }`); a ``Tie`` is put
/// together when an element is read. Underneath, each field is one array: the ends as numbers
/// into one table of actor ids, the relation, wave and evidence as numbers into small tables of
/// their names, the weight and direction as plain values; the date, evidence, wave and free
/// attributes take no room at all while no tie has one. A tie of a dataset folder with the
/// usual five columns takes 21 bytes instead of the 112 of a `Tie` value, so five million
/// ties fit in about 105 MB, and network views read the columns without building a `Tie`.
///
/// Appending interns the ids and names, O(1) on average per tie; reading an element is O(1).
public struct TieList: Sendable {
    /// The actor ids at the ends of ties: two ends are the same actor exactly when they have
    /// the same number (a table made from a list with an id twice is only ever read at the
    /// id's first number).
    var names: LabelPool
    /// The source end of each tie, as a number in ``names``.
    var sources: [Int32]
    /// The target end of each tie, as a number in ``names``.
    var targets: [Int32]
    /// The relation names, each once.
    var relationNames: LabelPool
    /// The relation of each tie, as a number in ``relationNames``.
    var relations: [Int32]
    /// The weight of each tie.
    var weights: [Double]
    /// Whether each tie is directed.
    var directions: [Bool]
    /// The wave names, each once.
    var waveNames: LabelPool
    /// The wave of each tie as a number in ``waveNames``, −1 for none; `nil` while no tie has one.
    var waves: [Int32]?
    /// The evidence names (`source_of_evidence`), each once.
    var provenanceNames: LabelPool
    /// The evidence of each tie as a number in ``provenanceNames``, −1 for none; `nil` while no
    /// tie has any.
    var provenances: [Int32]?
    /// The date of each tie; `nil` while no tie has one.
    var dates: [CalendarDate?]?
    /// The free attributes of each tie; `nil` while no tie has any.
    var attributes: [[String: String]]?

    /// An empty list.
    public init() {
        names = LabelPool()
        sources = []
        targets = []
        relationNames = LabelPool()
        relations = []
        weights = []
        directions = []
        waveNames = LabelPool()
        provenanceNames = LabelPool()
    }

    /// A list of `ties`, in order.
    public init(_ ties: some Sequence<Tie>) {
        self.init()
        append(contentsOf: ties)
    }

    /// A list whose ends are numbers into `names` (a dataset folder's actor ids, in order), its
    /// other columns empty, with room for `capacity` ties. Ties appended then number their ends
    /// from `names` (an id not there gets the next number), so a map assembled from the list
    /// takes an end's number as its actor's position without looking the id up again.
    package init(names: [String], capacity: Int) {
        self.init()
        self.names = LabelPool(labels: names)
        sources.reserveCapacity(capacity)
        targets.reserveCapacity(capacity)
        relations.reserveCapacity(capacity)
        weights.reserveCapacity(capacity)
        directions.reserveCapacity(capacity)
    }

    /// The ties at `positions`, in that order, with the same name tables: O(k) for k positions.
    func selecting(_ positions: [Int]) -> TieList {
        var list = self
        list.sources = positions.map { sources[$0] }
        list.targets = positions.map { targets[$0] }
        list.relations = positions.map { relations[$0] }
        list.weights = positions.map { weights[$0] }
        list.directions = positions.map { directions[$0] }
        list.waves = waves.map { column in positions.map { column[$0] } }
        list.provenances = provenances.map { column in positions.map { column[$0] } }
        list.dates = dates.map { column in positions.map { column[$0] } }
        list.attributes = attributes.map { column in positions.map { column[$0] } }
        return list
    }

    /// Whether the table of ids starts with `map`'s actor ids in the map's order, so a tie end's
    /// number below the actor count is its actor's position. O(n) comparisons.
    package func sharesActorNumbering(with map: StakeholderMap) -> Bool {
        names.count >= map.actors.count && zip(names.labels, map.actors).allSatisfy { $0 == $1.id }
    }

    /// The wave of the tie at `position`.
    func wave(at position: Int) -> String? {
        guard let code = waves?[position], code >= 0 else { return nil }
        return waveNames[code]
    }

    /// The waves the ties name, each once, in order of first appearance; an empty wave is
    /// none. O(m).
    var distinctWaves: [String] {
        guard let waves else { return [] }
        var seen = [Bool](repeating: false, count: waveNames.count)
        var distinct: [String] = []
        for code in waves where code >= 0 && !seen[Int(code)] {
            seen[Int(code)] = true
            if !waveNames[code].isEmpty { distinct.append(waveNames[code]) }
        }
        return distinct
    }

    /// For each relation number, whether a view of `relations` takes its ties (every one
    /// when `relations` is `nil`).
    func selectedRelations(_ relations: Set<String>?) -> [Bool] {
        relationNames.labels.map { relations?.contains($0) ?? true }
    }

    /// How many ties weigh less than 0 (negative ties), counted on the weight column without
    /// making a `Tie` of each row. O(m).
    package var negativeCount: Int { weights.count { $0 < 0 } }

    /// The number of the source end of the tie at `position` in the list's table of ids.
    package func sourceNumber(at position: Int) -> Int32 { sources[position] }
    /// The number of the target end of the tie at `position` in the list's table of ids.
    package func targetNumber(at position: Int) -> Int32 { targets[position] }

    /// The relation name of the tie at `position`.
    func relation(at position: Int) -> String { relationNames[relations[position]] }
}

extension TieList: RandomAccessCollection {
    /// The position of the first tie: 0.
    public var startIndex: Int { 0 }
    /// One past the position of the last tie: the number of ties.
    public var endIndex: Int { sources.count }

    /// The tie at `position`, put together from the columns. O(1).
    public subscript(position: Int) -> Tie {
        Tie(
            source: names[sources[position]], target: names[targets[position]],
            relation: relationNames[relations[position]], weight: weights[position],
            isDirected: directions[position], wave: wave(at: position), date: dates?[position] ?? nil,
            provenance: provenances.flatMap { $0[position] < 0 ? nil : provenanceNames[$0[position]] },
            attributes: attributes?[position] ?? [:])
    }
}

// Not a RangeReplaceableCollection: its `filter` would return a `TieList`, and a filtered list
// of ties is read as `[Tie]` everywhere.
extension TieList {
    /// Adds `tie` at the end. O(1) on average.
    public mutating func append(_ tie: Tie) {
        replaceSubrange(endIndex..<endIndex, with: CollectionOfOne(tie))
    }

    /// Adds `ties` at the end, in order. O(k) on average for k ties.
    public mutating func append(contentsOf ties: some Sequence<Tie>) {
        replaceSubrange(endIndex..<endIndex, with: Array(ties))
    }

    /// Removes and returns the tie at `position`. O(n).
    @discardableResult
    public mutating func remove(at position: Int) -> Tie {
        let tie = self[position]
        replaceSubrange(position..<(position + 1), with: EmptyCollection())
        return tie
    }

    /// Replaces the ties in `subrange` with `newElements`, interning their ids and names.
    /// O(n) for n ties in the list and the new elements, O(new elements) at the end.
    mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == Tie {
        var newSources: [Int32] = [], newTargets: [Int32] = [], newRelations: [Int32] = []
        var newWeights: [Double] = [], newDirections: [Bool] = []
        var newWaves: [Int32] = [], newProvenances: [Int32] = []
        var newDates: [CalendarDate?] = [], newAttributes: [[String: String]] = []
        for tie in newElements {
            newSources.append(names.number(for: tie.source))
            newTargets.append(names.number(for: tie.target))
            newRelations.append(relationNames.number(for: tie.relation))
            newWeights.append(tie.weight)
            newDirections.append(tie.isDirected)
            newWaves.append(tie.wave.map { waveNames.number(for: $0) } ?? -1)
            newProvenances.append(tie.provenance.map { provenanceNames.number(for: $0) } ?? -1)
            newDates.append(tie.date)
            newAttributes.append(tie.attributes)
        }
        let oldCount = count
        sources.replaceSubrange(subrange, with: newSources)
        targets.replaceSubrange(subrange, with: newTargets)
        relations.replaceSubrange(subrange, with: newRelations)
        weights.replaceSubrange(subrange, with: newWeights)
        directions.replaceSubrange(subrange, with: newDirections)
        // An optional column comes into being with the first tie that has a value for it.
        func replace<T>(_ column: inout [T]?, with values: [T], none: T, isNone: (T) -> Bool) {
            if column == nil {
                guard values.contains(where: { !isNone($0) }) else { return }
                column = [T](repeating: none, count: oldCount)
            }
            column!.replaceSubrange(subrange, with: values)
        }
        replace(&waves, with: newWaves, none: -1) { $0 < 0 }
        replace(&provenances, with: newProvenances, none: -1) { $0 < 0 }
        replace(&dates, with: newDates, none: nil) { $0 == nil }
        replace(&attributes, with: newAttributes, none: [:]) { $0.isEmpty }
    }

    /// Appends a tie whose ends are already numbers in the list's table of ids (a list made with
    /// ``init(names:capacity:)``, whose numbers are the actors' positions), with no other field:
    /// no id is hashed. For readers whose files number their vertices (Pajek).
    package mutating func append(sourceNumber: Int32, targetNumber: Int32, relation: String, weight: Double, isDirected: Bool) {
        precondition(sourceNumber >= 0 && Int(sourceNumber) < names.count && targetNumber >= 0 && Int(targetNumber) < names.count,
                     "a tie end outside the list's table of ids")
        sources.append(sourceNumber)
        targets.append(targetNumber)
        relations.append(relationNames.number(for: relation))
        weights.append(weight)
        directions.append(isDirected)
        waves?.append(-1)
        provenances?.append(-1)
        dates?.append(nil)
        attributes?.append([:])
    }

    /// Reserves room for `n` ties in every column.
    public mutating func reserveCapacity(_ n: Int) {
        sources.reserveCapacity(n)
        targets.reserveCapacity(n)
        relations.reserveCapacity(n)
        weights.reserveCapacity(n)
        directions.reserveCapacity(n)
    }

    /// Removes every tie `shouldBeRemoved` picks, keeping the order of the rest. O(n).
    public mutating func removeAll(where shouldBeRemoved: (Tie) throws -> Bool) rethrows {
        var kept: [Int] = []
        kept.reserveCapacity(count)
        for position in indices where try !shouldBeRemoved(self[position]) { kept.append(position) }
        if kept.count < count { self = selecting(kept) }
    }
}

extension TieList: ExpressibleByArrayLiteral {
    /// A list of the ties written out.
    public init(arrayLiteral elements: Tie...) {
        self.init(elements)
    }
}

extension TieList: Equatable {
    /// Whether two lists hold equal ties in the same order.
    public static func == (lhs: TieList, rhs: TieList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension TieList: Codable {
    /// Decodes a list written as an array of ties.
    public init(from decoder: any Decoder) throws {
        self.init(try [Tie](from: decoder))
    }

    /// Encodes the list as an array of ties.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for tie in self { try container.encode(tie) }
    }
}
