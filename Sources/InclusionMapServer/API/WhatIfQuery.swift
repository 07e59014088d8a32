import Hummingbird
import InclusionMap

/// A what-if the page asks for, one change at a time as `whatif` takes it: `space` (ids of a
/// reflection space), `add` (new ties `a:b`, comma-separated) or `remove` (one id); and
/// `suggest`, how many new cross-group ties to suggest (default 3, at most 20).
struct WhatIfQuery {
    var change: WhatIfChange
    var suggestions: Int

    init(_ request: Request) throws(WorkbenchFailure) {
        let space = request.queryList("space"), added = request.queryList("add"), removed = request.queryList("remove")
        let given = [space != nil, added != nil, removed != nil].filter { $0 }.count
        guard given == 1 else { throw .badRequest("name one change: space=ids, add=a:b or remove=id") }
        if let space {
            change = .reflectionSpace(space)
        } else if let added {
            var pairs: [WhatIfChange.Pair] = []
            for tie in added {
                let ends = tie.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else { throw .badRequest("a new tie is written a:b, not \"\(tie)\"") }
                pairs.append(WhatIfChange.Pair(ends[0], ends[1]))
            }
            change = .ties(pairs)
        } else {
            guard let removed, removed.count == 1 else { throw .badRequest("remove names one actor") }
            change = .removal(removed[0])
        }
        suggestions = try request.queryInteger("suggest", in: 0...20) ?? 3
    }

    /// The what-if on `analyses`' map, grouped as the map is, starting from the map's own
    /// cohesion `cohesion` (the open map's, kept) and its broker ranking.
    ///
    /// - Throws: ``WorkbenchFailure/badRequest(_:)`` with the analysis's words for a change
    ///   that cannot be made (an unknown id, a space of one) or a map too large for it.
    func result(on analyses: MapAnalyses, cohesion: CohesionSnapshot) throws(WorkbenchFailure) -> WhatIfRecord {
        do {
            let result = try WhatIf(map: analyses.map, change: change, column: analyses.groupColumn, suggestions: suggestions,
                                    known: (cohesion, analyses.brokers))
            return WhatIfRecord(result, map: analyses.map)
        } catch {
            throw .badRequest(String(describing: error))
        }
    }
}
