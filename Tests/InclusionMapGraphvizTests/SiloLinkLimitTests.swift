import Testing
@testable import InclusionMapGraphviz

/// Which links a silo map draws when there are more than ``NetworkMap/siloLinkLimit``.
@Suite struct SiloLinkLimitTests {
    private func key(_ g: Int, _ h: Int, _ groupCount: Int) -> Int { min(g, h) * groupCount + max(g, h) }

    @Test func everyLinkUpToTheLimit() {
        let names = (0..<25).map { String(format: "g%02d", $0) }
        var between: [Int: Int] = [:]
        for g in 0..<25 { for h in (g + 1)..<25 { between[key(g, h, 25)] = 1 } }
        // C(25, 2) = 300 links: exactly the limit, all drawn.
        #expect(between.count == 300)
        #expect(NetworkMap.strongestLinks(between, groupCount: 25, names: names) == Set(between.keys))
    }

    @Test func strongestLinksAndEachGroupsBest() {
        // Groups g00…g25 all linked, link g–h carrying g + h ties, and z (index 26) linked
        // only to g00, by one tie: 325 + 1 = 326 links, 26 over the limit.
        let n = 27
        let names = (0..<26).map { String(format: "g%02d", $0) } + ["z"]
        var between: [Int: Int] = [:]
        for g in 0..<26 { for h in (g + 1)..<26 { between[key(g, h, n)] = g + h } }
        between[key(0, 26, n)] = 1
        let drawn = NetworkMap.strongestLinks(between, groupCount: n, names: names)
        #expect(drawn.count == 300)
        // z's only link is among the weakest, but it is z's strongest: kept.
        #expect(drawn.contains(key(0, 26, n)))
        // Left out: the 25 links with g + h ≤ 9 (1 + 1 + 2 + 2 + 3 + 3 + 4 + 4 + 5 of sums
        // 1…9), and the last by name of the five links with 10 ties ((0,10), (1,9), (2,8),
        // (3,7), (4,6)): g04–g06.
        var leftOut = Set<Int>()
        for g in 0..<26 { for h in (g + 1)..<26 where g + h <= 9 { leftOut.insert(key(g, h, n)) } }
        leftOut.insert(key(4, 6, n))
        #expect(leftOut.count == 26)
        #expect(drawn == Set(between.keys).subtracting(leftOut))
    }
}
