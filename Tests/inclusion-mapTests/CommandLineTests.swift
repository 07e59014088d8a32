import Foundation
import Testing

/// Runs the built `inclusion-map` executable as a user would and checks what it prints and
/// its exit status.
@Suite struct CommandLineTests {
    /// What the tool says it can read, in an error about a file it cannot.
    static let readable = "a dataset folder, a JSON map (InclusionMap's or node-link), GraphML (.graphml), GEXF (.gexf), GML (.gml), NCOL (.ncol), LGL (.lgl), Pajek (.net, .paj), UCINET DL (.dl), NetDraw VNA (.vna), Gephi's node and edge tables, adjacency list or matrix, an adjacency matrix (.csv), an Excel workbook (.xlsx) or Kumu's JSON or workbook"

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits in the same build products folder as this test bundle.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("inclusion-map")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/inclusion-map")
    }

    /// Runs the tool from a scratch directory, so paths to the bundled map cannot lean on the
    /// repository being the working directory.
    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors, as: UTF8.self))
    }

    func dataset(_ name: String) -> String {
        Self.repositoryRoot.appendingPathComponent("Datasets").appendingPathComponent(name).path
    }

    func scratchFolder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    @Test func summaryJSONForKrackhardt() throws {
        let run = try run(["summary", dataset("krackhardt-hightech"), "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["actors"] as? Int == 21)
        #expect(object["ties"] as? Int == 312)
        #expect(object["relations"] as? [String: Int] == ["advice": 190, "friendship": 102, "reports_to": 20])
        #expect(object["groups"] as? [String: Int] == ["0": 1, "1": 5, "2": 8, "3": 3, "4": 4])
        #expect(object["components"] as? Int == 1)
        #expect(object["isolates"] as? Int == 0)
    }

    @Test func summaryJSONForLazega() throws {
        let run = try run(["summary", dataset("lazega-lawfirm"), "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["actors"] as? Int == 71)
        #expect(object["relations"] as? [String: Int] == ["advice": 892, "cowork": 1104, "friendship": 575])
    }

    @Test func summaryWithoutPathDescribesRivertown() throws {
        let run = try run(["summary"])
        #expect(run.status == 0)
        #expect(run.output.contains("Rivertown"))
        #expect(run.output.contains("Actors: 111"))
        #expect(run.output.contains("Ties: 408 rows"))
        #expect(run.output.contains("3 weak components, the largest with 109 actors; 2 isolates"))
        #expect(run.output.contains("School Readiness Partnership Board"))
    }

    @Test func validateAcceptsAGoodFolder() throws {
        let run = try run(["validate", dataset("rivertown")])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("rivertown: valid: 111 actors, 408 ties, 8 engagements, 116 attendance records; 0 warnings.\n"))
    }

    @Test func validateReportsAnUnknownActorOnTheThirdLine() throws {
        let folder = try scratchFolder([
            "actors.csv": "id,name\na,Ann\nb,Bo\n",
            "ties.csv": "source,target\na,b\nb,Z9\n",
        ])
        let run = try run(["validate", folder])
        #expect(run.status == 1)
        #expect(run.output.contains("\(folder)/ties.csv:3:2: target: unknown actor \"Z9\"; expected an actor id from actors.csv\n"))
        #expect(run.output.contains("not valid: 1 error, 0 warnings."))
    }

    @Test func validateListsEveryProblem() throws {
        let folder = try scratchFolder([
            "actors.csv": "id,kind\na,robot\na,person\n",
            "ties.csv": "source,target,weight\na,q,x\n",
        ])
        let run = try run(["validate", folder])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) } == [
            "actors.csv:2:2: kind: \"robot\" is not a kind of actor; expected one of person, team, organisation, group",
            "actors.csv:3:1: id: duplicate actor id \"a\"; expected each actor id once",
            "ties.csv:2:2: target: unknown actor \"q\"; expected an actor id from actors.csv",
            "ties.csv:2:3: weight: \"x\" is not a number; expected a number such as 1 or 2.5",
        ])
    }

    @Test func summaryOfABadFolderFailsWithTheProblemsOnStandardError() throws {
        let folder = try scratchFolder(["actors.csv": "id\na\na\n"])
        let run = try run(["summary", folder])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("\(folder)/actors.csv:3:1: id: duplicate actor id \"a\""))
    }

    @Test func missingPathIsAClearError() throws {
        let run = try run(["validate", "/nonexistent/folder"])
        #expect(run.status == 1)
        #expect(run.output.contains("/nonexistent/folder: no such file or folder; expected \(CommandLineTests.readable)"))
    }

    @Test func readsAMapSavedAsJSON() throws {
        let folder = try scratchFolder([
            "map.json": #"{"actors":[{"id":"a"},{"id":"b","kind":"team"}],"ties":[{"source":"a","target":"b","relation":"advice"}]}"#,
        ])
        let run = try run(["summary", folder + "/map.json", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["actors"] as? Int == 2)
        #expect(object["relations"] as? [String: Int] == ["advice": 1])
    }
}

