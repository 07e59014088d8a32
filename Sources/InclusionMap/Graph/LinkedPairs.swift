extension NetworkIndex {
    /// Each pair of actors the view links, once, whatever the direction, the number of
    /// relations or the number of rows that tie them: `source < target`, in increasing order.
    ///
    /// A pair's weight is the sum of the weights of the ties between the two in the view
    /// (each row once: an undirected tie once, an arc each way twice) in weighted mode, 1
    /// otherwise — so a tie both people reported counts once when unweighted. The E-I index and
    /// the group mixing matrix count these. O(m log m) for m ties in the view.
    func linkedPairs(in map: StakeholderMap) -> [ViewTie] {
        let ties = viewTies(in: map)
        // Key each row by its ordered pair of ends, then sum the rows of one pair.
        var keyed = ties.map { tie -> (key: UInt64, weight: Double) in
            let (low, high) = tie.source < tie.target ? (tie.source, tie.target) : (tie.target, tie.source)
            return (UInt64(UInt32(low)) << 32 | UInt64(UInt32(high)), tie.weight)
        }
        keyed.sort { $0.key < $1.key }
        var pairs: [ViewTie] = []
        pairs.reserveCapacity(keyed.count)
        for row in keyed {
            if let last = pairs.last, UInt64(UInt32(last.source)) << 32 | UInt64(UInt32(last.target)) == row.key {
                if isWeighted { pairs[pairs.count - 1].weight += row.weight }
            } else {
                pairs.append(ViewTie(source: Int32(row.key >> 32), target: Int32(row.key & 0xFFFF_FFFF), weight: isWeighted ? row.weight : 1))
            }
        }
        return pairs
    }
}
