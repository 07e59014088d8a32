import ArgumentParser
import InclusionMap

/// Checks `--relation` values against the map's relations, for every command that takes
/// `--relation`.
enum RelationChoice {
    static func check(_ relations: [String], in map: StakeholderMap) throws {
        let known = Set(map.relations)
        let unknown = relations.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw ValidationError("unknown relation \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")); the map has \(map.relations.joined(separator: ", ")).")
        }
    }
}