/// The `metrics` command's output shapes; the numbers themselves are checked against NetworkX
/// in CentralityOracleTests.
@Suite struct MetricsCommandTests {
    let cli = CommandLineTests()

    @Test func csvForKrackhardtAdvice() throws {
        let run = try cli.run(["metrics", cli.dataset("krackhardt-hightech"), "--relation", "advice", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        // The centrality columns (issue 3), then the silo-bridging columns (issue 4).
        let expectedHeader = "id,name,department,degree,in_degree,out_degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,core,"
            + "ei_index,constraint,effective_size,efficiency,hierarchy,participation,within_module_z,role,bridging_betweenness,"
            + "coordinator,itinerant,representative,gatekeeper,liaison,brokerage_total,"
            + "coordinator_expected,itinerant_expected,representative_expected,gatekeeper_expected,liaison_expected,brokerage_total_expected,"
            + "coordinator_sd,itinerant_sd,representative_sd,gatekeeper_sd,liaison_sd,brokerage_total_sd,"
            + "coordinator_z,itinerant_z,representative_z,gatekeeper_z,liaison_z,brokerage_total_z"
        #expect(lines.first == expectedHeader)
        #expect(lines.count == 22)
        #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == (1...21).map { Substring(String($0)) })
        // Manager 1 in the advice network: asks 6 managers (out), is asked by 13 (in);
        // Krackhardt's advice matrix row and column for manager 1.
        #expect(lines[1].hasPrefix("1,Manager 1,4,16,13,6,19.0,"))
    }

    /// Every Gould–Fernandez column of `metrics` equals R sna's `brokerage()` on Krackhardt's
    /// advice ties by department (`Scripts/oracles/brokerage_sna.R` wrote the fixture).
    @Test func brokerageColumnsMatchSna() throws {
        let run = try cli.run(["metrics", cli.dataset("krackhardt-hightech"), "--relation", "advice", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let rows = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { ($0[0], $0) })
        let fixture = CommandLineTests.repositoryRoot
            .appendingPathComponent("Tests/InclusionMapTests/Fixtures/brokerage/krackhardt-hightech-advice.csv")
        let sna = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } }
        let snaHeader = sna[0]
        let roles = ["coordinator": "w_I", "itinerant": "w_O", "representative": "b_IO", "gatekeeper": "b_OI",
                     "liaison": "b_O", "brokerage_total": "t"]
        let statistics = ["": "raw", "_expected": "exp", "_sd": "sd", "_z": "z"]
        var compared = 0
        for snaRow in sna.dropFirst() {
            let row = try #require(rows[snaRow[0]])
            for (role, snaRole) in roles {
                for (suffix, snaStatistic) in statistics {
                    let ours = row[try #require(header.firstIndex(of: role + suffix))]
                    let theirs = snaRow[try #require(snaHeader.firstIndex(of: "\(snaStatistic)_\(snaRole)"))]
                    if theirs == "NA" || theirs == "NaN" {
                        #expect(ours == "", "\(role + suffix) of \(snaRow[0])")
                    } else {
                        let value: Double = try #require(Double(ours), "\(role + suffix) of \(snaRow[0])")
                        let expected: Double = try #require(Double(theirs))
                        let error: Double = abs(value - expected)
                        let allowed: Double = 1e-9 * max(1, abs(expected))
                        #expect(error <= allowed, "\(role + suffix) of \(snaRow[0])")
                    }
                    compared += 1
                }
            }
        }
        #expect(compared == 21 * 24)
    }

    @Test func subsetOfMetricsAndJSON() throws {
        let run = try cli.run(["metrics", cli.dataset("bank-wiring"), "--relation", "games", "--metrics", "degree,core", "--format", "json"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 14)
        #expect(Set(rows[0].keys) == ["id", "name", "department", "degree", "core"])
        let csv = try cli.run(["metrics", cli.dataset("bank-wiring"), "--metrics", "core", "--format", "csv"])
        #expect(csv.output.hasPrefix("id,name,department,core\n"))
    }

    @Test func unknownRelationOrMetricIsAClearError() throws {
        let relation = try cli.run(["metrics", cli.dataset("krackhardt-hightech"), "--relation", "gossip"])
        #expect(relation.status != 0)
        #expect(relation.errors.contains("unknown relation \"gossip\"; the map has advice, friendship, reports_to."))
        let metric = try cli.run(["metrics", "--metrics", "fame"])
        #expect(metric.status != 0)
        #expect(metric.errors.contains("unknown metric \"fame\""))
    }

    @Test func tableIsSortedByBetweenness() throws {
        let run = try cli.run(["metrics", "--metrics", "betweenness"])
        let lines = run.output.split(separator: "\n").map(String.init)
        // Rivertown's story: the family hub coordinator is the top broker.
        #expect(lines.count == 112)
        #expect(lines[1].hasPrefix("eh07"))
    }
}

/// The `silos` command: the story for a person and the documented JSON keys.
@Suite struct SilosCommandTests {
    let cli = CommandLineTests()

    @Test func lazegaAdviceReadsAsThreeOffices() throws {
        let run = try cli.run(["silos", cli.dataset("lazega-lawfirm"), "--relation", "advice", "--group", "department", "--permutations", "2000"])
        #expect(run.status == 0)
        #expect(run.output.contains("Silos in"))
        #expect(run.output.contains("by department (advice ties; 71 actors in 3 groups)"))
        #expect(run.output.contains("Network E-I index"))
        #expect(run.output.contains("more inward-looking than chance"))
        #expect(run.output.contains("Groups"))
        #expect(run.output.contains("Informal communities"))
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let run = try cli.run(["silos", cli.dataset("krackhardt-hightech"), "--relation", "advice", "--format", "json", "--permutations", "500"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        for key in ["ei_index", "ei_permutation", "modularity", "assortativity", "groups", "mixing", "bridges",
                    "articulation_points", "unlinked_group_pairs", "single_point_pairs"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        // NetworkX over linked pairs (Scripts/oracles/ei_pairs.py, Fixtures/ei-pairs.json): advice
        // by department is 0.517241 (= 0.5158 in SOURCE.md, which counts a tie reported both
        // ways twice, is the library's `.arcs` counting).
        #expect(abs((object["ei_index"] as? Double ?? 0) - 0.5172413793103449) < 1e-9)
        let permutation = try #require(object["ei_permutation"] as? [String: Any])
        #expect(Set(permutation.keys).isSuperset(of: ["expected", "p_greater", "p_less"]))
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.count == 5)
        #expect(Set(groups[0].keys).isSuperset(of: ["group", "size", "internal", "external", "ei_index"]))
    }

    @Test func louvainCommunitiesCanBeTheGrouping() throws {
        let run = try cli.run(["metrics", cli.dataset("krackhardt-hightech"), "--metrics", "participation,ei_index", "--group", "louvain", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").count == 22)
    }

    @Test func unknownGroupColumnIsAClearError() throws {
        let run = try cli.run(["silos", cli.dataset("krackhardt-hightech"), "--group", "departmnet"])
        #expect(run.status != 0)
        #expect(run.errors.contains("no actor has a value in column \"departmnet\""))
    }

}

/// Every command reads every format: the same answers from Lazega's folder, its GraphML, GEXF,
/// Excel workbook, Gephi tables and node-link JSON, and a clear error for a file it cannot read.
@Suite struct InterchangeCommandTests {
    let cli = CommandLineTests()

    @Test func analysesGiveTheSameAnswersFromEveryFormat() throws {
        let folder = cli.dataset("lazega-lawfirm")
        let scratch = try cli.scratchFolder([:])
        var sources = [folder]
        for (format, name) in [("graphml", "lazega.graphml"), ("gexf", "lazega.gexf"), ("xlsx", "lazega.xlsx"), ("gephi", "lazega-gephi"),
                               ("node-link", "lazega.json"), ("json", "lazega-map.json")] {
            let out = scratch + "/" + name
            let convert = try cli.run(["convert", folder, "--to", format, "--out", out])
            #expect(convert.status == 0, "\(convert.errors)")
            sources.append(out)
        }
        let questions = [
            ["metrics", "--format", "csv"], ["brokers", "--format", "csv"],
            ["silos", "--group", "status", "--permutations", "99", "--format", "json"],
            ["suggest", "--size", "5", "--group", "practice", "--format", "csv"],
            ["whatif", "--remove", "1", "--format", "json"],
        ]
        for question in questions {
            let answers = try sources.map { source in try cli.run([question[0], source] + question.dropFirst()) }
            for (source, answer) in zip(sources, answers) {
                #expect(answer.status == 0, "\(question) on \(source): \(answer.errors)")
                #expect(answer.output == answers[0].output, "\(question) on \(source) differs from the folder")
            }
        }
    }

    @Test func aFileOfNoKnownFormatSaysWhatWasExpected() throws {
        let folder = try cli.scratchFolder(["notes.txt": "hello\n", "actors.csv": "id\na\n"])
        let run = try cli.run(["summary", folder + "/notes.txt"])
        #expect(run.status == 1)
        #expect(run.errors == "\(folder)/notes.txt: cannot read notes.txt: expected \(CommandLineTests.readable)\n")
        // One file of a dataset folder on its own: the folder is what to give.
        let alone = try cli.run(["summary", folder + "/actors.csv"])
        #expect(alone.status == 1)
        #expect(alone.errors == "\(folder)/actors.csv: actors.csv is one file of a dataset folder; give the folder itself (\(folder)) to read the whole map\n")
    }
}

extension InterchangeCommandTests {
    @Test func asNamesTheFormatWhenTheExtensionDoesNot() throws {
        let folder = try cli.scratchFolder(["office.txt": ",a,b,c\na,0,1,0\nb,1,0,2\nc,0,2,0\n"])
        let run = try cli.run(["metrics", folder + "/office.txt", "--as", "matrix", "--metrics", "degree", "--format", "csv"])
        #expect(run.status == 0, "\(run.errors)")
        // A symmetric matrix: a–b, b–c undirected; degrees 1, 2, 1.
        #expect(run.output == "id,name,department,degree\na,,,1\nb,,,2\nc,,,1\n")
    }
}

/// The survey command, from an export to a report.
@Suite struct SurveyCommandTests {
    let cli = CommandLineTests()

    /// What the survey's generator wrote (truth.json) and the staff list: who answered, by
    /// department, and how many nominees the answers name — the expected numbers, computed
    /// here rather than taken from the tool.
    struct Expected {
        var staff: [(id: String, department: String)] = []
        var respondents: Set<String> = []
        var offRoster: Set<String> = []
        var nominees: Set<String> = []

        init() throws {
            let folder = CommandLineTests.repositoryRoot.appendingPathComponent("Datasets/rivertown-survey")
            let staffText = try String(contentsOf: folder.appendingPathComponent("staff.csv"), encoding: .utf8)
            staff = staffText.split(separator: "\n").dropFirst().map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return (fields[0], fields[3])
            }
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("truth.json"))) as! [String: Any]
            respondents = Set(truth["respondents"] as! [String])
            offRoster = Set(truth["off_roster_respondents"] as! [String])
            nominees = Set((truth["nominations"] as! [[String: String]]).compactMap { $0["expected"] }.filter { $0.hasPrefix("nominee-") })
        }

        /// Staff who answered.
        var staffRespondents: Int { staff.count { respondents.contains($0.id) } }

        /// Departments under 70%, in name order, as "name answered of members".
        var lowDepartments: [(name: String, answered: Int, members: Int)] {
            let departments = Set(staff.map(\.department)).sorted()
            return departments.compactMap { department in
                let members = staff.filter { $0.department == department }
                let answered = members.count { respondents.contains($0.id) }
                return Double(answered) < 0.7 * Double(members.count) ? (department, answered, members.count) : nil
            }
        }

        func percent(_ a: Int, _ b: Int) -> Int { Int((Double(a) / Double(b) * 100).rounded()) }
    }

    @Test func aSurveyWaveBecomesAMapThatEveryCommandAndTheReportRead() throws {
        let survey = CommandLineTests.repositoryRoot.appendingPathComponent("Datasets/rivertown-survey").path
        let scratch = try cli.scratchFolder([:])
        let out = scratch + "/wave-1"
        let run = try cli.run(["survey", survey + "/responses.csv", "--roster", survey + "/staff.csv", "--out", out])
        #expect(run.status == 0, "\(run.errors)")
        let expected = try Expected()
        let answered = expected.staffRespondents, members = expected.staff.count
        #expect(run.output.contains("Response rate: \(answered) of \(members) (\(expected.percent(answered, members))%)"))
        #expect(run.output.contains("Departments below 70%: " + expected.lowDepartments.map { "\($0.name) \($0.answered) of \($0.members)" }.joined(separator: ", ")))
        #expect(FileManager.default.fileExists(atPath: out + "/matches.csv"))
        for command in [["summary"], ["metrics"], ["silos", "--permutations", "99"], ["brokers"], ["audit"], ["suggest", "--size", "5"], ["whatif", "--remove", "ph01"]] {
            let answer = try cli.run([command[0], out] + command.dropFirst())
            #expect(answer.status == 0, "\(command): \(answer.errors)")
        }
        let report = try cli.run(["report", out, "--out", scratch + "/report", "--permutations", "99", "--ego-maps", "1"])
        #expect(report.status == 0, "\(report.errors)")
        let page = try String(contentsOfFile: scratch + "/report/index.html", encoding: .utf8)
        // The report also counts the respondent off the roster, who was asked and answered;
        // the one-person department is folded with the small groups.
        let asked = members + expected.offRoster.count, replied = answered + expected.offRoster.count
        #expect(page.contains("\(replied) of the \(asked) people asked answered the survey (\(expected.percent(replied, asked))%). Below 70%: "))
        for group in expected.lowDepartments where group.members >= 3 {
            #expect(page.contains("\(group.name) (\(group.answered) of \(group.members))"))
        }
    }

    @Test func initWritesATemplateFromTheHeaders() throws {
        let survey = CommandLineTests.repositoryRoot.appendingPathComponent("Datasets/rivertown-survey").path
        let scratch = try cli.scratchFolder([:])
        let run = try cli.run(["survey", "init", survey + "/responses.csv", "--roster", survey + "/staff.csv", "--out", scratch + "/survey.json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/survey.json"))) as? [String: Any])
        #expect((object["respondent"] as? [String: Any])?["column"] as? String == "Email")
        #expect((object["roster"] as? [String: Any])?["id"] as? String == "staff_id")
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.compactMap { $0["column"] as? String }.contains("Who do you go to for advice about school readiness? (list names)"))
        // Refuses to overwrite.
        let again = try cli.run(["survey", "init", survey + "/responses.csv", "--roster", survey + "/staff.csv", "--out", scratch + "/survey.json"])
        #expect(again.status == 1 && again.errors.contains("exists"))
    }
}

extension CommandLineTests {
    @Test func versionIsPrinted() throws {
        let run = try run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == "0.2.0\n")
    }
}

extension CommandLineTests {
    /// The third column is the grouping the silo measures used, not always department.
    @Test func metricsNameTheGroupColumnTheyUsed() throws {
        let status = try run(["metrics", dataset("lazega-lawfirm"), "--group", "status", "--metrics", "degree,participation", "--format", "csv"])
        // Lawyer 1 is a partner in Lazega's actors.csv.
        #expect(status.output.hasPrefix("id,name,status,degree,participation\n1,Lawyer 1,partner,"))
        let communities = try run(["metrics", "--group", "louvain", "--metrics", "participation", "--format", "csv"])
        #expect(communities.output.hasPrefix("id,name,community,participation\n"))
    }
}

extension SurveyCommandTests {
    @Test func everyCommandTakesAMissingDataPolicy() throws {
        let survey = CommandLineTests.repositoryRoot.appendingPathComponent("Datasets/rivertown-survey").path
        let scratch = try cli.scratchFolder([:])
        _ = try cli.run(["survey", survey + "/responses.csv", "--roster", survey + "/staff.csv", "--out", scratch + "/wave"])
        let observed = try cli.run(["summary", scratch + "/wave", "--format", "json"])
        let kept = try cli.run(["summary", scratch + "/wave", "--format", "json", "--missing", "respondents"])
        let actors = { (text: String) in (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["actors"] as? Int }
        // Every staff member, every nominee and every respondent off the roster is an actor;
        // respondents-only leaves out the staff who did not answer.
        let expected = try Expected()
        let everyone = expected.staff.count + expected.nominees.count + expected.offRoster.count
        #expect(actors(observed.output) == everyone)
        #expect(actors(kept.output) == everyone - (expected.staff.count - expected.staffRespondents))
        let report = try cli.run(["report", scratch + "/wave", "--out", scratch + "/report", "--missing", "reconstruct", "--permutations", "99", "--ego-maps", "0"])
        #expect(report.status == 0, "\(report.errors)")
        let page = try String(contentsOfFile: scratch + "/report/index.html", encoding: .utf8)
        #expect(page.contains("Non-respondents&#39; ties: non-respondents&#39; ties reconstructed from what respondents reported (Stork &amp; Richards 1992)."))
        // How sure each finding is, resampled at the survey's own non-response rate, and the
        // findings under each policy.
        #expect(page.contains("<th scope=\"col\">how sure</th>"))
        #expect(page.contains("of respondents made non-respondents (the map&#39;s own rate)"))
        #expect(page.contains("<h3>Sensitivity to missing data</h3>"))
        for policy in ["observed", "reconstruct (this report)", "respondents"] { #expect(page.contains("<td>\(policy)</td>"), "\(policy)") }
        let brokers = try String(contentsOfFile: scratch + "/report/tables/brokers.csv", encoding: .utf8)
        #expect(brokers.split(separator: "\n").first?.hasSuffix(",structural_share,under_used_share,rank_low,rank_high") == true)
    }
}

extension CommandLineTests {
    @Test func brokersSayHowSureTheyAre() throws {
        let csv = try run(["brokers", "--confidence", "--resamples", "20", "--top", "2", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(csv.output.split(separator: "\n").first == "rank,id,name,group,potential,use,score,designated,reason,confidence,under_used_share,rank_low,rank_high")
        let table = try run(["brokers", "--confidence", "--resamples", "20"])
        // Rivertown records no response status, so only ties and attendance are left out; the
        // resamples are read with the default policy, reconstruct (issue 34).
        #expect(table.output.contains("How sure (20 resampled maps, each missing 10% of its ties and attendance at random, read as reconstruct"))
        #expect(table.output.contains("Samira Haddad (eh07): an under-used broker in "))
        let bad = try run(["brokers", "--confidence", "--dropout", "1"])
        #expect(bad.status != 0 && bad.errors.contains("--dropout must be at least 0 and below 1."))
    }
}
