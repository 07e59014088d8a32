import Hummingbird

/// Refuses requests that another site could have made.
///
/// - On a loopback address, the `Host` header must name this machine (`localhost`,
///   `127.0.0.1` or `[::1]`): a page elsewhere that rebinds its own name to 127.0.0.1 cannot
///   read the workbench.
/// - A request that changes anything (any method but GET and HEAD) must carry an `Origin`
///   equal to the workbench's own (`http://` + its `Host`): a form or script on another site
///   cannot open a map here. GET never changes anything.
struct RequestOrigin<Context: RequestContext>: RouterMiddleware {
    let loopbackOnly: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = request.head.authority ?? ""
        if loopbackOnly, !Self.isLoopback(host) {
            throw WorkbenchFailure.forbidden("this workbench answers only to localhost, 127.0.0.1 or [::1]")
        }
        if request.method != .get, request.method != .head {
            guard let origin = request.headers[.origin], origin == "http://\(host)" else {
                throw WorkbenchFailure.forbidden("a change must come from the workbench's own page (the Origin header differs)")
            }
        }
        return try await next(request, context)
    }

    /// Whether `authority` (host and optional port) names this machine.
    static func isLoopback(_ authority: String) -> Bool {
        let host: Substring
        if authority.hasPrefix("[") {
            host = authority.prefix { $0 != "]" }.dropFirst()
        } else {
            host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        return host.lowercased() == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
