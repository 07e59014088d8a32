import Foundation
import Testing
import InclusionMap

/// Silo-bridging metrics on small graphs worked out by hand (the working is in the comments),
/// and the E-I values published in the datasets' SOURCE.md files.
@Suite struct SiloHandTests {
    /// Seven actors: A = {1, 2, 3, 4}, B = {5, 6}, C = {7}; undirected ties
    /// 1–2, 1–3, 1–4, 2–3, 1–5, 4–6, 5–6, 5–7.
    static func sevenActors() throws -> (StakeholderMap, NetworkIndex, Grouping) {
        let departments = ["1": "A", "2": "A", "3": "A", "4": "A", "5": "B", "6": "B", "7": "C"]
        let map = try StakeholderMap(
            actors: (1...7).map { Actor(id: "\($0)", department: departments["\($0)"]) },
            ties: [("1", "2"), ("1", "3"), ("1", "4"), ("2", "3"), ("1", "5"), ("4", "6"), ("5", "6"), ("5", "7")]
                .map { Tie(source: $0.0, target: $0.1, relation: "r", isDirected: false) })
        let index = NetworkIndex(map)
        return (map, index, try Grouping(index, map: map))
    }

    @Test func eiIndexByHand() throws {
        let (map, index, grouping) = try Self.sevenActors()
        let ei = EIIndex(index: index, map: map, grouping: grouping)
        // Internal: 1–2, 1–3, 1–4, 2–3, 5–6 = 5; external: 1–5, 4–6, 5–7 = 3.
        #expect(ei.internalTies == 5 && ei.externalTies == 3)
        #expect(ei.value == (3.0 - 5) / 8)
        // A: I = 4, E = 2 (1–5, 4–6) → −1/3. B: I = 1, E = 3 → 1/2. C: I = 0, E = 1 → 1.
        let expected: [Double?] = [(2.0 - 4) / 6, (3.0 - 1) / 4, 1]
        #expect(ei.groups.map(\.value) == expected)
        #expect(ei.groups.map(\.size) == [4, 2, 1])
        // Actor 1: I = 3, E = 1 → −1/2; actor 4: I = 1, E = 1 → 0; actor 7: E = 1 → 1.
        #expect([ei.actorValues[0], ei.actorValues[3], ei.actorValues[6]] == [-0.5, 0, 1])
    }

    @Test func eiIndexCountsPairsNotRows() throws {
        // A, B in X; C in Y. Rows: A→B and B→A (advice, both reported), A–B (friendship),
        // A→C, C→A (advice), B→C (advice) — six rows, three linked pairs.
        let map = try StakeholderMap(
            actors: [Actor(id: "A", department: "X"), Actor(id: "B", department: "X"), Actor(id: "C", department: "Y")],
            ties: [Tie(source: "A", target: "B", relation: "advice"), Tie(source: "B", target: "A", relation: "advice"),
                   Tie(source: "A", target: "B", relation: "friendship", isDirected: false),
                   Tie(source: "A", target: "C", relation: "advice"), Tie(source: "C", target: "A", relation: "advice"),
                   Tie(source: "B", target: "C", relation: "advice")])
        let index = NetworkIndex(map)
        let grouping = try Grouping(index, map: map)
        // Pairs: A–B inside (I = 1); A–C and B–C across (E = 2): (2 − 1)/3 = 1/3.
        let pairs = EIIndex(index: index, map: map, grouping: grouping)
        #expect(pairs.internalTies == 1 && pairs.externalTies == 2)
        #expect(abs(pairs.value! - 1.0 / 3) < 1e-12)
        // X: I = 1, E = 2 → 1/3; Y: I = 0, E = 2 → 1. Actor A: I = 1 (B), E = 1 (C) → 0.
        #expect(pairs.groups.map(\.value) == [(2.0 - 1) / 3, 1])
        #expect(pairs.actorValues[0] == 0)
        // Rows (UCINET's cells): I = 3 (A→B, B→A, A–B), E = 3 (A→C, C→A, B→C): 0.
        let rows = EIIndex(index: index, map: map, grouping: grouping, counting: .arcs)
        #expect(rows.internalTies == 3 && rows.externalTies == 3 && rows.value == 0)
        // Weighted, a pair weighs the sum of its ties: A–B 1 + 1 + 1 = 3 inside; A–C 2 and
        // B–C 1 across: (3 − 3)/6 = 0, the same as the rows.
        let weighted = NetworkIndex(map, options: .init(weighted: true))
        let byWeight = EIIndex(index: weighted, map: map, grouping: try Grouping(weighted, map: map))
        #expect(byWeight.internalTies == 3 && byWeight.externalTies == 3)
        // The mixing matrix counts the same pairs: X–X 1, X–Y 2.
        let mixing = GroupMixing(index: index, map: map, grouping: grouping)
        #expect(mixing.ties == [[1, 2], [2, 0]])
    }

