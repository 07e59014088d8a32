import Foundation

/// How the workbench listens and what it may touch.
///
/// It listens on the loopback address unless told otherwise; listening anywhere else needs
/// an access token, required on every request. No request reads or writes outside
/// ``workspace``.
public struct WorkbenchConfiguration: Sendable {
    /// The address to listen on: `127.0.0.1` by default.
    public var host: String
    /// The port to listen on; 0 lets the system choose one (the address printed says which).
    public var port: Int
    /// The token every request must carry (`Authorization: Bearer TOKEN`, or `?token=` on
    /// the page's first load); `nil` for none, which is allowed on a loopback address only.
    public var token: String?
    /// The folder whose files the page may open; nothing outside it is read.
    public var workspace: URL
    /// Whether every name and id is replaced by a code in every response, page and download.
    public var pseudonymises: Bool
    /// The largest request body accepted, in bytes.
    public var bodyLimit: Int
    /// The largest file the page may upload, in bytes (64 MiB by default).
    public var uploadLimit: Int
    /// The file extensions (lower case, no dot) the workspace listing offers; `nil` offers
    /// every file. Dataset folders are always offered.
    public var openableExtensions: Set<String>?
    /// The most actors the whole map draws; above it, those with the highest values of the
    /// size measure (the report's limit by default, 2,000: a drawing of more is unreadable
    /// and slow to lay out).
    public var drawnActorLimit: Int
    /// The most actors whose findings are resampled for confidence when a map opens (2,000
    /// by default, where 100 resamples take seconds).
    public var confidenceActorLimit: Int

    /// A configuration; see each property.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, workspace: URL,
        pseudonymises: Bool = false, bodyLimit: Int = 1 << 20, openableExtensions: Set<String>? = nil,
        drawnActorLimit: Int = 2_000, confidenceActorLimit: Int = 2_000, uploadLimit: Int = 64 << 20
    ) {
        self.uploadLimit = uploadLimit
        self.drawnActorLimit = drawnActorLimit
        self.confidenceActorLimit = confidenceActorLimit
        self.openableExtensions = openableExtensions
        self.host = host
        self.port = port
        self.token = token
        self.workspace = workspace
        self.pseudonymises = pseudonymises
        self.bodyLimit = bodyLimit
    }

    /// Whether ``host`` is a loopback address, reachable only from this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// A new random access token: 32 bytes from the system's generator, as 64 hex digits.
    public static func generatedToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
