import Foundation
import Hummingbird

/// The response to a failed request: its status and `{"error": message, "problems": [...]}`,
/// never a stack trace or an internal type's description.
enum FailureResponse {
    static func response(for error: any Error) -> Response {
        let failure: WorkbenchFailure
        switch error {
        case let known as WorkbenchFailure: failure = known
        case let load as WorkbenchLoadError: failure = .unreadable(load.problems)
        case let http as HTTPError: failure = http.status == .notFound ? .notFound("such page") : .badRequest(http.body ?? http.status.reasonPhrase)
        case let http as any HTTPResponseError: failure = .badRequest(http.status.reasonPhrase)
        default: failure = .failed(String(describing: error))
        }
        return JSONResponse.make(Body(error: failure.message, problems: failure.problems), status: failure.status)
    }

    private struct Body: Encodable {
        var error: String
        var problems: [String]
    }
}
