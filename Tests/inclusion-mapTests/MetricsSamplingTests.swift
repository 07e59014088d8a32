import Foundation
import Testing

/// `metrics` says when betweenness is estimated from a sample, with a standard error column.
extension CommandLineTests {
    @Test func metricsSampleAddsStandardErrorsAndSaysSo() throws {
        // Rivertown's 111 actors are below the automatic limit: exact, no extra column, no note.
        let exact = try run(["metrics", "--metrics", "betweenness,bridging_betweenness", "--format", "csv"])
        #expect(exact.status == 0)
        #expect(exact.output.hasPrefix("id,name,department,betweenness,bridging_betweenness\n"))
        #expect(!exact.errors.contains("estimated"))
        // A sample of 40: both measures estimated, each with its _se column and a note.
        let sampled = try run(["metrics", "--metrics", "betweenness,bridging_betweenness", "--sample", "40", "--format", "csv"])
        #expect(sampled.status == 0)
        #expect(sampled.output.hasPrefix("id,name,department,betweenness,bridging_betweenness,betweenness_se,bridging_betweenness_se\n"))
        #expect(sampled.errors.contains("metrics: Betweenness is estimated from 40 of the 111 actors as path sources (seed 1;"))
        #expect(sampled.errors.contains("Bridging betweenness is estimated from 40 of the"))
        let json = try run(["metrics", "--metrics", "betweenness", "--sample", "40", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 111 && rows.allSatisfy { $0["betweenness_se"] is Double })
        let table = try run(["metrics", "--metrics", "betweenness", "--sample", "40"])
        #expect(table.output.contains("Standard errors are in the column betweenness_se; --exact searches from every one."))
        // Closeness and harmonic centrality are sampled too, with their own columns and notes.
        let distances = try run(["metrics", "--metrics", "closeness,harmonic", "--sample", "40", "--format", "csv"])
        #expect(distances.output.hasPrefix("id,name,department,closeness,harmonic,closeness_se,harmonic_se\n"))
        #expect(distances.errors.contains("metrics: Closeness is estimated from 40 of the 111 actors as path sources (seed 1; Eppstein & Wang 2004)"))
        #expect(distances.errors.contains("metrics: Harmonic centrality is estimated from 40 of the 111 actors"))
        let both = try run(["metrics", "--sample", "40", "--exact"])
        #expect(both.status == 64 && both.errors.contains("--exact and --sample contradict each other"))
    }

    /// Issue 34 part 7: above 5,000 actors betweenness was sampled however cheap the exact
    /// value; now the choice follows the work, and the output says when it was exact.
    @Test func aLargeCheapMapIsExactAndSaysSo() throws {
        // A ring of 5,200 actors in four departments: 5,200 × (5,200 + 10,400 arcs) = 8.1 × 10⁷
        // steps, a hundredth of the limit, where the old rule (more than 5,000) sampled. Exact,
        // every actor of a ring has the same betweenness ((n − 2)²/8 pairs through it for even
        // n: for n = 4, the one pair of neighbours split between two paths, 1/2); a sample
        // would give different values.
        let n = 5_200
        var actors = "id,department\n", ties = "source,target\n"
        for i in 0..<n {
            actors += "a\(i),d\(i * 4 / n)\n"
            ties += "a\(i),a\((i + 1) % n)\n"
        }
        let folder = try scratchFolder(["actors.csv": actors, "ties.csv": ties])
        let metrics = try run(["metrics", folder, "--metrics", "betweenness,bridging_betweenness", "--format", "csv"])
        #expect(metrics.status == 0, "\(metrics.errors)")
        #expect(metrics.output.hasPrefix("id,name,department,betweenness,bridging_betweenness\n"))
        #expect(!metrics.errors.contains("estimated"))
        #expect(metrics.errors.contains("metrics: Betweenness is exact: every one of the 5200 actors is a path source"))
        #expect(metrics.errors.contains("metrics: Bridging betweenness is exact"))
        // On a ring every actor has the same betweenness: one value in the whole column.
        let values = Set(metrics.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] })
        #expect(values.count == 1)
        let brokers = try run(["brokers", folder])
        #expect(brokers.status == 0, "\(brokers.errors)")
        #expect(brokers.output.contains("Bridging betweenness is exact: every one of the 5200 grouped actors is a path source"))
    }

    /// The progress line is for terminals: in a pipe (as here) no command writes a control
    /// character or a bar, even while it resamples.
    @Test func progressIsQuietInAPipe() throws {
        for arguments in [["metrics", "--format", "csv"], ["brokers", "--confidence", "--resamples", "5"], ["render", "--out", "-", "--format", "svg"]] {
            let run = try run(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(!run.errors.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x0D }, "\(arguments)")
            #expect(!run.errors.contains("…") && !run.errors.contains("█"), "\(arguments)")
        }
    }
}