    @Test func eiIndexMatchesPublishedValues() throws {
        // Datasets/krackhardt-hightech/SOURCE.md: E-I by department, each arc once — UCINET's
        // count of a directed matrix's cells, so .arcs.
        let krackhardt = try DatasetFolder(url: TestSupport.dataset("krackhardt-hightech")).read()
        for (relation, published) in [("advice", 0.5158), ("friendship", 0.2549), ("reports_to", -0.6000)] {
            let index = NetworkIndex(krackhardt, options: .init(relations: [relation]))
            let value = EIIndex(index: index, map: krackhardt, grouping: try Grouping(index, map: krackhardt), counting: .arcs).value!
            #expect(abs(value - published) < 0.00005, "\(relation): \(value)")
        }
        // Datasets/uk-faculty/SOURCE.md: −0.6279; actors without a department form a group of
        // their own there (the empty string), so use .ownGroup.
        let faculty = try DatasetFolder(url: TestSupport.dataset("uk-faculty")).read()
        let index = NetworkIndex(faculty)
        let grouping = try Grouping(index, map: faculty, emptyValues: .ownGroup)
        let value = EIIndex(index: index, map: faculty, grouping: grouping, counting: .arcs).value!
        #expect(abs(value - -0.6279) < 0.00005, "\(value)")
    }

    @Test func permutationTestAgreesWithFullEnumeration() throws {
        let (map, index, grouping) = try Self.sevenActors()
        // Exact null distribution: every way of choosing which 2 actors are B and which 1 is C
        // (the rest A): 7 · C(6, 2) = 105 equally likely labellings.
        let ties = [(0, 1), (0, 2), (0, 3), (1, 2), (0, 4), (3, 5), (4, 5), (4, 6)]
        var values: [Double] = []
        for c in 0..<7 {
            for b1 in 0..<7 where b1 != c {
                for b2 in (b1 + 1)..<7 where b2 != c {
                    var label = [Int](repeating: 0, count: 7)
                    label[b1] = 1; label[b2] = 1; label[c] = 2
                    let external = ties.filter { label[$0.0] != label[$0.1] }.count
                    values.append(Double(2 * external - ties.count) / Double(ties.count))
                }
            }
        }
        #expect(values.count == 105)
        let observed = -0.25
        let mean = values.reduce(0, +) / 105
        let exactLess = Double(values.filter { $0 <= observed + 1e-12 }.count) / 105
        let exactGreater = Double(values.filter { $0 >= observed - 1e-12 }.count) / 105
        let test = try #require(EIPermutationTest(index: index, map: map, grouping: grouping, permutations: 10_000, seed: 42))
        #expect(test.observed == observed)
        // 10,000 draws: standard errors below 0.005 for each; allow four.
        #expect(abs(test.expected - mean) < 0.02)
        #expect(abs(test.pLess - exactLess) < 0.02)
        #expect(abs(test.pGreater - exactGreater) < 0.02)
        // The same seed gives the same answer.
        #expect(EIPermutationTest(index: index, map: map, grouping: grouping, permutations: 10_000, seed: 42) == test)
    }

