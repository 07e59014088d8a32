import Foundation

/// The page's files, read once from the target's resources: the HTML, its one script and
/// its one style sheet. Nothing else is served and nothing is fetched from elsewhere.
struct PageAssets: Sendable {
    /// A file of the page: its bytes and content type.
    struct Asset: Sendable {
        var data: Data
        var type: String
    }

    let files: [String: Asset]

    /// The page's files by the name the page asks for them with.
    static let names: [String: String] = [
        "index.html": "text/html; charset=utf-8",
        "workbench.js": "text/javascript; charset=utf-8",
        "workbench.css": "text/css; charset=utf-8",
    ]

    init() throws {
        guard let folder = Bundle.module.url(forResource: "web", withExtension: nil) else {
            throw WorkbenchFailure.failed("the workbench's page is missing from the build")
        }
        var files: [String: Asset] = [:]
        for (name, type) in Self.names {
            files[name] = Asset(data: try Data(contentsOf: folder.appendingPathComponent(name)), type: type)
        }
        self.files = files
    }
}
