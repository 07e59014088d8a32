import Foundation
import InclusionMap
@testable import InclusionMapServer
import Testing

/// Every endpoint of the workbench's API, on a map small enough to work by hand — the path
/// a–b–c, departments x, x, y — and on the Rivertown demo.
@Suite("Workbench API", .serialized)
struct WorkbenchAPITests {
    private func withPath(_ body: (WorkbenchHarness) async throws -> Void) async throws {
        try await WorkbenchHarness.with(source: "path", prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }, body)
    }

    @Test func thePageAndItsFilesComeFromTheBinaryAndNothingElse() async throws {
        try await withPath { harness in
            let page = try await harness.request("/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("<script src=\"/assets/workbench.js\""))
            for file in ["/assets/workbench.js", "/assets/workbench.css"] {
                let asset = try await harness.request(file)
                #expect(asset.status == 200, "\(file)")
                // Nothing fetched from elsewhere: no address of another host in any file.
                for text in [page.text, asset.text] {
                    #expect(!text.contains("src=\"http") && !text.contains("href=\"http") && !text.contains("url(http")
                        && !text.contains("fetch(\"http") && !text.contains("//cdn"))
                }
            }
            #expect(try await harness.request("/assets/missing.js").status == 404)
        }
    }

    @Test func summaryCountsTheMap() async throws {
        try await withPath { harness in
            let summary = try #require(try await harness.request("/api/summary").json() as? [String: Any])
            #expect(summary["name"] as? String == "path")
            #expect(summary["group_column"] as? String == "department")
            #expect(summary["groups"] as? [String] == ["x", "y"])
            let counts = try #require(summary["summary"] as? [String: Any])
            #expect(counts["actors"] as? Int == 3)
            #expect(counts["ties"] as? Int == 2)
        }
    }

    /// By hand, on the path a–b–c (undirected):
    /// - degree: a 1, b 2, c 1. Mid-rank percentiles, r = (#below + (#equal − 1)/2)/(N − 1):
    ///   a and c (1, 1) share (0 + 1/2)/2 = 0.25; b is (2 + 0)/2 = 1.
    /// - betweenness of b: the one pair (a, c) passes through it, normalised by
    ///   (n − 1)(n − 2)/2 = 1, so 1; a and c 0.
    /// - c declined consent, so is only `withheld-1`, with no name.
    @Test func actorsCarryTheirMeasuresAndPercentiles() async throws {
        try await withPath { harness in
            let actors = try #require(try await harness.request("/api/actors").json() as? [[String: Any]])
            #expect(actors.compactMap { $0["id"] as? String }.sorted() == ["a", "b", "withheld-1"])
            let byID = Dictionary(uniqueKeysWithValues: actors.map { ($0["id"] as! String, $0) })
            func measure(_ id: String, _ name: String) -> [String: Any]? {
                (byID[id]?["measures"] as? [String: Any])?[name] as? [String: Any]
            }
            #expect(measure("b", "degree")?["value"] as? Double == 2)
            #expect(measure("b", "degree")?["percentile"] as? Double == 1)
            #expect(measure("a", "degree")?["percentile"] as? Double == 0.25)
            #expect(measure("withheld-1", "degree")?["percentile"] as? Double == 0.25)
            #expect(measure("b", "betweenness")?["value"] as? Double == 1)
            #expect(measure("a", "betweenness")?["value"] as? Double == 0)
            #expect(byID["withheld-1"]?["name"] as? String == "")
            #expect(byID["a"]?["name"] as? String == "Ada")

            let one = try #require(try await harness.request("/api/actors/b").json() as? [String: Any])
            #expect(one["group"] as? String == "x")
            #expect(((one["measures"] as? [String: Any])?["betweenness"] as? [String: Any])?["value"] as? Double == 1)
            // The withheld actor is found by code only; their own id is not an actor here.
            #expect(try await harness.request("/api/actors/withheld-1").status == 200)
            let hidden = try await harness.request("/api/actors/c")
            #expect(hidden.status == 404)
            #expect((try hidden.json() as? [String: Any])?["error"] as? String == "no actor \"c\"")
        }
    }

    @Test func egoMapIsAnSVGAroundTheActor() async throws {
        try await withPath { harness in
            let ego = try await harness.request("/api/actors/b/ego?depth=1")
            #expect(ego.status == 200)
            #expect(ego.headers["content-type"] == "image/svg+xml")
            #expect(ego.text.contains("<svg") && ego.text.contains("<title>b</title>") && ego.text.contains("<title>a</title>"))
            #expect(try await harness.request("/api/actors/b/ego?depth=9").status == 400)
            #expect(try await harness.request("/api/actors/nobody/ego").status == 404)
        }
    }

    @Test func drawingFollowsTheFilters() async throws {
        try await withPath { harness in
            func nodes(_ query: String) async throws -> Int {
                let svg = try await harness.request("/api/drawing" + query)
                #expect(svg.status == 200)
                return svg.text.components(separatedBy: "class=\"node actor").count - 1
            }
            #expect(try await nodes("") == 3)
            #expect(try await nodes("?group=x") == 2)
            #expect(try await nodes("?size=betweenness&color=department") == 3)
            let relation = try await harness.request("/api/drawing?relation=advice")
            #expect(relation.status == 400)
            #expect((try relation.json() as? [String: Any])?["error"] as? String == "no relation \"advice\"; the map has tie")
            #expect(try await harness.request("/api/drawing?size=fame").status == 400)
            #expect(try await harness.request("/api/drawing?min_weight=heavy").status == 400)
            #expect(try await harness.request("/api/drawing?color=favourite").status == 400)
            let silo = try await harness.request("/api/silo-drawing")
            #expect(silo.status == 200 && silo.text.contains("<svg"))
        }
    }

    @Test func metricsListEveryActor() async throws {
        try await withPath { harness in
            let metrics = try #require(try await harness.request("/api/metrics").json() as? [String: Any])
            let rows = try #require(metrics["rows"] as? [[String: Any]])
            #expect(rows.count == 3)
            let b = try #require(rows.first { $0["id"] as? String == "b" })
            #expect((b["values"] as? [String: Any])?["betweenness"] as? Double == 1)
            #expect(metrics["betweenness_sample"] is NSNull)
        }
    }

    /// E-I by hand: a–b lies inside x (internal), b–c joins x and y (external):
    /// (E − I)/(E + I) = (1 − 1)/2 = 0. Group x: 1 internal, 1 external, so 0; y: 0 internal,
    /// 1 external, so +1.
    @Test func silosGiveTheEIIndex() async throws {
        try await withPath { harness in
            let silos = try #require(try await harness.request("/api/silos").json() as? [String: Any])
            #expect(silos["ei_index"] as? Double == 0)
            let groups = try #require(silos["groups"] as? [[String: Any]])
            let y = try #require(groups.first { $0["group"] as? String == "y" })
            #expect(y["ei_index"] as? Double == 1)
            #expect(silos["articulation_points"] as? [String] == ["b"])
        }
    }

    /// The demo's planted story: Samira Haddad (eh07) is the under-used broker at the top,
    /// and eight engagements are recorded (the README's walk-through).
    @Test func brokersAndAuditOnTheDemoAreTheCommandLinesRecords() async throws {
        try await WorkbenchHarness.with(confidenceLimit: 2_000) { harness in
        let brokers = try #require(try await harness.request("/api/brokers").json() as? [String: Any])
        let listed = try #require(brokers["brokers"] as? [[String: Any]])
        #expect(listed.first?["id"] as? String == "eh07")
        #expect((brokers["under_used"] as? [String])?.contains("eh07") == true)
        // Resampled on opening, as --confidence does.
        #expect(listed.first?["confidence"] is Double)
        let audit = try #require(try await harness.request("/api/audit").json() as? [String: Any])
        #expect(audit["engagements"] as? Int == 8)

        // The same document the library's records give for the same map and settings.
        let map = PreparedMap(DatasetFolder(url: BundledDataset.rivertown.url).check().map!).analysed
        let finder = try BrokerFinder(map: map, column: "department", window: 8)
        let record = try JSONSerialization.jsonObject(with: JSONEncoder().encode(BrokersRecord(finder, map: map, listed: finder.candidates))) as! [String: Any]
        let ids = { (document: [String: Any]) in (document["brokers"] as! [[String: Any]]).map { $0["id"] as! String } }
        #expect(ids(brokers) == ids(record))
        #expect(brokers["structural_threshold"] as? Double == record["structural_threshold"] as? Double)

        // The actor's card carries the same confidence as the broker table.
        let card = try #require(try await harness.request("/api/actors/eh07").json() as? [String: Any])
        let brokerage = try #require(card["brokerage"] as? [String: Any])
        #expect(brokerage["rank"] as? Int == 1)
        #expect(brokerage["confidence"] as? Double == listed.first?["confidence"] as? Double)
        #expect(brokerage["rank_interval"] as? [Int] == listed.first?["rank_interval"] as? [Int])
        #expect(brokerage["confidence_band"] as? String == listed.first?["confidence_band"] as? String)
        }
    }

    /// Above the actor limit (2,000 by default; 2 here, on the 3-actor path) the whole map
    /// draws the top actors by the size measure (degree: b), and confidence is not
    /// computed; the summary says both.
    @Test func aLargeMapSaysWhatItLeavesOut() async throws {
        try await WorkbenchHarness.with(source: "path", actorLimit: 2, confidenceLimit: 2, prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }) { harness in
            let summary = try #require(try await harness.request("/api/summary").json() as? [String: Any])
            let notes = try #require(summary["notes"] as? [String])
            #expect(notes.contains("With 3 actors, more than 2, the map shows the groups and the ties between them; find an actor to see their neighbourhood. Drawn actor by actor, it shows the 2 with the highest values of the size measure."))
            #expect(summary["draws_whole_map"] as? Bool == false)
            #expect(notes.contains("Confidence is not computed above 2 actors; `brokers --confidence` computes it."))
            let svg = try await harness.request("/api/drawing").text
            #expect(svg.components(separatedBy: "class=\"node actor").count - 1 == 2)
            #expect(svg.contains("<title>b</title>"))
            let brokers = try #require(try await harness.request("/api/brokers").json() as? [String: Any])
            #expect((brokers["brokers"] as? [[String: Any]])?.first?["confidence"] is NSNull)
        }
    }

    @Test func reportDownloadsAsOneHTMLPage() async throws {
        try await withPath { harness in
            let report = try await harness.request("/api/report")
            #expect(report.status == 200)
            #expect(report.headers["content-disposition"] == "attachment; filename=\"inclusion-report.html\"")
            #expect(report.text.hasPrefix("<!DOCTYPE html>"))
            #expect(report.text.contains("<svg"))
            #expect(!report.text.contains("Carol"))
        }
    }

    @Test func workspaceListsWhatCanBeOpenedAndOpenReplacesTheMap() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: { workspace in
            try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: workspace)
            try WorkbenchHarness.write(["actors.csv": "id,department\np,u\nq,v\n", "ties.csv": "source,target\np,q\n"], to: "teams/second", in: workspace)
            try WorkbenchHarness.write(["actors.csv": "id,department\np,u\np,v\n", "ties.csv": "source,target\np,zz\n"], to: "broken", in: workspace)
            try "hidden".write(to: workspace.appendingPathComponent(".secret"), atomically: true, encoding: .utf8)
        }) { harness in
        let listing = try #require(try await harness.request("/api/workspace").json() as? [[String: Any]])
        #expect(listing.map { $0["path"] as! String } == ["broken", "path", "teams/second"])
        #expect(listing.allSatisfy { $0["kind"] as? String == "dataset" })

        let opened = try await harness.post("/api/open", json: #"{"path": "teams/second"}"#)
        #expect(opened.status == 200)
        #expect((try opened.json() as? [String: Any])?["name"] as? String == "second")
        #expect((try await harness.request("/api/summary").json() as? [String: Any])?["name"] as? String == "second")

        // A map that cannot be read: every problem with its file and line, and the open map stays.
        let broken = try await harness.post("/api/open", json: #"{"path": "broken"}"#)
        #expect(broken.status == 422)
        let problems = try #require((try broken.json() as? [String: Any])?["problems"] as? [String])
        #expect(problems.contains { $0.hasPrefix("actors.csv:3:1: id: duplicate actor id \"p\"") })
        #expect(problems.contains { $0.hasPrefix("ties.csv:2:2: target: unknown actor \"zz\"") })
        #expect((try await harness.request("/api/summary").json() as? [String: Any])?["name"] as? String == "second")

        let demo = try await harness.post("/api/open", json: #"{"demo": true}"#)
        #expect((try demo.json() as? [String: Any])?["name"] as? String == "Rivertown (demo)")
        #expect(try await harness.post("/api/open", json: "{}").status == 400)
        #expect(try await harness.post("/api/open", json: "not json").status == 400)
        }
    }
}
