import Foundation
import Hummingbird
import InclusionMap
import InclusionMapGraphviz
import InclusionMapInterchange
import InclusionMapReport

/// The workbench's addresses: the page and its two files, and the JSON API under `/api/`
/// (documented in `docs/workbench-api.md`). Only the POSTs change anything — opening a map,
/// an upload, building a survey's map, adding a wave — and each writes inside the workspace.
struct WorkbenchRoutes {
    let workbench: Workbench

    func add(to router: Router<BasicRequestContext>) {
        let assets = workbench.assets
        let state = workbench.state
        let workspace = workbench.workspace
        let limit = workbench.configuration.bodyLimit
        let uploadLimit = workbench.configuration.uploadLimit
        let pseudonymises = workbench.configuration.pseudonymises

        router.get("/") { _, _ in try Self.asset("index.html", in: assets) }
        router.get("/assets/:file") { _, context in
            try Self.asset(context.parameters.require("file"), in: assets)
        }
        router.get("/api/summary") { _, _ in
            JSONResponse.make(SummaryRecord(await state.analyses, pseudonymised: pseudonymises))
        }
        router.get("/api/drawing") { request, _ in
            let analyses = await state.analyses
            let picture = try Self.picture(.whole, parameter: { request.queryText($0) }, analyses: analyses)
            return JSONResponse.bytes(try await Self.svg(picture, state: state), type: "image/svg+xml")
        }
        router.get("/api/silo-drawing") { request, _ in
            let analyses = await state.analyses
            let picture = try Self.picture(.silo, parameter: { request.queryText($0) }, analyses: analyses)
            return JSONResponse.bytes(try await Self.svg(picture, state: state), type: "image/svg+xml")
        }
        router.get("/api/actors") { _, _ in JSONResponse.make(ActorRecord.all(in: await state.analyses)) }
        router.get("/api/actors/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let actor = ActorRecord.one(id, in: await state.analyses) else { throw WorkbenchFailure.notFound("actor \"\(id)\"") }
            return JSONResponse.make(actor)
        }
        router.get("/api/actors/:id/ego") { request, context in
            let id = try context.parameters.require("id")
            let analyses = await state.analyses
            guard analyses.map.actor(withID: id) != nil else { throw WorkbenchFailure.notFound("actor \"\(id)\"") }
            let depth = request.uri.queryParameters["depth"].flatMap { Int($0) } ?? 1
            guard (1...3).contains(depth) else { throw WorkbenchFailure.badRequest("depth must be 1, 2 or 3") }
            let picture = NetworkMap(.ego(actor: id, depth: depth), options: MapOptions(groupColumn: analyses.groupColumn, highlighted: [id]))
            return JSONResponse.bytes(try await Self.svg(picture, state: state), type: "image/svg+xml")
        }
        router.get("/api/metrics") { _, _ in JSONResponse.make(MetricsRecord(await state.analyses)) }
        router.get("/api/brokers") { _, _ in
            let analyses = await state.analyses
            return JSONResponse.make(BrokersRecord(analyses.brokers, map: analyses.map, listed: analyses.brokers.candidates, confidence: analyses.confidence))
        }
        router.get("/api/audit") { _, _ in
            let analyses = await state.analyses
            return JSONResponse.make(AuditRecord(analyses.audit, map: analyses.map, confidence: analyses.confidence))
        }
        router.get("/api/silos") { _, _ in
            let analyses = await state.analyses
            return JSONResponse.make(SilosRecord(analyses.silos, confidence: analyses.confidence))
        }
        router.get("/api/panel") { request, _ in
            let analyses = await state.analyses
            return JSONResponse.make(try PanelQuery(request, actors: analyses.map.actors.count).panel(on: analyses))
        }
        router.get("/api/panel.csv") { request, _ in
            let analyses = await state.analyses
            let record = try PanelQuery(request, actors: analyses.map.actors.count).panel(on: analyses)
            var response = JSONResponse.bytes(
                Data(CSVWriter.text(header: PanelRecord.csvHeader, rows: record.csvRows, cells: .guarded).utf8), type: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"panel.csv\""
            return response
        }
        router.get("/api/whatif") { request, _ in
            let query = try WhatIfQuery(request)
            return JSONResponse.make(try await state.whatIf(query))
        }
        router.post("/api/upload") { request, _ in
            guard let name = request.queryText("name") else { throw WorkbenchFailure.badRequest("name the file: ?name=responses.csv") }
            let data = Data(buffer: try await Self.bytes(of: request, limit: uploadLimit))
            return JSONResponse.make(["path": try Upload.save(data, named: name, in: workspace)])
        }
        router.post("/api/survey/preview") { request, _ in
            let asked = try await Self.body(of: request, as: SurveyRequest.self, limit: limit, expected: Self.surveyShape)
            return JSONResponse.make(SurveyPreview(try asked.survey(in: workspace)))
        }
        router.post("/api/survey/build") { request, _ in
            let asked = try await Self.body(of: request, as: SurveyRequest.self, limit: limit, expected: Self.surveyShape)
            guard let out = asked.out, let name = try? Upload.safeName(out), name == out else {
                throw WorkbenchFailure.badRequest("name the dataset folder to write: one name of letters, digits, space, '.', '-' or '_'")
            }
            let folder = workspace.root.appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: folder.path) else { throw WorkbenchFailure.badRequest("\(name) exists in the workspace; choose another name") }
            let survey = try asked.survey(in: workspace)
            do {
                try survey.write(to: folder)
            } catch let error as DatasetError {
                throw WorkbenchFailure.unreadable(error.issues.map(\.description))
            }
            try await state.open(folder)
            return JSONResponse.make(SummaryRecord(await state.analyses, pseudonymised: pseudonymises))
        }
        router.post("/api/register/add") { request, _ in
            let asked = try await Self.body(of: request, as: RegisterAddRequest.self, limit: limit,
                                            expected: "{\"register\": \"programme.sqlite\", \"wave\": \"2026\", \"source\": \"a folder or file in the workspace\"}")
            return JSONResponse.make(try asked.add(in: workspace))
        }
        router.get("/api/waves") { _, _ in JSONResponse.make(try await Self.failingInWords { try await state.waves() }) }
        router.get("/api/compare") { request, _ in
            let change = try await Self.failingInWords { try await state.change(from: request.queryText("from"), to: request.queryText("to")) }
            return JSONResponse.make(change.record)
        }
        router.get("/api/compare/:picture") { request, context in
            let change = try await Self.failingInWords { try await state.change(from: request.queryText("from"), to: request.queryText("to")) }
            switch try context.parameters.require("picture") {
            case "before": return JSONResponse.bytes(change.before, type: "image/svg+xml")
            case "after": return JSONResponse.bytes(change.after, type: "image/svg+xml")
            case "change": return JSONResponse.bytes(change.change, type: "image/svg+xml")
            default: throw WorkbenchFailure.notFound("such picture: before, after or change")
            }
        }
        router.get("/api/report") { request, _ in
            let panel = try PanelQuery(request, actors: await state.analyses.map.actors.count).constraints
            let page = try await Self.failingInWords { try await state.reportPage(panel: panel) }
            var response = JSONResponse.bytes(page, type: "text/html; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"inclusion-report.html\""
            return response
        }
        router.get("/api/workspace") { _, _ in JSONResponse.make(workspace.listing()) }
        router.post("/api/open") { request, _ in
            let asked = try await Self.body(of: request, as: OpenRequest.self, limit: limit,
                                            expected: "{\"path\": \"a file or folder in the workspace\"} or {\"demo\": true}")
            let url: URL?
            if asked.demo == true {
                url = nil
            } else if let path = asked.path {
                url = try workspace.resolve(path)
            } else {
                throw WorkbenchFailure.badRequest("name a path in the workspace, or ask for the demo")
            }
            try await state.open(url)
            return JSONResponse.make(SummaryRecord(await state.analyses, pseudonymised: pseudonymises))
        }
    }

    /// The body of `request`, at most `limit` bytes, as JSON of `type`.
    ///
    /// - Throws: ``WorkbenchFailure/tooLarge(_:)`` above the limit, and
    ///   ``WorkbenchFailure/badRequest(_:)`` naming `expected` when it is not such JSON.
    static func body<T: Decodable>(of request: Request, as type: T.Type, limit: Int, expected: String) async throws -> T {
        let body = Data(buffer: try await bytes(of: request, limit: limit))
        guard let decoded = try? JSONDecoder().decode(T.self, from: body) else {
            throw WorkbenchFailure.badRequest("the body must be JSON: \(expected)")
        }
        return decoded
    }

    /// The body of `request`, at most `limit` bytes.
    static func bytes(of request: Request, limit: Int) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WorkbenchFailure.tooLarge(limit)
        }
    }

    /// What the survey addresses take, for their errors.
    static let surveyShape = "{\"responses\": \"a file\", \"roster\": \"a file\", \"config\": \"survey.json\", \"corrections\": [{\"respondent\", \"question\", \"answer\", \"matched_id\"}], \"out\": \"a new folder\"}"

    /// What `POST /api/open` takes.
    private struct OpenRequest: Decodable {
        var path: String?
        var demo: Bool?
    }

    private static func asset(_ name: String, in assets: PageAssets) throws -> Response {
        guard let asset = assets.files[name] else { throw WorkbenchFailure.notFound("such page") }
        return JSONResponse.bytes(asset.data, type: asset.type)
    }

    private static func svg(_ picture: NetworkMap, state: WorkbenchState) async throws -> Data {
        try await failingInWords { try await state.svg(of: picture) }
    }

    /// Runs `work`, saying a library error (a map that cannot be drawn, Graphviz failing) in
    /// its own words.
    private static func failingInWords<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let failure as WorkbenchFailure {
            throw failure
        } catch let error as ReportError {
            // A panel the page asked for that cannot be made is the request's problem.
            if case .impossiblePanel = error { throw WorkbenchFailure.badRequest(error.description) }
            throw WorkbenchFailure.failed(error.description)
        } catch {
            throw WorkbenchFailure.failed(String(describing: error))
        }
    }

    /// The picture a request asks for: `relation`, `group` and `highlight` (comma-separated),
    /// `min_weight`, `size` (a measure, or `none`) and `color` (an actor column).
    /// `parameter` gives a query parameter's text (`nil` when absent); the page's first
    /// drawing asks with none, and the map is drawn that way when it opens.
    static func picture(_ kind: NetworkMap.Kind, parameter: (String) -> String?, analyses: MapAnalyses) throws(WorkbenchFailure) -> NetworkMap {
        func list(_ name: String) -> [String]? {
            let items = (parameter(name) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return items.isEmpty ? nil : items
        }
        var filter = MapFilter()
        if let relations = list("relation") {
            let known = Set(analyses.summary.relations.keys)
            if let unknown = relations.first(where: { !known.contains($0) }) {
                throw .badRequest("no relation \"\(unknown)\"; the map has \(known.sorted().joined(separator: ", "))")
            }
            filter.relations = Set(relations)
        }
        if let groups = list("group") { filter.groups = Set(groups) }
        // As the report does: above its limit the whole map shows the actors with the
        // highest values of the size measure, and the summary says so.
        if kind == .whole, analyses.map.actors.count > analyses.drawnActorLimit { filter.topActors = analyses.drawnActorLimit }
        if let text = parameter("min_weight"), !text.isEmpty {
            guard let weight = Double(text), weight.isFinite else { throw .badRequest("min_weight must be a number") }
            filter.minimumWeight = weight
        }
        var size: CentralityMetric? = .degree
        if let text = parameter("size"), !text.isEmpty {
            if text == "none" {
                size = nil
            } else {
                guard let metric = CentralityMetric(rawValue: text) else {
                    throw .badRequest("no measure \"\(text)\"; sizes follow \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", ")) or none")
                }
                size = metric
            }
        }
        var color: String?
        if let text = parameter("color"), !text.isEmpty {
            guard analyses.map.actors.contains(where: { $0.value(ofColumn: text) != nil }) else {
                throw .badRequest("no actor has a value in the column \"\(text)\"")
            }
            color = text
        }
        let options = MapOptions(
            groupColumn: analyses.groupColumn, colorColumn: color, sizeMetric: size,
            highlighted: list("highlight") ?? analyses.brokers.underUsed.map(\.actorID), filter: filter)
        return NetworkMap(kind, options: options)
    }
}
