import InclusionMap

/// A Pajek partition (`.clu`): one class number per vertex, in vertex order, after a
/// `*Vertices n` line. Pajek and UCINET keep groupings (departments, detected communities)
/// this way beside a `.net` file.
///
/// ```text
/// *Vertices 4
/// 1
/// 1
/// 2
/// 2
/// ```
public enum PajekPartition {
    /// The attribute a partition is read into when no name is given.
    public static let defaultAttribute = "partition"

    /// The class of each vertex, in order.
    ///
    /// - Throws: `DatasetError` naming the line of each value that is not a whole number,
    ///   and the count when it is not n.
    public static func read(_ text: String, fileName: String = "map.clu") throws(DatasetError) -> [String] {
        var issues: [DatasetIssue] = []
        var count: Int?
        var values: [String] = []
        for (offset, raw) in TextLines.lines(of: text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("%") { continue }
            if line.lowercased().hasPrefix("*vertices") {
                count = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
                if count == nil { issues.append(DatasetIssue(file: fileName, line: offset + 1, message: "*Vertices: expected the number of vertices")) }
                continue
            }
            guard Int(line) != nil else {
                issues.append(DatasetIssue(file: fileName, line: offset + 1, message: "\"\(line)\" is not a class number; expected a whole number per vertex"))
                continue
            }
            values.append(line)
        }
        if let count, issues.isEmpty, values.count != count {
            issues.append(DatasetIssue(file: fileName, message: "\(values.count) classes for *Vertices \(count); expected one per vertex"))
        }
        if count == nil, issues.isEmpty { issues.append(DatasetIssue(file: fileName, line: 1, message: "expected a *Vertices line first")) }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }
        return values
    }

    /// `map` with each actor, in order, given the class of `values` at its place as the
    /// attribute `name` (a group column for `--group`).
    ///
    /// - Throws: `DatasetError` when the partition does not have one class per actor.
    public static func applied(_ values: [String], to map: StakeholderMap, as name: String = defaultAttribute, fileName: String = "map.clu") throws(DatasetError) -> StakeholderMap {
        guard values.count == map.actors.count else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "\(values.count) classes for a network of \(map.actors.count) vertices; expected one per vertex")])
        }
        let actors = zip(map.actors, values).map { actor, value -> Actor in
            var actor = actor
            actor.attributes[name] = value
            return actor
        }
        var columns = map.extraColumns
        if !columns.actors.contains(name) { columns.actors.append(name) }
        do {
            return try StakeholderMap(actors: actors, departments: map.departments, ties: map.ties, engagements: map.engagements,
                                      attendance: map.attendance, extraColumns: columns)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "\(error)")])
        }
    }
}
