import Foundation
import InclusionMap
import Testing

/// Consent across waves and maps (issue 32, defects 1–3; issue 33, one code per person): the
/// keyed codes, the scope that carries a withdrawal to every wave, and preparation that masks
/// before the missing-data policy.
@Suite struct ConsentScopeTests {
    /// The key 00 01 02 … 1f.
    static let key = ConsentKey(bytes: Array(0..<32))!

    /// Expected codes: `withheld-` and the first ten hex digits of HMAC-SHA-256(key, id), from
    /// Python's standard library:
    /// `hmac.new(bytes(range(32)), b"b2", hashlib.sha256).hexdigest()[:10]` = 0316857d71,
    /// for d4 44e5f6062b, for zz 6c6c736183.
    @Test func keyedCodesAreTheHMACOfTheID() {
        let mask = ConsentMask(for: ConsentMaskTests.map, scope: ConsentScope(key: Self.key))
        #expect(mask.code(of: "b2") == "withheld-0316857d71")
        #expect(mask.code(of: "d4") == "withheld-44e5f6062b")
        // The same person has the same code in a map that lists people in another order, or
        // without the others: the code says nothing of order or count.
        let alone = ConsentMask(actors: [Actor(id: "d4", consent: false)], scope: ConsentScope(key: Self.key))
        #expect(alone.code(of: "d4") == "withheld-44e5f6062b")
        // Masking a masked map changes nothing.
        let masked = mask.applied(to: ConsentMaskTests.map)
        #expect(ConsentMask(for: masked, scope: ConsentScope(key: Self.key)).applied(to: masked) == masked)
    }

    @Test func aPersonWithheldByTheScopeIsWithheldWhereTheyConsented() {
        // zz consented in this wave (true) but declined in another: withheld here too.
        let wave = try! StakeholderMap(
            actors: [Actor(id: "aa", name: "Al"), Actor(id: "zz", name: "Zed", consent: true)],
            ties: [Tie(source: "aa", target: "zz")])
        let scope = ConsentScope(withheldIDs: ["zz"], key: Self.key)
        let masked = ConsentMask(for: wave, scope: scope).applied(to: wave)
        #expect(masked.actors.map(\.id) == ["aa", "withheld-6c6c736183"])
        #expect(masked.actors[1].name == nil && masked.actors[1].consent == false)
        #expect(masked.ties[0].target == "withheld-6c6c736183")
        // Numbered when there is no key: still withheld.
        #expect(ConsentMask(for: wave, scope: ConsentScope(withheldIDs: ["zz"])).code(of: "zz") == "withheld-1")
    }

    /// Issue 33's defect: with two non-consenting actors and the respondents policy, `compare`
    /// applied the policy before the mask, so b (withheld-2 everywhere else) became withheld-1.
    ///
    ///     a (declined, did not respond), b (declined, responded), c, d
    @Test func preparationMasksBeforeThePolicySoCodesAgreeEverywhere() throws {
        let map = try StakeholderMap(
            actors: [Actor(id: "a", consent: false, responded: false), Actor(id: "b", consent: false, responded: true),
                     Actor(id: "c", responded: true), Actor(id: "d", responded: true)],
            ties: [Tie(source: "a", target: "b"), Tie(source: "b", target: "c"), Tie(source: "c", target: "d")])
        for policy in MissingDataPolicy.allCases {
            let alone = PreparedMap(map, policy: policy)
            let (before, after) = PreparedMap.comparing(map, map, policy: policy)
            #expect(alone.mask.code(of: "b") == "withheld-2", "\(policy)")
            #expect(before.mask.code(of: "b") == "withheld-2" && after.mask.code(of: "b") == "withheld-2", "\(policy)")
            #expect(before.analysed.actors.map(\.id) == alone.analysed.actors.map(\.id), "\(policy)")
        }
        // Under respondents, a is left out but b keeps its code.
        #expect(PreparedMap(map, policy: .respondents).analysed.actors.map(\.id) == ["withheld-2", "c", "d"])
    }

    /// Defect 3: someone who consents before and declines after is withheld in both maps of a
    /// comparison, under one code, so the two maps still match them.
    @Test func aComparisonWithholdsWhoeverDeclinedInEitherMap() throws {
        let before = try StakeholderMap(actors: [Actor(id: "p", name: "Pat", consent: true), Actor(id: "q")], ties: [Tie(source: "p", target: "q")])
        let after = try StakeholderMap(actors: [Actor(id: "p", name: "Pat", consent: false), Actor(id: "q")], ties: [Tie(source: "p", target: "q")])
        let (a, b) = PreparedMap.comparing(before, after)
        #expect(a.analysed.actors.map(\.id) == ["withheld-1", "q"])
        #expect(b.analysed.actors.map(\.id) == ["withheld-1", "q"])
        #expect(a.analysed.actors[0].name == nil)
    }
}
