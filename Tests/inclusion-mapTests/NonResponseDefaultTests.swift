import Foundation
import Testing

/// Non-response is never ignored without a word, and the default reading recovers a
/// non-responding broker (issue 34, part 1): with `observed` as the default, not one of 809
/// planted idle brokers who did not answer was found, and nothing said that anyone had not.
extension CommandLineTests {
    /// Two teams whose only link is x, who did not answer: a1 and b1 each named x (advice,
    /// directed), x named nobody.
    ///
    ///     a1 ⇄ a2      b1 ⇄ b2      a1 → x ← b1
    ///
    /// As observed, x has no out-tie, so no directed path crosses x: bridging betweenness 0.
    /// Reconstructed, x → a1 and x → b1 are added, and every path between the teams (8
    /// ordered pairs) runs through x alone: x is the top broker. By hand, bridging betweenness
    /// BB(x) = 8 / P(x), with P = Σ n_g (G − n_g) = 2·3 + 2·3 + 1·4 = 16 cross-group ordered
    /// pairs and P(x) = 16 − 2·(5 − 1) = 8 not involving x: BB(x) = 1.
    func teamsJoinedByANonRespondent() throws -> String {
        try scratchFolder([
            "actors.csv": "id,name,department,responded\na1,Ann,alpha,true\na2,Abe,alpha,true\nb1,Bea,beta,true\nb2,Bob,beta,true\nx,Xan,gamma,false\n",
            "ties.csv": "source,target,relation,directed\na1,a2,advice,true\na2,a1,advice,true\nb1,b2,advice,true\nb2,b1,advice,true\na1,x,advice,true\nb1,x,advice,true\n",
        ])
    }

    func broker(_ id: String, in output: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let brokers = try #require(object["brokers"] as? [[String: Any]])
        return try #require(brokers.first { $0["id"] as? String == id })
    }

    @Test func theDefaultReconstructsANonRespondingBrokerAndSaysSo() throws {
        let folder = try teamsJoinedByANonRespondent()
        let byDefault = try run(["brokers", folder, "--format", "json"])
        #expect(byDefault.status == 0)
        #expect(byDefault.errors.split(separator: "\n").first == "note: 1 of 5 people asked did not answer the survey (80% answered); under 70%: gamma 0%. Their ties are reconstructed from what others reported about them (--missing reconstruct, the default); --missing observed reads the answers as given.")
        let x = try broker("x", in: byDefault.output)
        #expect(x["rank"] as? Int == 1)
        #expect((x["measures"] as? [String: Any])?["bridging_betweenness"] as? Double == 1)

        let observed = try run(["brokers", folder, "--format", "json", "--missing", "observed"])
        #expect(observed.errors.split(separator: "\n").first?.hasPrefix("note: 1 of 5 people asked did not answer the survey (80% answered); under 70%: gamma 0%. Their own answers are read as missing ties (--missing observed), so their brokerage can vanish") == true)
        #expect((try broker("x", in: observed.output)["measures"] as? [String: Any])?["bridging_betweenness"] as? Double == 0)
    }

    @Test func summarySaysWhoDidNotAnswer() throws {
        let folder = try teamsJoinedByANonRespondent()
        let json = try run(["summary", folder, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["asked"] as? Int == 5 && object["responded"] as? Int == 4)
        let text = try run(["summary", folder])
        #expect(text.output.contains("  survey: 4 of 5 asked answered (80%); 1 did not\n"))
        // A map with no response status says nothing of it.
        let quiet = try run(["brokers", dataset("krackhardt-hightech")])
        #expect(!quiet.errors.contains("did not answer"))
    }

    @Test func convertWritesTheTiesAsGiven() throws {
        let folder = try teamsJoinedByANonRespondent()
        let out = try scratchFolder([:]) + "/out"
        #expect(try run(["convert", folder, "--to", "folder", "--out", out]).status == 0)
        let ties = try String(contentsOfFile: out + "/ties.csv", encoding: .utf8)
        #expect(ties.split(separator: "\n").count == 7)
        #expect(!ties.contains("reconstructed"))
    }
}

/// `compare` names people beside their ids (issue 34, part 4): rows named actors by id only.
extension CommandLineTests {
    @Test func compareNamesPeopleBesideTheirIDs() throws {
        let waves = dataset("rivertown-waves")
        let table = try run(["compare", waves + "/wave-1", waves + "/wave-2"])
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("broker-engaged         Samira Haddad (eh07)"))
        #expect(table.output.contains("no clear change in the silos"))
        let csv = try run(["compare", waves + "/wave-1", waves + "/wave-2", "--format", "csv"])
        #expect(csv.output.split(separator: "\n").first == "kind,subject,before,after,reason,name")
        #expect(csv.output.contains("\nbroker-engaged,eh07,under-used,engaged,"))
        #expect(csv.output.split(separator: "\n").contains { $0.hasPrefix("broker-engaged,eh07,") && $0.hasSuffix(",Samira Haddad") })
    }
}
