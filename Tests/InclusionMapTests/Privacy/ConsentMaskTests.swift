import Foundation
import InclusionMap
import Testing

/// The consent rule on small maps worked by hand.
@Suite struct ConsentMaskTests {
    /// Five actors; b2 and d4 did not consent. d4 alone has the e-mail and job title it has;
    /// b2 shares its job title with a1.
    ///
    ///     a1 — b2 — c3 — d4,  c3 — e5 (advice, directed c3 → e5)
    static let map = try! StakeholderMap(
        actors: [
            Actor(id: "a1", name: "Ann", department: "x", attributes: ["job": "Officer", "email": "ann@example.org"]),
            Actor(id: "b2", name: "Bo", department: "x", consent: false, attributes: ["job": "Officer", "email": "bo@example.org"]),
            Actor(id: "c3", name: "Cy", department: "y", consent: true, attributes: ["job": "Lead"]),
            Actor(id: "d4", name: "Di", department: "y", consent: false, attributes: ["job": "Director", "email": "di@example.org"]),
            Actor(id: "e5", department: "y"),
        ],
        ties: [
            Tie(source: "a1", target: "b2"), Tie(source: "b2", target: "c3"), Tie(source: "c3", target: "d4"),
            Tie(source: "c3", target: "e5", relation: "advice", isDirected: true),
        ],
        engagements: [Engagement(id: "w1")],
        attendance: [Attendance(engagement: "w1", actor: "d4"), Attendance(engagement: "w1", actor: "a1")])

    @Test func withheldActorsAreCodedInMapOrderAndLoseTheirNames() throws {
        let mask = ConsentMask(for: Self.map)
        #expect(mask.count == 2)
        #expect(mask.code(of: "b2") == "withheld-1")
        #expect(mask.code(of: "d4") == "withheld-2")
        #expect(mask.code(of: "a1") == nil)
        let masked = mask.applied(to: Self.map)
        #expect(masked.actors.map(\.id) == ["a1", "withheld-1", "c3", "withheld-2", "e5"])
        #expect(masked.actors[1].name == nil && masked.actors[3].name == nil)
        #expect(masked.actors[1].consent == false)
        #expect(masked.ties.map { [$0.source, $0.target] } == [["a1", "withheld-1"], ["withheld-1", "c3"], ["c3", "withheld-2"], ["c3", "e5"]])
        #expect(masked.attendance.map(\.actor) == ["withheld-2", "a1"])
        // Department and the rest stay, so groups are the same.
        #expect(masked.actors[3].department == "y")
    }

    @Test func valuesOnlyAWithheldActorHoldsAreRemoved() {
        let masked = ConsentMask(for: Self.map).applied(to: Self.map)
        // b2's e-mail is its own: removed; its job "Officer" is shared with a1: kept.
        #expect(masked.actors[1].attributes == ["job": "Officer"])
        // d4's job and e-mail are both its own.
        #expect(masked.actors[3].attributes.isEmpty)
        // Consenting actors keep everything.
        #expect(masked.actors[0].attributes == ["job": "Officer", "email": "ann@example.org"])
    }

    @Test func measuresAreTheSameOnTheMaskedMap() {
        let masked = ConsentMask(for: Self.map).applied(to: Self.map)
        let before = NetworkIndex(Self.map, options: .init(symmetrised: true))
        let after = NetworkIndex(masked, options: .init(symmetrised: true))
        // Degrees by hand: a1 1, b2 2, c3 3, d4 1, e5 1.
        let degree = { (index: NetworkIndex, id: String) in index.outNeighbours(of: index.node(of: id)!).count }
        #expect(["a1", "b2", "c3", "d4", "e5"].map { degree(before, $0) } == [1, 2, 3, 1, 1])
        #expect(["a1", "withheld-1", "c3", "withheld-2", "e5"].map { degree(after, $0) } == [1, 2, 3, 1, 1])
    }

    @Test func maskingTwiceChangesNothing() {
        let once = ConsentMask(for: Self.map).applied(to: Self.map)
        #expect(ConsentMask(for: once).applied(to: once) == once)
    }

    @Test func aWaveMaskedWithTheCodesOfTwoWavesKeepsThemOnItsOwn() throws {
        // p and q withheld; p is only in the first wave. Over both waves p is withheld-1 and
        // q withheld-2; the second wave alone, masked again, must keep q as withheld-2.
        let first = try StakeholderMap(actors: [Actor(id: "p", consent: false), Actor(id: "q", consent: false), Actor(id: "r")])
        let second = try StakeholderMap(actors: [Actor(id: "q", consent: false), Actor(id: "r")], ties: [Tie(source: "q", target: "r")])
        let union = ConsentMask(actors: first.actors + [Actor(id: "s")])
        let masked = union.applied(to: second)
        #expect(masked.actors.map(\.id) == ["withheld-2", "r"])
        #expect(ConsentMask(for: masked).applied(to: masked) == masked)
    }

