import Foundation
import Hummingbird

/// Requires the access token on every request, when the workbench has one.
///
/// A program sends `Authorization: Bearer TOKEN`. A browser opens the address printed at
/// start, which carries `?token=TOKEN` once: the page is answered with a redirect to the
/// same path without it and an HTTP-only, same-site cookie that carries the token from then
/// on, so the token does not stay in the address bar or the history. Tokens are compared
/// in time independent of where they differ.
struct AccessToken<Context: RequestContext>: RouterMiddleware {
    let token: String

    static var cookieName: String { "inclusionmap-token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer "), Self.same(String(bearer.dropFirst(7)), token) {
            return try await next(request, context)
        }
        if let cookie = request.cookies[Self.cookieName], Self.same(cookie.value, token) {
            return try await next(request, context)
        }
        if request.method == .get, let offered = request.uri.queryParameters["token"], Self.same(String(offered), token) {
            var response = Response(status: .seeOther, headers: [.location: request.uri.path])
            response.setCookie(Cookie(name: Self.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        throw WorkbenchFailure.unauthorised
    }

    /// Whether `a` equals `b`, looking at every byte whatever the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(truncatingIfNeeded: x.count ^ y.count)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0 && x.count == y.count
    }
}
