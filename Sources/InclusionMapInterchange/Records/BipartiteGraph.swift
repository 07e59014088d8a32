import InclusionMap

/// NetworkX's convention for a two-mode (bipartite) graph in any of its formats: every node
/// has the attribute `bipartite`, 0 for one set and 1 for the other, and every edge joins the
/// two sets (`networkx.algorithms.bipartite`; `davis_southern_women_graph` is written so).
///
/// Such a graph is people × events, which in a stakeholder map is attendance: the nodes of set
/// 0 are actors, those of set 1 engagements (their `name` kept), each edge an attendance (a
/// weight other than 1 kept as its `value`), as UCINET DL's `nr=`/`nc=` and Pajek's
/// `*Vertices n n1` read. `--project` then gives the co-attendance map.
enum BipartiteGraph {
    /// The two-mode reading of `map`, or `nil` when it is not a bipartite graph in NetworkX's
    /// convention (a node without `bipartite` 0 or 1, one set empty, an edge within a set, or
    /// engagements or attendance already present).
    static func attendance(of map: StakeholderMap) -> StakeholderMap? {
        guard map.engagements.isEmpty, map.attendance.isEmpty, !map.actors.isEmpty else { return nil }
        var set: [String: Bool] = [:]
        for actor in map.actors {
            switch actor.attributes["bipartite"] {
            case "0": set[actor.id] = false
            case "1": set[actor.id] = true
            default: return nil
            }
        }
        guard set.values.contains(false), set.values.contains(true) else { return nil }
        guard map.ties.allSatisfy({ set[$0.source] != set[$0.target] }) else { return nil }
        var actors: [Actor] = [], engagements: [Engagement] = []
        for var actor in map.actors {
            actor.attributes["bipartite"] = nil
            if set[actor.id]! {
                engagements.append(Engagement(id: actor.id, name: actor.name, attributes: actor.attributes))
            } else {
                actors.append(actor)
            }
        }
        var attendance: [Attendance] = []
        var seen: Set<[String]> = []
        for tie in map.ties {
            let (person, event) = set[tie.source]! ? (tie.target, tie.source) : (tie.source, tie.target)
            guard seen.insert([person, event]).inserted else { continue }
            attendance.append(TwoModeAttendance.attendance(actor: person, engagement: event, value: tie.weight))
        }
        var extra = map.extraColumns
        extra.actors.removeAll { $0 == "bipartite" }
        extra.engagements = extra.actors.filter { name in engagements.contains { $0.attributes[name] != nil } }
        extra.actors = extra.actors.filter { name in actors.contains { $0.attributes[name] != nil } }
        return try? TwoModeAttendance.map(actors: actors, engagements: engagements, attendance: attendance, extraColumns: extra)
    }

    /// `map` read as two-mode when it is a bipartite graph, with a warning saying so.
    static func reading(_ map: StakeholderMap, warnings: [DatasetIssue], fileName: String) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        guard let twoMode = attendance(of: map) else { return (map, warnings) }
        let note = DatasetIssue(file: fileName, severity: .warning, message:
            "a two-mode graph (every node bipartite 0 or 1, every edge between the sets): set 0 read as \(twoMode.actors.count) actors, set 1 as \(twoMode.engagements.count) engagements, the \(twoMode.attendance.count) edges as attendance (--project gives the co-attendance map)")
        return (twoMode, warnings + [note])
    }
}
