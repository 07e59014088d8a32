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
