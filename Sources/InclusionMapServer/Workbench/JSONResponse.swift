import Foundation
import Hummingbird

/// JSON responses: pretty-printed with sorted keys and ending in a newline, as the command
/// line writes JSON, so the API and `--format json` give the same bytes for the same record.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {
            return Response(status: .internalServerError, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: "{\"error\": \"the answer could not be written as JSON\", \"problems\": []}")))
        }
        return bytes(data + Data("\n".utf8), type: "application/json; charset=utf-8", status: status)
    }

    /// `data` as a response of content type `type`.
    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
