import Foundation
import Testing
import InclusionMap
import InclusionMapInterchange

/// UCINET DL as UCINET's own distributed files write it (issue 40): full-matrix rows wrapped
/// over several lines, `labels embedded:` with a colon, row labels in another case than the
/// column labels. Before, each was refused ("a row of 3 values; expected 5").
@Suite struct UCINETFreeFormatTests {
    @Test func wrappedRowsAreReadAsAStream() throws {
        // n = 5, each row of 5 values wrapped as 3 + 2. Ties (nonzero cells): a→b, a→e (2),
        // c→d, e→a (2) — not symmetric, so arcs.
        let text = """
            dl n=5 format=fullmatrix
            labels:
            a, b, c, d, e
            data:
            0 1 0
            0 2
            0 0 0
            0 0
            0 0 0
            1 0
            0 0 0
            0 0
            2 0 0
            0 0
            """
        let map = try UCINETDL.read(text)
        #expect(map.actors.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(map.ties.map { "\($0.source)→\($0.target) \($0.weight)" }.sorted() == ["a→b 1.0", "a→e 2.0", "c→d 1.0", "e→a 2.0"])
    }

    @Test func embeddedLabelsWithAColonAndRowsInAnotherCase() throws {
        // Column labels ANN BO CY, row labels ann bo cy; ann–bo and bo–cy, symmetric.
        let text = """
            DL N=3
            FORMAT = FULLMATRIX
            LABELS EMBEDDED:
            DATA:
            ANN BO CY
            ann 0 1 0
            bo 1 0 1
            cy 0 1 0
            """
        let map = try UCINETDL.read(text)
        #expect(map.actors.map(\.id) == ["ANN", "BO", "CY"])
        #expect(map.ties.map { "\($0.source)–\($0.target) \($0.isDirected)" }.sorted() == ["ANN–BO false", "BO–CY false"])
    }

    @Test func embeddedLabelsAndWrappedRowsTogether() throws {
        // n = 4 with embedded labels: the label row and each labelled row wrap after 3 tokens.
        let text = "dl n=4\nlabels embedded\ndata:\nw x y\nz\nw 0 1\n0 0\nx 0 0\n0 0\ny 0 0\n0 1\nz 0 0\n0 0\n"
        let map = try UCINETDL.read(text)
        #expect(map.actors.map(\.id) == ["w", "x", "y", "z"])
        #expect(map.ties.map { "\($0.source)→\($0.target)" }.sorted() == ["w→x", "y→z"])
    }

    @Test func aShortRowIsStillAnErrorWithItsLine() {
        // One value missing on line 6: the values are one short of the matrix, so no stream
        // reading hides it.
        let text = "dl n=3\ndata:\n0 1 0\n1 0 1\n0 1\n"
        do {
            _ = try UCINETDL.read(text)
            Issue.record("read a short matrix")
        } catch {
            #expect(error.issues.contains { $0.line == 5 && $0.message == "a row of 2 values; expected 3" })
        }
    }
}

/// Two-mode DL (issue 40): people × events is attendance at engagements. Davis's Southern
/// Women as UCINET keeps them (Scripts/oracles/davis_dl.py, from NetworkX's copy), rows wrapped.
@Suite struct UCINETTwoModeTests {
    struct Expected: Decodable {
        var women: [String]
        var events: [String]
        var attendance: [[String]]
        /// Each co-attending pair (sorted) and the events it shared, as NetworkX projects it.
        var projection: [[Projected]]

        enum Projected: Decodable, Equatable {
            case name(String), count(Double)
            init(from decoder: any Decoder) throws {
                let value = try decoder.singleValueContainer()
                if let text = try? value.decode(String.self) { self = .name(text) } else { self = .count(try value.decode(Double.self)) }
            }
        }
    }

    static func davis() throws -> (StakeholderMap, Expected) {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("davis")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("davis.expected.json")))
        let map = try UCINETDL.read(String(contentsOf: folder.appendingPathComponent("davis.dl"), encoding: .utf8), fileName: "davis.dl")
        return (map, expected)
    }

    @Test func theCoAttendanceProjectionIsNetworkXs() throws {
        // Breiger's duality: 139 pairs of women who shared an event, each weighing the events
        // they shared, as nx.bipartite.weighted_projected_graph gives them.
        let (map, expected) = try Self.davis()
        let projected = map.projectingAttendance()
        let got = projected.ties.map { tie -> [Expected.Projected] in
            let ends = [tie.source, tie.target].sorted()
            return [.name(ends[0]), .name(ends[1]), .count(tie.weight)]
        }
        func key(_ row: [Expected.Projected]) -> String { "\(row)" }
        #expect(got.count == 139)
        #expect(got.map(key).sorted() == expected.projection.map(key).sorted())
        #expect(projected.ties.allSatisfy { !$0.isDirected && $0.relation == StakeholderMap.coAttendanceRelation })
        // Attendance and engagements stay.
        #expect(projected.attendance.count == 89 && projected.engagements.count == 14)
    }

    @Test func davisSouthernWomenReadAsAttendance() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("davis")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("davis.expected.json")))
        let map = try UCINETDL.read(String(contentsOf: folder.appendingPathComponent("davis.dl"), encoding: .utf8), fileName: "davis.dl")
        // 18 women, 14 events, NetworkX's 89 attendances; no ties (two-mode data holds none).
        #expect(map.actors.map(\.id) == expected.women)
        #expect(map.engagements.map(\.id) == expected.events)
        #expect(map.attendance.map { [$0.actor, $0.engagement] }.sorted { $0.lexicographicallyPrecedes($1) } == expected.attendance)
        #expect(map.attendance.count == 89 && map.ties.isEmpty)
    }

    @Test func embeddedTwoModeLabelsAndValues() throws {
        // 2 people × 3 events, labels embedded; a 2 is kept as the attendance's value.
        let text = "dl nr=2 nc=3\nlabels embedded\ndata:\nmeet1 meet2 meet3\nann 1 0 2\nbo 0 1 0\n"
        let map = try UCINETDL.read(text)
        #expect(map.actors.map(\.id) == ["ann", "bo"] && map.engagements.map(\.id) == ["meet1", "meet2", "meet3"])
        #expect(map.attendance.map { "\($0.actor)@\($0.engagement) \($0.attributes["value"] ?? "")" } == ["ann@meet1 ", "ann@meet3 2", "bo@meet2 "])
        do {
            _ = try UCINETDL.read("dl nr=2 nc=2\ndata:\n1 0\n1\n")
            Issue.record("read a short two-mode matrix")
        } catch {
            #expect(error.issues.first?.message == "3 values for a 2 × 2 matrix; expected 4" && error.issues.first?.line == 4)
        }
    }
}