    @Test func brokerageCountsEnumeratedByHand() throws {
        // Groups A = {1, 2, 3}, B = {4, 5}, C = {6}; arcs 1→2, 2→3, 2→4, 4→5, 4→1, 5→6, 4→6.
        let departments = ["1": "A", "2": "A", "3": "A", "4": "B", "5": "B", "6": "C"]
        let map = try StakeholderMap(
            actors: (1...6).map { Actor(id: "\($0)", department: departments["\($0)"]) },
            ties: [("1", "2"), ("2", "3"), ("2", "4"), ("4", "5"), ("4", "1"), ("5", "6"), ("4", "6")]
                .map { Tie(source: $0.0, target: $0.1, relation: "r", isDirected: true) })
        let index = NetworkIndex(map)
        let brokerage = Brokerage(index: index, grouping: try Grouping(index, map: map))
        // Every two-path a → b → c with a ≠ c and no arc a → c:
        //   4→1→2  (B, A, A): gatekeeper for 1
        //   1→2→3  (A, A, A): coordinator for 2
        //   1→2→4  (A, A, B): representative for 2
        //   2→4→1  (A, B, A): itinerant for 4
        //   2→4→5  (A, B, B): gatekeeper for 4
        //   2→4→6  (A, B, C): liaison for 4
        //   4→5→6  not brokerage: the arc 4→6 exists.
        // Order: coordinator, itinerant, representative, gatekeeper, liaison, total.
        #expect(brokerage.actors[0]!.counts == [0, 0, 0, 1, 0, 1])
        #expect(brokerage.actors[1]!.counts == [1, 0, 1, 0, 0, 2])
        #expect(brokerage.actors[2]!.counts == [0, 0, 0, 0, 0, 0])
        #expect(brokerage.actors[3]!.counts == [0, 1, 0, 1, 1, 3])
        #expect(brokerage.actors[4]!.counts == [0, 0, 0, 0, 0, 0])
        // sna's moments for a broker in B (n_i = 2) with N = 6, d = 7/30:
        let d = 7.0 / 30, q = d * d * (1 - d), r = pow(d * (1 - d), 3)
        let four = brokerage.actors[3]!
        #expect(abs(brokerage.density - d) < 1e-15)
        // Itinerant: E = q Σ_{j ≠ B} n_j (n_j − 1) = q (3·2 + 1·0) = 6q,
        // V = E (1 − q) + 2 Σ n_j (n_j − 1)(n_j − 2) r = 6q (1 − q) + 2 (3·2·1 + 0) r.
        #expect(abs(four.expected[1] - 6 * q) < 1e-15)
        #expect(abs(four.standardDeviations[1] - (6 * q * (1 - q) + 12 * r).squareRoot()) < 1e-15)
        // Liaison: E = q (Σ_{j≠k≠B} n_j n_k) = q (3·1 + 1·3) = 6q,
        // V = E (1 − q) + 4 Σ_j n_j C(N − n_j − n_i, 2) r = 6q(1 − q) + 4 (3·C(1, 2) + 1·C(3, 2)) r.
        #expect(abs(four.expected[4] - 6 * q) < 1e-15)
        #expect(abs(four.standardDeviations[4] - (6 * q * (1 - q) + 12 * r).squareRoot()) < 1e-15)
        // Coordinator in a group of 2: E = q·1·0 = 0 and V = 0, so no z-score.
        #expect(four.expected[0] == 0 && four.zScores[0] == nil)
        #expect(abs(four.zScores[4]! - (1 - 6 * q) / (6 * q * (1 - q) + 12 * r).squareRoot()) < 1e-12)
    }

    @Test func structuralHolesByHand() throws {
        // b's contacts a, c, d; a–c tied. p_bx = 1/3; c_ba = (1/3 + 1/3·1/2)² = 1/4 = c_bc;
        // c_bd = 1/9; constraint 11/18; effective size 3 − 2·1/3 = 7/3; efficiency 7/9;
        // hierarchy with r = (27/22, 27/22, 12/22): Σ r ln r / (3 ln 3).
        let map = try StakeholderMap(
            actors: ["a", "b", "c", "d"].map { Actor(id: $0) },
            ties: [("b", "a"), ("b", "c"), ("b", "d"), ("a", "c")].map { Tie(source: $0.0, target: $0.1, relation: "r", isDirected: false) })
        let holes = StructuralHoles(index: NetworkIndex(map))
        #expect(abs(holes.constraint[1]! - 11.0 / 18) < 1e-15)
        #expect(abs(holes.effectiveSize[1]! - 7.0 / 3) < 1e-15)
        #expect(abs(holes.efficiency[1]! - 7.0 / 9) < 1e-15)
        let r1 = 27.0 / 22, r2 = 12.0 / 22
        #expect(abs(holes.hierarchy[1]! - (2 * r1 * log(r1) + r2 * log(r2)) / (3 * log(3.0))) < 1e-15)
        // d has one contact: all its constraint comes from b (c = 1), hierarchy 1 by convention.
        #expect(holes.constraint[3] == 1 && holes.hierarchy[3] == 1 && holes.effectiveSize[3] == 1)
    }

