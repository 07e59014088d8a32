import Hummingbird

/// Why a request failed, in words for the person at the page: each case has its status code
/// and a short message, and nothing else (no stack trace, no path outside the workspace).
enum WorkbenchFailure: Error, Sendable, Equatable {
    /// A path that is absolute, climbs out of the workspace or leads out through a link.
    case badPath(String)
    /// Nothing at a path inside the workspace, or no actor with an id.
    case notFound(String)
    /// A map that could not be read, with every problem the reader found.
    case unreadable([String])
    /// A request the workbench does not take, with why.
    case badRequest(String)
    /// A request without the access token, or with another.
    case unauthorised
    /// A changing request from another site, or to a host name the workbench is not.
    case forbidden(String)
    /// A body larger than the limit, in bytes.
    case tooLarge(Int)
    /// A failure of the analysis or of Graphviz, in its own words.
    case failed(String)

    var status: HTTPResponse.Status {
        switch self {
        case .badPath: .badRequest
        case .notFound: .notFound
        case .unreadable: .unprocessableContent
        case .badRequest: .badRequest
        case .unauthorised: .unauthorized
        case .forbidden: .forbidden
        case .tooLarge: .contentTooLarge
        case .failed: .internalServerError
        }
    }

    var message: String {
        switch self {
        case let .badPath(path): "\"\(path)\" is not a path inside the workspace"
        case let .notFound(what): "no \(what)"
        case let .unreadable(problems): "the map could not be read: " + problems.prefix(20).joined(separator: "; ")
        case let .badRequest(why): why
        case .unauthorised: "this workbench needs its access token"
        case let .forbidden(why): why
        case let .tooLarge(limit): "the request body is larger than the limit of \(limit) bytes"
        case let .failed(why): why
        }
    }

    /// The problems listed separately, for a page that shows each one.
    var problems: [String] {
        if case let .unreadable(problems) = self { return problems }
        return []
    }
}
