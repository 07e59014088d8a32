import Foundation
import Testing

/// A signed network's negative ties are read, counted and announced (issue 40): every
/// command says on standard error that the measures leave them out.
extension CommandLineTests {
    @Test func negativeTiesAreReadCountedAndAnnounced() throws {
        // a – b – c – d positive; a–c and b–d negative (dislike).
        let folder = try scratchFolder([
            "actors.csv": "id,department\na,X\nb,X\nc,Y\nd,Y\n",
            "ties.csv": "source,target,relation,weight,directed\na,b,r,1,false\nb,c,r,1,false\nc,d,r,1,false\na,c,r,-1,false\nb,d,r,-2,false\n",
        ])
        let summary = try run(["summary", folder])
        #expect(summary.status == 0)
        #expect(summary.output.contains("Ties: 5 rows (2 negative, left out of density and components)"))
        let note = "note: 2 of 5 ties are negative (weight below 0, a signed network's dislike or distrust); they are kept in the map and drawn dashed, but left out of paths, centrality, brokerage, E-I, density and components, which read a tie as a channel."
        #expect(summary.errors.contains(note))
        let silos = try run(["silos", folder, "--format", "json"])
        #expect(silos.status == 0)
        #expect(silos.errors.contains(note))
        // E-I from the positive pairs: a–b and c–d inside, b–c across: (1 − 2)/3.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(silos.output.utf8)) as? [String: Any])
        let ei = try #require(object["ei_index"] as? Double)
        #expect(abs(ei - (-1.0 / 3)) < 1e-12)
    }
}
