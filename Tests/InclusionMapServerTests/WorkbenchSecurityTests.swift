import Foundation
import InclusionMap
@testable import InclusionMapServer
import Testing

/// What a request from elsewhere cannot do: read outside the workspace, change anything
/// without the page's Origin, reach the workbench under another host name, skip the token,
/// or send an unlimited body; and what every answer carries.
@Suite("Workbench security", .serialized)
struct WorkbenchSecurityTests {
    private static func workspace(_ folder: URL) throws {
        try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: folder)
        // A dataset outside the workspace, and a link to it from inside.
        let outside = folder.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString)")
        try WorkbenchHarness.write(WorkbenchHarness.path, to: "data", in: outside)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link-out"), withDestinationURL: outside.appendingPathComponent("data"))
    }

    @Test func noPathLeadsOutOfTheWorkspace() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.workspace) { harness in
            let listing = try #require(try await harness.request("/api/workspace").json() as? [[String: Any]])
            #expect(listing.map { $0["path"] as! String } == ["path"])
            for path in ["../path", "path/../../etc", "/etc", "~/x", "link-out", "path/./actors.csv", "a\\\\..\\\\b", "..%2Fetc"] {
                let answer = try await harness.post("/api/open", json: #"{"path": "\#(path)"}"#)
                #expect([400, 404].contains(answer.status), "\(path): \(answer.status)")
                #expect((try answer.json() as? [String: Any])?["error"] is String)
            }
            #expect(try await harness.post("/api/open", json: #"{"path": "nothing-here"}"#).status == 404)
            // Encoded climbs in the address reach no file either.
            for address in ["/assets/..%2F..%2FPackage.swift", "/assets/%2e%2e%2fPackage.swift", "/assets/../../etc/passwd"] {
                #expect(try await harness.request(address).status == 404, "\(address)")
            }
            // The map open is still the first.
            #expect((try await harness.request("/api/summary").json() as? [String: Any])?["name"] as? String == "path")
        }
    }

    @Test func changesNeedThePagesOwnOriginAndNeverComeByGET() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.workspace) { harness in
            let body = Data(#"{"demo": true}"#.utf8)
            let none = try await harness.request("/api/open", method: "POST", headers: ["Content-Type": "application/json"], body: body)
            #expect(none.status == 403)
            #expect(try await harness.post("/api/open", json: #"{"demo": true}"#, origin: "http://evil.example").status == 403)
            #expect(try await harness.request("/api/open").status == 404)
            #expect((try await harness.request("/api/summary").json() as? [String: Any])?["name"] as? String == "path")
        }
    }

    @Test func anotherHostNameIsRefusedOnLoopback() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.workspace) { harness in
            let rebound = try await harness.request("/api/summary", headers: ["Host": "evil.example:8080"])
            #expect(rebound.status == 403)
            #expect(try await harness.request("/api/summary", headers: ["Host": "localhost:\(harness.base.port!)"]).status == 200)
        }
    }

    @Test func bodiesAboveTheLimitAreRefusedInWords() async throws {
        try await WorkbenchHarness.with(source: "path", bodyLimit: 64, prepare: Self.workspace) { harness in
            let big = try await harness.post("/api/open", json: #"{"path": "\#(String(repeating: "a", count: 200))"}"#)
            #expect(big.status == 413)
            #expect((try big.json() as? [String: Any])?["error"] as? String == "the request body is larger than the limit of 64 bytes")
        }
    }

    @Test func theTokenIsNeededOnEveryRequest() async throws {
        let token = "0123456789abcdef0123456789abcdef"
        try await WorkbenchHarness.with(source: "path", token: token, prepare: Self.workspace) { harness in
            #expect(try await harness.request("/api/summary").status == 401)
            #expect(try await harness.request("/").status == 401)
            #expect(try await harness.request("/api/summary", headers: ["Authorization": "Bearer nottheone"]).status == 401)
            let nearly = String(token.dropLast()) + "0"
            #expect(try await harness.request("/api/summary", headers: ["Authorization": "Bearer \(nearly)"]).status == 401)
            #expect(try await harness.request("/api/summary?token=\(nearly)").status == 401)
            #expect(try await harness.request("/api/summary", headers: ["Authorization": "Bearer \(token)"]).status == 200)
            // The printed address: answered with a cookie and the address without the token.
            let first = try await harness.request("/?token=\(token)")
            #expect(first.status == 200)
            #expect(first.text.contains("workbench.js"))
        }
    }

    @Test func listeningBeyondThisMachineNeedsAToken() throws {
        let folder = FileManager.default.temporaryDirectory
        #expect(throws: WorkbenchFailure.self) {
            try Workbench(configuration: WorkbenchConfiguration(host: "0.0.0.0", workspace: folder), loader: WorkbenchHarness.loader)
        }
        #expect(WorkbenchConfiguration.generatedToken().count == 64)
        #expect(WorkbenchConfiguration(host: "127.0.0.1", workspace: folder).isLoopback)
        #expect(!WorkbenchConfiguration(host: "192.168.1.4", workspace: folder).isLoopback)
    }

    @Test func everyAnswerCarriesTheContentSecurityPolicy() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.workspace) { harness in
            for address in ["/", "/api/summary", "/api/actors/nobody", "/nowhere"] {
                let answer = try await harness.request(address)
                #expect(answer.headers["content-security-policy"]?.contains("script-src 'self'") == true, "\(address)")
                #expect(answer.headers["x-content-type-options"] == "nosniff")
                #expect(!answer.text.contains("Swift/") && !answer.text.contains(".swift:"), "no stack trace in \(address)")
            }
            let missing = try await harness.request("/nowhere")
            #expect(missing.status == 404)
            #expect((try missing.json() as? [String: Any])?["error"] is String)
        }
    }
}
