import Foundation
import InclusionMap
import InclusionMapGraphviz

/// Loading datasets and rendering to parsed SVG, for the map tests.
enum MapSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func dataset(_ name: String) -> StakeholderMap {
        let url = repositoryRoot.appendingPathComponent("Datasets").appendingPathComponent(name)
        return DatasetFolder(url: url).check().map!
    }

    static func svg(_ picture: NetworkMap, of map: StakeholderMap, engine: LayoutEngine? = nil) throws -> SVGDocument {
        try SVGDocument(picture.render(map, format: .svg, engine: engine).data)
    }

    /// Resident memory of this process in bytes, from /proc/self/statm.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