    @Test func anIsolateHasNoParticipationAndNoRole() throws {
        // One actor, no tie: k = 0, so P = 1 − Σ (k_s/k)² is 0/0, undefined; its group has
        // one member, σ = 0, so z = 0 by the convention above.
        let map = try StakeholderMap(actors: [Actor(id: "a", department: "x")])
        let index = NetworkIndex(map)
        let roles = Participation(index: index, grouping: try Grouping(index, map: map, column: "department"))
        #expect(roles.participation == [nil])
        #expect(roles.roles == [nil])
        #expect(roles.withinModuleZ == [0])
    }

    @Test func participationByHand() throws {
        let (_, index, grouping) = try Self.sevenActors()
        let roles = Participation(index: index, grouping: grouping)
        // Actor 1: 3 ties in A, 1 in B → P = 1 − (3/4)² − (1/4)² = 3/8. Actors 2, 3: P = 0.
        // Actor 4: 1 in A, 1 in B → 1/2. Actor 5: 1 in A, 1 in B, 1 in C → 2/3.
        // Actor 6: 1 in A, 1 in B → 1/2. Actor 7: 1 in B → 0.
        let expected = [3.0 / 8, 0, 0, 0.5, 2.0 / 3, 0.5, 0]
        for (got, want) in zip(roles.participation, expected) { #expect(abs(got! - want) < 1e-15) }
        // κ in A = (3, 2, 2, 1): mean 2, population σ = √(2/4); z = (√2, 0, 0, −√2).
        // κ in B = (1, 1): σ = 0 → z = 0. C has one member: z = 0.
        let z = roles.withinModuleZ.map { $0! }
        let root2 = 2.0.squareRoot()
        #expect(abs(z[0] - root2) < 1e-15)
        #expect(abs(z[3] + root2) < 1e-15)
        #expect([z[1], z[2], z[4], z[5], z[6]] == [0, 0, 0, 0, 0])
        // No hub (z < 2.5): P = 3/8 and 1/2 are peripheral (R2), 2/3 a non-hub connector (R3).
        #expect(roles.roles == [.peripheral, .ultraPeripheral, .ultraPeripheral, .peripheral, .nonHubConnector, .peripheral, .ultraPeripheral])
    }

    /// Every shortest path from s to t, enumerated from BFS distances: an oracle for bridging
    /// betweenness independent of Brandes' accumulation.
    static func allShortestPaths(_ adjacency: [[Int]], from s: Int, to t: Int) -> [[Int]] {
        var distance = [Int](repeating: -1, count: adjacency.count)
        distance[s] = 0
        var queue = [s]
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w in adjacency[v] where distance[w] < 0 { distance[w] = distance[v] + 1; queue.append(w) }
        }
        guard distance[t] >= 0 else { return [] }
        func extend(_ path: [Int]) -> [[Int]] {
            let last = path.last!
            if last == t { return [path] }
            return adjacency[last].filter { distance[$0] == distance[last] + 1 }.flatMap { extend(path + [$0]) }
        }
        return extend([s])
    }

