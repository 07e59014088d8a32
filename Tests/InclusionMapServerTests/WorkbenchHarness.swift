import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import InclusionMap
import InclusionMapRegister
@testable import InclusionMapServer

/// A workbench running on a free loopback port over a workspace of test folders, and a
/// client for it. Each test starts its own and stops it when done.
struct WorkbenchHarness {
    /// An answer: status, headers (names lower-cased) and body.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        func json() throws -> Any { try JSONSerialization.jsonObject(with: body) }
    }

    let base: URL
    let workspace: URL
    private let server: Task<Void, any Error>

    /// A map read from a dataset folder or a register's latest wave, as the command line
    /// prepares it (masked, with the register's consent scope and the recommended policy).
    static let loader: WorkbenchLoader = { url in
        if let url, Register.isDatabase(url) {
            let register = try Register(opening: url)
            return WorkbenchMap(name: url.lastPathComponent, prepared: PreparedMap(try register.map(ofWave: nil), consent: try register.consentScope()))
        }
        let check = DatasetFolder(url: url ?? BundledDataset.rivertown.url).check()
        guard let map = check.map else { throw WorkbenchLoadError(problems: check.issues.map(\.description)) }
        return WorkbenchMap(name: url?.lastPathComponent ?? "Rivertown (demo)", prepared: PreparedMap(map))
    }

    /// Starts a workbench over a new workspace that `prepare` fills, with `source` open
    /// (a path inside the workspace, or `nil` for the demo). Confidence is resampled only for
    /// maps up to `confidenceLimit` actors: none by default, so the suite's own work stays
    /// small beside the renderer's memory tests, which share the process.
    static func start(
        source: String? = nil, token: String? = nil, pseudonymises: Bool = false, bodyLimit: Int = 1 << 20, actorLimit: Int = 2_000,
        confidenceLimit: Int = 0, prepare: (URL) throws -> Void = { _ in }
    ) async throws -> WorkbenchHarness {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        try prepare(workspace)
        let configuration = WorkbenchConfiguration(
            port: 0, token: token, workspace: workspace, pseudonymises: pseudonymises, bodyLimit: bodyLimit,
            drawnActorLimit: actorLimit, confidenceActorLimit: confidenceLimit)
        let workbench = try Workbench(
            configuration: configuration, source: source.map { workspace.appendingPathComponent($0) }, loader: loader)
        let (addresses, continuation) = AsyncStream.makeStream(of: String.self)
        let server = Task { try await workbench.run { continuation.yield($0) } }
        var iterator = addresses.makeAsyncIterator()
        guard let address = await iterator.next(), let base = URL(string: address) else { throw URLError(.cannotConnectToHost) }
        return WorkbenchHarness(base: base, workspace: workspace, server: server)
    }

    /// Runs `body` against a workbench started as ``start(source:token:pseudonymises:bodyLimit:actorLimit:confidenceLimit:prepare:)``
    /// does, and stops it afterwards, whether `body` throws or not.
    static func with(
        source: String? = nil, token: String? = nil, pseudonymises: Bool = false, bodyLimit: Int = 1 << 20, actorLimit: Int = 2_000,
        confidenceLimit: Int = 0, prepare: (URL) throws -> Void = { _ in }, _ body: (WorkbenchHarness) async throws -> Void
    ) async throws {
        let harness = try await start(source: source, token: token, pseudonymises: pseudonymises, bodyLimit: bodyLimit, actorLimit: actorLimit,
                                      confidenceLimit: confidenceLimit, prepare: prepare)
        do { try await body(harness) } catch { await harness.stop(); throw error }
        await harness.stop()
    }

    /// Stops the server and removes the workspace.
    func stop() async {
        server.cancel()
        _ = try? await server.value
        try? FileManager.default.removeItem(at: workspace)
    }

    /// Sends a request; `headers` may replace Host and Origin.
    func request(_ path: String, method: String = "GET", headers: [String: String] = [:], body: Data? = nil) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let session = URLSession(configuration: .ephemeral)
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
        return Answer(status: http.statusCode, headers: fields, body: data)
    }

    /// A POST from the workbench's own page: JSON with the page's Origin.
    func post(_ path: String, json: String, origin: String? = nil) async throws -> Answer {
        let own = "http://\(base.host!):\(base.port!)"
        return try await request(path, method: "POST", headers: ["Origin": origin ?? own, "Content-Type": "application/json"],
                                 body: Data(json.utf8))
    }

    /// Writes a dataset folder `name` inside `workspace` from CSV texts by file name.
    static func write(_ files: [String: String], to name: String, in workspace: URL) throws {
        let folder = workspace.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, text) in files { try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8) }
    }

    /// The repository's `Datasets` folder.
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets")

    /// The path a–b–c, with c withheld (consent false) and departments x, x, y.
    static let path: [String: String] = [
        "actors.csv": "id,name,department,consent\na,Ada,x,true\nb,Ben,x,true\nc,Carol Secret,y,false\n",
        "ties.csv": "source,target\na,b\nb,c\n",
    ]
}