    @Test func aCodeNeverEqualsAnotherActorsID() throws {
        let map = try StakeholderMap(actors: [
            Actor(id: "withheld-1", name: "A person whose id looks like a code"),
            Actor(id: "x", consent: false),
        ])
        let mask = ConsentMask(for: map)
        #expect(mask.prefix == "withheld--")
        #expect(mask.code(of: "x") == "withheld--1")
        let masked = mask.applied(to: map)
        #expect(Set(masked.actors.map(\.id)) == ["withheld-1", "withheld--1"])
    }

    @Test func anIDThatLooksLikeItsCodeStillLosesItsName() throws {
        let map = try StakeholderMap(actors: [Actor(id: "withheld-1", name: "Sam Secret", consent: false, attributes: ["email": "sam@x.org"])])
        let masked = ConsentMask(for: map).applied(to: map)
        #expect(masked.actors == [Actor(id: "withheld-1", consent: false)])
    }

    @Test func codesArePaddedToSortInMapOrder() throws {
        let actors = (1...12).map { Actor(id: "p\($0)", consent: false) }
        let mask = ConsentMask(for: try StakeholderMap(actors: actors))
        #expect(mask.code(of: "p1") == "withheld-01")
        #expect(mask.code(of: "p12") == "withheld-12")
    }

    @Test func typedIDsResolveToCodes() {
        let mask = ConsentMask(for: Self.map)
        #expect(mask.shown("d4") == "withheld-2")
        #expect(mask.shown("withheld-2") == "withheld-2")
        #expect(mask.shown("a1") == "a1")
        #expect(mask.shown("nobody") == "nobody")
    }

    @Test func readingWarningsNameWithheldActorsByCode() throws {
        let folder = TestSupport.folder([
            "actors.csv": "id,name,consent\ns1,Sam,false\nt2,Tia,true\n",
            "ties.csv": "source,target\ns1,t2\ns1,t2\nt2,t2\n",
        ])
        let check = DatasetFolder(url: folder).check()
        #expect(check.warnings.map(\.message) == [
            "repeats the tie tie withheld-1–t2 of line 2; network measures merge repeated ties",
            "target: \"t2\" ties an actor to itself; network measures leave such ties out",
        ])
    }
}

/// Which columns may label groups, colours and shapes.
@Suite struct IdentifyingColumnTests {
    @Test func namesIDsAndEmailAlwaysIdentify() throws {
        let map = try StakeholderMap(actors: [
            Actor(id: "a", name: "Same", attributes: ["Email": "x"]), Actor(id: "b", name: "Same", attributes: ["Email": "x"]),
        ])
        // Even when every actor has the same value.
        #expect(map.columnIdentifiesActors("name"))
        #expect(map.columnIdentifiesActors("id"))
        #expect(map.columnIdentifiesActors("Email"))
    }

    @Test func aFreeColumnIdentifiesWhenMostHoldersHoldAValueAlone() throws {
        // team: T1 ×3, T2, T3 → h = 5 holders, s = 2 alone: 2s = 4 ≤ 5, may label.
        // badge: B1 ×2, B2, B3, B4 → h = 5, s = 3: 2s = 6 > 5, identifies.
        // pair: P1 ×2, P2 ×2, Q → h = 5, s = 1: may label. Empty values are not counted.
        let rows: [(String, String, String)] = [("T1", "B1", "P1"), ("T1", "B1", "P1"), ("T1", "B2", "P2"), ("T2", "B3", "P2"), ("T3", "B4", "Q"), ("", "", "")]
        let actors = rows.enumerated().map { i, row in
            Actor(id: "a\(i)", attributes: ["team": row.0, "badge": row.1, "pair": row.2])
        }
        let map = try StakeholderMap(actors: actors)
        #expect(!map.columnIdentifiesActors("team"))
        #expect(map.columnIdentifiesActors("badge"))
        #expect(!map.columnIdentifiesActors("pair"))
        #expect(!map.columnIdentifiesActors("no-such-column"))
        #expect(throws: DisclosureError.identifyingColumn("badge", option: "--group")) {
            try map.checkColumnMayLabel("badge", option: "--group")
        }
    }

    @Test func theCategoryFieldsNeverIdentify() throws {
        let map = try StakeholderMap(actors: [
            Actor(id: "a", kind: .person, department: "d1", organisation: "o1", sector: "s1"),
            Actor(id: "b", kind: .team, department: "d2", organisation: "o2", sector: "s2"),
        ])
        for column in ["department", "organisation", "sector", "kind"] { #expect(!map.columnIdentifiesActors(column)) }
    }

    @Test func theMessageSaysWhatToDoInstead() {
        #expect(DisclosureError.identifyingColumn("job_title", option: "--color-by").description
            == "--color-by job_title: the column \"job_title\" identifies people (most of its values belong to one actor each), so labelling groups, colours or shapes by it would name them; choose a column that actors share, such as department, organisation or sector")
    }
}