    @Test(arguments: [false, true]) func bridgingBetweennessAgreesWithPathEnumeration(directed: Bool) throws {
        // A seeded random graph of 14 actors in 3 groups and two ungrouped, directed or not.
        var generator = SplitMix64(seed: directed ? 9 : 8)
        let n = 14
        var adjacency = [[Int]](repeating: [], count: n)
        var ties: [Tie] = []
        for u in 0..<n {
            for v in 0..<n where u != v && (directed || u < v) && generator.next(below: 100) < 22 {
                adjacency[u].append(v)
                if !directed { adjacency[v].append(u) }
                ties.append(Tie(source: "n\(u)", target: "n\(v)", relation: "r", isDirected: directed))
            }
        }
        let group: [String?] = (0..<n).map { $0 >= 12 ? nil : ["x", "y", "z"][$0 % 3] }
        let map = try StakeholderMap(actors: (0..<n).map { Actor(id: "n\($0)", department: group[$0]) }, ties: ties)
        let index = NetworkIndex(map)
        let got = index.bridgingBetweenness(grouping: try Grouping(index, map: map), threads: 2)
        for v in 0..<n {
            var sum = 0.0, pairs = 0
            for s in 0..<n where s != v && group[s] != nil {
                for t in 0..<n where t != v && t != s && group[t] != nil && group[t] != group[s] {
                    pairs += 1
                    let paths = Self.allShortestPaths(adjacency, from: s, to: t)
                    guard !paths.isEmpty else { continue }
                    sum += Double(paths.filter { $0.contains(v) }.count) / Double(paths.count)
                }
            }
            #expect(abs(got[v]! - sum / Double(pairs)) < 1e-12, "node \(v)")
        }
    }

    @Test func mixingCutPointsAndSinglePointsByHand() throws {
        let (map, index, grouping) = try Self.sevenActors()
        let mixing = GroupMixing(index: index, map: map, grouping: grouping)
        #expect(mixing.ties == [[4, 2, 0], [2, 1, 1], [0, 1, 0]])
        // A–B: 2 linked pairs of 4·2 possible; within A: 4 of 6; within C: none possible.
        #expect(mixing.density[0][1] == 0.25)
        #expect(mixing.density[0][0] == 4.0 / 6)
        #expect(mixing.density[2][2] == nil)
        // A and C never meet; B and C meet only through the tie 5–7 (both ends are single points);
        // A–B has ties 1–5 and 4–6, no common end.
        #expect(mixing.unlinkedPairs.map { [$0.0, $0.1] } == [[0, 2]])
        #expect(mixing.singlePoints == [GroupMixing.SinglePoint(groups: (1, 2), via: [4, 6])])
        // 5–7 is the only bridge; 1 (cuts off 2, 3) and 5 (cuts off 7) the cut points.
        let cuts = CutPoints(index: index, grouping: grouping)
        #expect(cuts.bridges.map { [$0.ends.0, $0.ends.1] } == [[4, 6]])
        #expect(cuts.bridges[0].sides == [.init(size: 6, groups: ["A", "B"]), .init(size: 1, groups: ["C"])])
        #expect(cuts.articulationPoints.map(\.node) == [0, 4])
        #expect(Set(cuts.articulationPoints[0].parts) == [.init(size: 2, groups: ["A"]), .init(size: 4, groups: ["A", "B", "C"])])
        #expect(Set(cuts.articulationPoints[1].parts) == [.init(size: 1, groups: ["C"]), .init(size: 5, groups: ["A", "B"])])
    }

    @Test func louvainFindsTwoCliquesAndAgreementIsPerfect() throws {
        // Two 5-cliques joined by one tie: the best split is the cliques.
        var ties: [Tie] = []
        for clique in 0..<2 {
            for u in 0..<5 { for v in (u + 1)..<5 { ties.append(Tie(source: "\(clique)-\(u)", target: "\(clique)-\(v)", relation: "r")) } }
        }
        ties.append(Tie(source: "0-0", target: "1-0", relation: "r"))
        let map = try StakeholderMap(actors: (0..<10).map { Actor(id: "\($0 / 5)-\($0 % 5)", department: "d\($0 / 5)") }, ties: ties)
        let index = NetworkIndex(map)
        let communities = index.louvainCommunities(seed: 3)
        #expect(communities.groupOfNode == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        let agreement = PartitionAgreement(communities, try Grouping(index, map: map))
        #expect(agreement.normalizedMutualInformation == 1)
        #expect(agreement.adjustedRandIndex == 1)
        // Q = Σ_c [L_c/m − (d_c/2m)²] = 2 (10/21 − (21/42)²) = 20/21 − 1/2.
        #expect(abs(index.modularity(of: communities)! - (20.0 / 21 - 0.5)) < 1e-15)
    }
}
