import InclusionMap

/// The sentence every command prints first (on standard error) when the map has actors who
/// did not answer the survey (`responded` false): how many, the groups under 70%, and how
/// their ties are read, so non-response is never ignored without a word.
enum NonResponseNote {
    /// The note for `map` as read (before the policy), or `nil` when nobody is recorded as
    /// not having answered. `name` prefixes it when a command reads several maps.
    static func text(for map: StakeholderMap, policy: MissingDataPolicy, name: String? = nil) -> String? {
        guard map.actors.contains(where: MissingDataPolicy.didNotRespond) else { return nil }
        let column = map.actors.contains { $0.department != nil } ? "department" : "sector"
        guard let rate = ResponseRate(map, column: column) else { return nil }
        func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
        var sentence = (name.map { "\($0): " } ?? "") + "note: \(rate.asked - rate.responded) of \(rate.asked) people asked did not answer the survey (\(percent(rate.rate)) answered)"
        let low = rate.lowGroups
        if !low.isEmpty {
            let shown = low.prefix(5).map { "\($0.label) \(percent($0.rate))" }.joined(separator: ", ")
            sentence += "; under \(percent(ResponseRate.lowThreshold)): \(shown)" + (low.count > 5 ? " and \(low.count - 5) more" : "")
        }
        switch policy {
        case .reconstruct:
            sentence += ". Their ties are reconstructed from what others reported about them (--missing reconstruct, the default); --missing observed reads the answers as given."
        case .observed:
            sentence += ". Their own answers are read as missing ties (--missing observed), so their brokerage can vanish; the default, --missing reconstruct, takes their ties from what others reported."
        case .respondents:
            sentence += ". They and their ties are left out (--missing respondents); the default, --missing reconstruct, keeps them with the ties others reported."
        }
        return sentence
    }
}
