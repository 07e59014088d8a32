/// Finds the ties of a file that repeat an earlier one: the same relation, direction, wave and
/// ends (either order when undirected), which network views merge.
///
/// Ties are grouped by their lower end with a counting sort, and each group is sorted by the
/// rest of the key and then by position, so a repeat is any tie after the first of a run.
/// O(m log d) for m ties and largest group d, with 12 bytes a tie; no key string is built.
enum RepeatedTies {
    /// A tie that repeats an earlier one.
    struct Repeat: Sendable {
        /// The repeating tie's position in the list.
        var index: Int
        /// The position of the first tie with the same key.
        var first: Int
    }

    /// Every repeat among `ties`, in list order.
    ///
    /// - Parameters:
    ///   - ties: the ties as read.
    ///   - ends: for each tie, its two ends as numbers, equal for equal ids.
    ///   - endCount: one more than the largest end number.
    static func find(in ties: TieList, ends: TieEnds, endCount: Int) -> [Repeat] {
        let m = ties.count
        guard m > 1 else { return [] }
        // The relation and wave of each tie as the list's numbers for them (no wave and an
        // empty one are the same), the direction in the lowest bit.
        let waveNumber = ties.waveNames.labels.enumerated().map { $0.element.isEmpty ? 0 : Int64($0.offset + 1) }
        var lower = [Int32](repeating: 0, count: m)
        var upper = [Int32](repeating: 0, count: m)
        var kind = [Int64](repeating: 0, count: m)
        for index in 0..<m {
            let s = ends.sources[index], t = ends.targets[index], directed = ties.directions[index]
            let swap = !directed && t < s
            lower[index] = swap ? t : s
            upper[index] = swap ? s : t
            let code = ties.waves?[index] ?? -1
            let relation = Int64(ties.relations[index]), wave = code < 0 ? 0 : waveNumber[Int(code)]
            kind[index] = (relation << 32 | wave) << 1 | (directed ? 1 : 0)
        }
        var starts = [Int](repeating: 0, count: endCount + 1)
        for end in lower { starts[Int(end) + 1] += 1 }
        for i in 0..<endCount { starts[i + 1] += starts[i] }
        var order = [Int32](repeating: 0, count: m)
        var next = starts
        for index in 0..<m {
            let end = Int(lower[index])
            order[next[end]] = Int32(index)
            next[end] += 1
        }
        var repeats: [Repeat] = []
        for group in 0..<endCount where starts[group + 1] - starts[group] > 1 {
            // A group whose other ends rise strictly in file order (most, in a sorted file)
            // has no two ties with the same pair, so nothing to sort.
            var rising = true
            for slot in (starts[group] + 1)..<starts[group + 1] where upper[Int(order[slot])] <= upper[Int(order[slot - 1])] {
                rising = false
                break
            }
            if rising { continue }
            order[starts[group]..<starts[group + 1]].sort { a, b in
                let a = Int(a), b = Int(b)
                if upper[a] != upper[b] { return upper[a] < upper[b] }
                if kind[a] != kind[b] { return kind[a] < kind[b] }
                return a < b
            }
            var first = Int(order[starts[group]])
            for slot in (starts[group] + 1)..<starts[group + 1] {
                let index = Int(order[slot])
                if upper[index] == upper[first], kind[index] == kind[first] {
                    repeats.append(Repeat(index: index, first: first))
                } else {
                    first = index
                }
            }
        }
        repeats.sort { $0.index < $1.index }
        return repeats
    }
}
