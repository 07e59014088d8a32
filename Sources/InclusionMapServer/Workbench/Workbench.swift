import Foundation
import Hummingbird
import InclusionMap
import InclusionMapGraphviz
import Logging

/// The workbench: a local web server that shows a map, its analyses and its report in the
/// browser, over the same library and with the same numbers as the command line.
///
/// ```swift
/// let workbench = try Workbench(configuration: WorkbenchConfiguration(workspace: folder), loader: load)
/// try await workbench.run { address in print("open \(address)") }
/// ```
///
/// Every response is made from the map as prepared (``WorkbenchMap``): a withheld actor is
/// only a code. See ``WorkbenchConfiguration`` for what it listens on and what it may read,
/// and `docs/workbench-api.md` for the API.
public struct Workbench: Sendable {
    public let configuration: WorkbenchConfiguration
    let state: WorkbenchState
    let assets: PageAssets
    let workspace: WorkspacePath

    /// A workbench with the map at `source` open (`nil` for the bundled demo).
    ///
    /// - Throws: ``WorkbenchLoadError`` when the map cannot be read; an error in words when
    ///   the host is not a loopback address and there is no token.
    public init(configuration: WorkbenchConfiguration, source: URL? = nil, loader: @escaping WorkbenchLoader) throws {
        if !configuration.isLoopback, configuration.token == nil {
            throw WorkbenchFailure.badRequest("listening on \(configuration.host) needs an access token")
        }
        self.configuration = configuration
        workspace = WorkspacePath(root: configuration.workspace, extensions: configuration.openableExtensions)
        assets = try PageAssets()
        state = try WorkbenchState(loader: loader, source: source, configuration: configuration)
    }

    /// The router: the page, the API and the guards every request passes.
    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: RequestOrigin(loopbackOnly: configuration.isLoopback))
        if let token = configuration.token { router.add(middleware: AccessToken(token: token)) }
        WorkbenchRoutes(workbench: self).add(to: router)
        return router
    }

    /// Serves until the task is cancelled; `onRunning` is told the address once listening.
    public func run(onRunning: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "inclusion-map.workbench")
        logger.logLevel = .critical
        let host = configuration.host
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "inclusion-map"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                await onRunning("http://\(shownHost):\(port)/")
            },
            logger: logger)
        try await app.runService()
    }
}
