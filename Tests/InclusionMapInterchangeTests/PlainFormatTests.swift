import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// UCINET DL, adjacency matrices and Gephi's tables: the layouts their manuals show, written
/// out here, and every dataset through each writer and back.
@Suite struct PlainFormatTests {
    @Test func ucinetFullMatrixWithLabelsAndTwoRelations() throws {
        // Three actors, two matrices. advice is asymmetric (arcs), friendship symmetric (one
        // undirected tie per pair).
        let text = """
            DL N = 3, NM = 2
            FORMAT = FULLMATRIX
            LABELS:
            "Ann Lee", Bo, Cy
            MATRIX LABELS:
            advice friendship
            DATA:
            0 1 0
            0 0 2
            1 0 0
            0 1 1
            1 0 0
            1 0 0
            """
        let map = try UCINETDL.read(text)
        #expect(map.actors.map(\.id) == ["Ann Lee", "Bo", "Cy"])
        #expect(map.ties == [
            Tie(source: "Ann Lee", target: "Bo", relation: "advice", isDirected: true),
            Tie(source: "Bo", target: "Cy", relation: "advice", weight: 2, isDirected: true),
            Tie(source: "Cy", target: "Ann Lee", relation: "advice", isDirected: true),
            Tie(source: "Ann Lee", target: "Bo", relation: "friendship"),
            Tie(source: "Ann Lee", target: "Cy", relation: "friendship"),
        ])
    }

    @Test func ucinetEdgeAndNodeListsWithEmbeddedLabels() throws {
        let edges = try UCINETDL.read("dl n=3 format=edgelist1\nlabels embedded\ndata:\nann bo 2\nbo cy\n")
        #expect(edges.actors.map(\.id) == ["ann", "bo", "cy"])
        #expect(edges.ties == [Tie(source: "ann", target: "bo", weight: 2, isDirected: true), Tie(source: "bo", target: "cy", isDirected: true)])
        let nodes = try UCINETDL.read("dl n=4 format=nodelist1\ndata:\n1 2 3\n4 1\n")
        #expect(nodes.actors.map(\.id) == ["1", "2", "3", "4"])
        #expect(nodes.ties.map { "\($0.source)→\($0.target)" } == ["1→2", "1→3", "4→1"])
        let embeddedMatrix = try UCINETDL.read("dl n=2\nformat=fullmatrix labels embedded\ndata:\n a b\na 0 1\nb 0 0\n")
        #expect(embeddedMatrix.ties == [Tie(source: "a", target: "b", isDirected: true)])
    }

    @Test func ucinetProblemsArePositioned() {
        // Two-mode data was refused here; it now reads as attendance (issue 40): row 1 attends
        // events 1 and 3, row 2 event 2.
        let twoMode = try? UCINETDL.read("dl nr=2 nc=3\ndata:\n1 0 1\n0 1 0\n", fileName: "x.dl")
        #expect(twoMode?.attendance.map { "\($0.actor)@\($0.engagement)" } == ["1@event 1", "1@event 3", "2@event 2"])
        do {
            _ = try UCINETDL.read("dl n=2\ndata:\n0 x\n0\n", fileName: "x.dl")
            Issue.record("read a bad matrix")
        } catch {
            #expect(error.issues.map(\.line) == [3, 4])
            #expect(error.issues.map(\.message) == ["\"x\" is not a weight; expected a number (0 for no tie, negative for a negative tie)", "a row of 1 values; expected 2"])
        }
    }

    @Test func matrixCSVReadsSymmetricAsUndirectedAndChecksLabels() throws {
        let symmetric = try MatrixCSV.read(Data(",a,b,c\na,0,1,\nb,1,0,2\nc,,2,0\n".utf8))
        #expect(symmetric.ties == [Tie(source: "a", target: "b"), Tie(source: "b", target: "c", weight: 2)])
        let asymmetric = try MatrixCSV.read(Data(",a,b\na,0,1\nb,0,0\n".utf8))
        #expect(asymmetric.ties == [Tie(source: "a", target: "b", isDirected: true)])
        do {
            _ = try MatrixCSV.read(Data(",a,b\nb,0,1\na,x,0\n".utf8), fileName: "m.csv")
            Issue.record("read a bad matrix")
        } catch {
            #expect(error.issues.map { "\($0.line!):\($0.column!)" } == ["2:1", "3:1", "3:2"])
        }
    }

    @Test func gephiTablesKeepLabelsTypesAndKinds() throws {
        let nodes = "Id,Label,Department,Kind\neh07,Samira Haddad,early-help,person\nho02,ho02,housing,team\n"
        let edges = "Source,Target,Type,Id,Label,Weight,Interval\neh07,ho02,Directed,0,advice,2,\nho02,eh07,Undirected,1,,1,<[2020.0]>\n"
        let (map, warnings) = try GephiCSV.read(nodes: (Data(nodes.utf8), "nodes.csv"), edges: (Data(edges.utf8), "edges.csv"))
        #expect(map.actors == [
            Actor(id: "eh07", name: "Samira Haddad", kind: .person, department: "early-help"),
            Actor(id: "ho02", kind: .team, department: "housing"),
        ])
        // Gephi's time interval is kept, as written, as the tie's period (before, it was dropped
        // with a warning).
        #expect(map.ties == [Tie(source: "eh07", target: "ho02", relation: "advice", weight: 2, isDirected: true),
                             Tie(source: "ho02", target: "eh07", attributes: ["period": "<[2020.0]>"])])
        #expect(warnings.isEmpty)
        do {
            _ = try GephiCSV.read(nodes: nil, edges: (Data("Source,Target,Type\na,b,Sideways\n".utf8), "edges.csv"))
            Issue.record("read a bad Type")
        } catch {
            #expect(error.issues == [DatasetIssue(file: "edges.csv", line: 2, column: 3, columnName: "Type", message: "Type: \"Sideways\" is not Directed or Undirected")])
        }
    }

    @Test(arguments: InterchangeRoundTripTests.datasets) func everyDatasetThroughEachPlainFormat(_ name: String) throws {
        let map = try InterchangeRoundTripTests.dataset(name)
        // Gephi's tables hold actors and ties whole (names equal to ids aside, which are reported).
        let tables = GephiCSV.write(map)
        let back = try GephiCSV.read(nodes: (tables.nodes, "nodes.csv"), edges: (tables.edges, "edges.csv")).map
        var expected = try InterchangeRoundTripTests.graphOnly(map)
        expected = try StakeholderMap(actors: expected.actors.map { actor in
            var actor = actor
            if actor.name == actor.id { actor.name = nil }
            return actor
        }, ties: expected.ties)
        #expect(back.actors == expected.actors)
        #expect(back.ties == expected.ties)
        // UCINET and matrices hold each relation's weights by cell.
        let dl = try UCINETDL.read(String(decoding: UCINETDL.write(map).data, as: UTF8.self))
        #expect(dl.actors.map(\.id) == map.actors.map(\.id))
        for relation in map.relations {
            let original = cellTotals(map, relation)
            #expect(cellTotals(dl, relation) == original, "\(name) \(relation)")
        }
        let matrix = try MatrixCSV.read(MatrixCSV.write(map).data)
        #expect(cellTotals(matrix, Tie.defaultRelation) == cellTotals(map, map.relations.first!))
    }

    /// The weight from each actor to each other of one relation, undirected ties counted both
    /// ways: what a matrix holds.
    func cellTotals(_ map: StakeholderMap, _ relation: String) -> [String: Double] {
        var cells: [String: Double] = [:]
        for tie in map.ties where tie.relation == relation {
            cells["\(tie.source)→\(tie.target)", default: 0] += tie.weight
            if !tie.isDirected, tie.source != tie.target { cells["\(tie.target)→\(tie.source)", default: 0] += tie.weight }
        }
        return cells
    }
}

/// Pajek partitions beside a network.
@Suite struct PajekPartitionTests {
    @Test func aPartitionBesideTheNetworkBecomesAGroupColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2\n2 3\n".utf8).write(to: folder.appendingPathComponent("office.net"))
        try Data("*Vertices 3\n1\n1\n2\n".utf8).write(to: folder.appendingPathComponent("office.clu"))
        let map = try MapFile.read(folder.appendingPathComponent("office.net"))
        #expect(map.actors.map { $0.attributes["partition"] } == ["1", "1", "2"])
    }

    @Test func aPartitionOfTheWrongLengthIsAnError() {
        #expect(throws: DatasetError(issues: [DatasetIssue(file: "x.clu", message: "2 classes for *Vertices 3; expected one per vertex")])) {
            try PajekPartition.read("*Vertices 3\n1\n2\n", fileName: "x.clu")
        }
        #expect(throws: DatasetError(issues: [DatasetIssue(file: "x.clu", line: 3, message: "\"red\" is not a class number; expected a whole number per vertex")])) {
            try PajekPartition.read("*Vertices 2\n1\nred\n", fileName: "x.clu")
        }
    }
}
