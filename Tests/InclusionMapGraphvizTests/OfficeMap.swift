import InclusionMap

/// A seven-actor office worked by hand in the tests.
///
/// Departments: Corporate contains Finance and HR; Operations stands alone.
/// Actors: a1 Ann and a2 Bo in Finance (Ann a designated broker), a3 Cy and a4 Di in HR,
/// a5 Ed and a6 Flo in Operations (Flo did not consent to be named), a7 Gus in no department.
///
/// Ties, and the six actor pairs they merge into:
///
///     a1 – a2  collaboration w 2, and advice a2 → a1   pair {a1,a2}: inside Finance
///     a1 → a3  advice                                   pair {a1,a3}: between
///     a3 – a4  collaboration                            pair {a3,a4}: inside HR
///     a4 – a5  collaboration                            pair {a4,a5}: between
///     a5 → a6 and a6 → a5  advice                       pair {a5,a6}: inside Operations
///     a7 – a5  collaboration w 0.5                      pair {a5,a7}: between (a7 ungrouped)
enum OfficeMap {
    static let map: StakeholderMap = try! StakeholderMap(
        actors: [
            Actor(id: "a1", name: "Ann", kind: .person, department: "fin", roles: ["broker"]),
            Actor(id: "a2", name: "Bo", kind: .person, department: "fin"),
            Actor(id: "a3", name: "Cy", kind: .person, department: "hr"),
            Actor(id: "a4", name: "Di", kind: .team, department: "hr"),
            Actor(id: "a5", name: "Ed", kind: .person, department: "ops"),
            Actor(id: "a6", name: "Flo", kind: .person, department: "ops", consent: false),
            Actor(id: "a7", name: "Gus", kind: .organisation),
        ],
        departments: [
            Department(id: "corp", name: "Corporate"),
            Department(id: "fin", name: "Finance", parent: "corp"),
            Department(id: "hr", name: "HR", parent: "corp"),
            Department(id: "ops", name: "Operations"),
        ],
        ties: [
            Tie(source: "a1", target: "a2", relation: "collaboration", weight: 2),
            Tie(source: "a2", target: "a1", relation: "advice", isDirected: true),
            Tie(source: "a1", target: "a3", relation: "advice", isDirected: true),
            Tie(source: "a3", target: "a4", relation: "collaboration"),
            Tie(source: "a4", target: "a5", relation: "collaboration"),
            Tie(source: "a5", target: "a6", relation: "advice", isDirected: true),
            Tie(source: "a6", target: "a5", relation: "advice", isDirected: true),
            Tie(source: "a7", target: "a5", relation: "collaboration", weight: 0.5),
        ])
}