/// `--network` picks one network of a Pajek project (issue 40).
extension CommandLineTests {
    @Test func aPajekProjectsNetworkIsChosenOnTheCommandLine() throws {
        let project = "*Network Advice\n*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n*Network Friendship\n*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n"
        let folder = try scratchFolder(["project.paj": project])
        let first = try run(["validate", folder + "/project.paj"])
        #expect(first.status == 0)
        #expect(first.output.contains("a Pajek project of 2 networks: \"Advice\" is read"))
        let second = try run(["summary", folder + "/project.paj", "--network", "Friendship", "--format", "json"])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("\"directedTies\" : 0"))
        let missing = try run(["summary", folder + "/project.paj", "--network", "Trust"])
        #expect(missing.status == 1 && missing.errors.contains("no network \"Trust\" in this Pajek file; it holds 1 \"Advice\", 2 \"Friendship\""))
    }
}

/// `--encoding` reaches a file's reader (issue 40: a Windows-1252 Pajek file). Before, the
/// option was read but a file given by its path was decoded as UTF-8 whatever it said.
extension CommandLineTests {
    @Test func theEncodingOptionReachesTheReader() throws {
        let folder = try scratchFolder([:])
        // "Gödel, Kurt" in Windows-1252: ö is the one byte F6.
        var bytes = Data("*Vertices 2\n1 \"G".utf8)
        bytes.append(0xF6)
        bytes.append(contentsOf: Data("del, Kurt\"\n2 \"Escher\"\n*Edges\n1 2\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: folder + "/logicians.net"))
        let refused = try run(["validate", folder + "/logicians.net"])
        #expect(refused.status != 0)
        #expect(refused.output.contains("windows-1252") || refused.errors.contains("windows-1252"))
        let read = try run(["metrics", folder + "/logicians.net", "--encoding", "windows-1252", "--metrics", "degree", "--format", "csv"])
        #expect(read.status == 0, "\(read.errors)")
        #expect(read.output.contains("Gödel, Kurt"))
    }
}

/// `--project` makes two-mode data a one-mode map (issue 40).
extension CommandLineTests {
    @Test func twoModeDataIsProjectedOnRequest() throws {
        // Two people × three events: ann attends e1 and e3, bo e1 and e2, cy e3 — ann–bo share
        // e1, ann–cy share e3: two co-attendance ties of weight 1.
        let folder = try scratchFolder(["people.dl": "dl nr=3 nc=3\nrow labels:\nann bo cy\ncolumn labels:\ne1 e2 e3\ndata:\n1 0 1\n1 1 0\n0 0 1\n"])
        let plain = try run(["metrics", folder + "/people.dl", "--metrics", "degree", "--format", "csv"])
        #expect(plain.status == 0 && plain.output.contains("ann,,,0"), "\(plain.output)")
        let projected = try run(["metrics", folder + "/people.dl", "--project", "--metrics", "degree", "--format", "csv"])
        #expect(projected.status == 0, "\(projected.errors)")
        #expect(projected.output.contains("ann,,,2") && projected.output.contains("bo,,,1") && projected.output.contains("cy,,,1"), "\(projected.output)")
    }
}
