import Hummingbird
import InclusionMap

/// A panel the page asks for: `size` (default 10), `must` and `exclude` (comma-separated
/// ids as the map shows them) and `max_per_group`; suggested as `suggest` does, from the
/// open map's broker ranking and audit (``MapAnalyses``), so only the greedy choice runs per
/// request.
struct PanelQuery {
    var constraints: PanelSuggester.Constraints

    init(_ request: Request, actors: Int) throws(WorkbenchFailure) {
        let size = try request.queryInteger("size", in: 1...max(1, actors)) ?? min(10, max(1, actors))
        constraints = PanelSuggester.Constraints(
            size: size, mustInclude: request.queryList("must") ?? [], exclude: Set(request.queryList("exclude") ?? []),
            maxPerGroup: try request.queryInteger("max_per_group", in: 1...max(1, actors)))
    }

    /// The panel on `analyses`' map.
    ///
    /// - Throws: ``WorkbenchFailure/badRequest(_:)`` with the suggester's words for
    ///   impossible constraints (an unknown id, pinned and excluded at once, too many pinned).
    func panel(on analyses: MapAnalyses) throws(WorkbenchFailure) -> PanelRecord {
        do {
            let panel = try PanelSuggester(map: analyses.map, constraints: constraints, brokers: analyses.brokers, audit: analyses.audit)
            return PanelRecord(panel, map: analyses.map)
        } catch {
            throw .badRequest(String(describing: error))
        }
    }
}
