import Foundation
import InclusionMap
@testable import InclusionMapServer
import Testing

/// Consent and pseudonyms on every address: a person who declined is only their code in
/// every answer, drawing and download; with pseudonyms, nobody is named or known by id.
@Suite("Workbench privacy", .serialized)
struct WorkbenchPrivacyTests {
    static let everyAddress = [
        "/api/summary", "/api/actors", "/api/actors/withheld-1", "/api/actors/b", "/api/actors/b/ego?depth=2",
        "/api/drawing", "/api/silo-drawing", "/api/metrics", "/api/brokers", "/api/audit", "/api/silos", "/api/report",
    ]

    @Test func aWithheldPersonIsOnlyTheirCodeEverywhere() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }) { harness in
            for address in Self.everyAddress {
                let answer = try await harness.request(address)
                #expect(answer.status == 200, "\(address)")
                for forbidden in ["Carol", "Secret", "\"id\" : \"c\"", "<title>c</title>", "actor-c\"", "actor&#45;c\""] {
                    #expect(!answer.text.contains(forbidden), "\(address) shows \(forbidden)")
                }
            }
            #expect(try await harness.request("/api/actors/withheld-1").text.contains("\"name\" : \"\""))
        }
    }

    @Test func pseudonymsHideEveryNameAndID() async throws {
        try await WorkbenchHarness.with(source: "path", pseudonymises: true, prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }) { harness in
            let actors = try #require(try await harness.request("/api/actors").json() as? [[String: Any]])
            let ids = actors.compactMap { $0["id"] as? String }
            #expect(ids.count == 3)
            #expect(Set(ids).isDisjoint(with: ["a", "b", "c"]))
            for address in Self.everyAddress where !address.contains("/b") && !address.contains("withheld") {
                let answer = try await harness.request(address)
                #expect(answer.status == 200, "\(address)")
                for forbidden in ["Ada", "Ben", "Carol", "\"id\" : \"a\"", "\"id\" : \"b\"", "<title>a</title>", "<title>b</title>"] {
                    #expect(!answer.text.contains(forbidden), "\(address) shows \(forbidden)")
                }
            }
            #expect((try await harness.request("/api/summary").json() as? [String: Any])?["pseudonymised"] as? Bool == true)
        }
    }
}
