import Foundation
import Testing
import InclusionMap
import InclusionMapInterchange

/// Pajek files as they are found (issue 40): a byte-order mark, old line ends, and Pajek's
/// multi-relational arc lines, each read with the counts written out here by hand.
@Suite struct PajekLinesTests {
    static let network = "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2\n2 3 2\n"

    @Test(arguments: [("LF", "\n"), ("CR LF", "\r\n"), ("CR", "\r"), ("LF CR", "\n\r")])
    func everyLineEndReadsTheSameNetwork(name: String, end: String) throws {
        let text = Self.network.replacingOccurrences(of: "\n", with: end)
        let (map, _) = try PajekReader().read(text)
        // Three vertices labelled a, b, c; arcs a→b (1) and b→c (2). Before: CR alone was one
        // line ("a line outside any section"), LF CR counted every line twice.
        #expect(map.actors.map(\.id) == ["a", "b", "c"], "\(name)")
        #expect(map.ties.map { "\($0.source)→\($0.target) \($0.weight)" } == ["a→b 1.0", "b→c 2.0"], "\(name)")
    }

    @Test func lineNumbersCountLinesAsAnEditorDoes() {
        // Line 7 (the second arc) names vertex 9 of 3, in LF CR and CR files alike.
        for end in ["\n\r", "\r"] {
            let text = "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2\n2 9\n".replacingOccurrences(of: "\n", with: end)
            do {
                _ = try PajekReader().read(text)
                Issue.record("read a vertex 9 of 3")
            } catch {
                #expect(error.issues.first?.line == 7)
            }
        }
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        // Before: "\u{FEFF}*Vertices" was not a section ("a line outside any section").
        let (map, _) = try PajekReader().read("\u{FEFF}" + Self.network)
        #expect(map.actors.count == 3 && map.ties.count == 2)
    }

    @Test func multiRelationalLinesKeepTheirRelation() throws {
        // Pajek's multi-relational syntax: headers name relations 1 and 2; each line begins
        // with its relation's number. 1: a→b, 2: a→c and b→c (weight 3), 1: c→a.
        let text = """
            *Vertices 3
            1 "a"
            2 "b"
            3 "c"
            *Arcs :1 "advice"
            *Arcs :2 "friendship"
            *Arcs
            1: 1 2
            2: 1 3
            2: 2 3 3
            1: 3 1
            """
        let (map, _) = try PajekReader().read(text)
        #expect(map.ties.map { "\($0.relation) \($0.source)→\($0.target) \($0.weight)" }
                == ["advice a→b 1.0", "friendship a→c 1.0", "friendship b→c 3.0", "advice c→a 1.0"])
    }
}

/// Pajek projects (`.paj`): several networks, partitions and vectors in one file (issue 40).
/// Before, every project was refused ("a second *Vertices section").
@Suite struct PajekProjectTests {
    static let project = """
        *Network Advice
        *Vertices 3
        1 "a"
        2 "b"
        3 "c"
        *Arcs
        1 2
        *Network Friendship
        *Vertices 3
        1 "a"
        2 "b"
        3 "c"
        *Edges
        2 3
        1 3
        *Partition C:\\data\\Family.clu
        *Vertices 3
        1
        2
        1
        *Vector Age.vec
        *Vertices 3
        34.5
        41
        29
        *Partition Other.clu
        *Vertices 5
        1
        1
        1
        1
        1
        *Permutation Order.per
        *Vertices 3
        3
        1
        2
        """

    @Test func theFirstNetworkIsReadAndTheOthersNamed() throws {
        let (map, warnings) = try PajekReader(fileName: "project.paj").read(Self.project)
        // Advice: one arc a→b.
        #expect(map.ties.map { "\($0.source)→\($0.target) \($0.isDirected)" } == ["a→b true"])
        let messages = warnings.map(\.message)
        #expect(messages.contains("a Pajek project of 2 networks: \"Advice\" is read; the others (\"Friendship\") are not (--network NAME or N reads another)"))
        // Family (3 values) and Age (3) fit; Other has 5 values for 5 vertices: not this network's.
        #expect(map.actors.map { $0.attributes["Family"] } == ["1", "2", "1"])
        #expect(map.actors.map { $0.attributes["Age"] } == ["34.5", "41", "29"])
        #expect(messages.contains("partitions or vectors of another size than this network's 3 vertices are not kept: Other"))
        #expect(messages.contains("1 permutations, clusters or hierarchies of the project are not kept"))
    }

    @Test(arguments: ["Friendship", "friendship", "2"]) func aNetworkIsChosenByNameOrNumber(_ choice: String) throws {
        let (map, _) = try PajekReader(fileName: "project.paj", network: choice).read(Self.project)
        // Friendship: edges b–c and a–c, undirected, with the same partitions.
        #expect(map.ties.map { "\($0.source)–\($0.target) \($0.isDirected)" } == ["b–c false", "a–c false"])
        #expect(map.actors.map { $0.attributes["Family"] } == ["1", "2", "1"])
    }

    @Test func anUnknownNetworkListsTheProjectsNetworks() {
        #expect(throws: DatasetError.self) { try PajekReader(fileName: "project.paj", network: "Trust").read(Self.project) }
        do {
            _ = try PajekReader(fileName: "project.paj", network: "3").read(Self.project)
        } catch {
            #expect(error.issues.first?.message == "no network \"3\" in this Pajek file; it holds 1 \"Advice\", 2 \"Friendship\"")
        }
    }
}
