import Foundation
import Testing

/// `report` on a map without departments groups by detected communities and says so.
extension CommandLineTests {
    @Test func reportWithoutDepartmentsGroupsByCommunities() throws {
        // Two triangles joined by one tie (c – d): Louvain's two communities.
        let folder = try scratchFolder([
            "actors.csv": "id,name\na,A\nb,B\nc,C\nd,D\ne,E\nf,F\n",
            "ties.csv": "source,target\na,b\nb,c\na,c\nc,d\nd,e\ne,f\nd,f\n",
        ])
        let out = folder + "/report"
        let written = try run(["report", folder, "--out", out, "--permutations", "9", "--resamples", "5", "--ego-maps", "0"])
        #expect(written.status == 0, "\(written.errors)")
        #expect(written.errors.contains("report: no actor has a department, so the groups are the communities Louvain detects (--group louvain)"))
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(page.contains("communities detected by Louvain modularity optimisation"))
        // Asked for by name, a missing column is still an error.
        let named = try run(["report", folder, "--out", folder + "/named", "--group", "department"])
        #expect(named.status != 0 && named.errors.contains("group column \"department\""))
    }
}
