import Foundation
import Testing
import InclusionMap

/// The demo map loads cleanly, matches the counts its README states, and the copy the library
/// ships is the same as Datasets/rivertown.
@Suite struct RivertownTests {
    @Test func validatesWithoutWarnings() {
        let check = DatasetFolder(url: TestSupport.dataset("rivertown")).check()
        #expect(check.map != nil)
        #expect(check.issues.isEmpty, "\(check.issues)")
    }

    @Test func matchesTheCountsInItsREADME() throws {
        let map = try BundledDataset.rivertown.read()
        let s = MapSummary(map)
        #expect(s.actors == 111)
        #expect(s.kinds == ["person": 100, "group": 6, "organisation": 5])
        #expect(Set(map.actors.compactMap(\.organisation)).count == 19)
        #expect(s.groups == [
            "public-health": 9, "early-help": 10, "performance": 6, "education": 8, "early-years": 7,
            "social-care": 8, "housing": 6, "communities": 5, "uni-health": 6, "health-visiting": 7,
            "schools": 8, "nurseries": 6, "police": 4, "voluntary": 7, "parents": 10, "faith": 4,
        ])
        #expect(map.departments.count == 20)
        #expect(s.sectors == [
            "local government": 58, "residents": 10, "schools": 8, "health": 7, "higher education": 7,
            "voluntary and community": 7, "early years settings": 6, "faith": 4, "police": 4,
        ])
        #expect(s.relations == ["advice": 170, "collaboration": 218, "data-sharing": 20])
        #expect(s.relationDetails["advice"]?.directedTies == 170)
        #expect(s.relationDetails["collaboration"]?.directedTies == 0)
        #expect(s.relationDetails["data-sharing"]?.directedTies == 20)
        #expect(s.components == 3 && s.largestComponent == 109 && s.isolates == 2)
        #expect(s.spanners.mapValues(\.count) == [
            "community organiser": 3, "embedded researcher": 1, "evidence champion": 5, "implementor": 1,
            "knowledge broker": 2, "methodology expert": 1, "sponsor": 2,
        ])
        #expect(Set(s.spanners.values.joined()).count == 15)
        #expect(s.engagements == 8 && s.attendance == 116 && s.attendees == 36)
    }

    @Test func tellsItsStory() throws {
        let map = try BundledDataset.rivertown.read()
        func attended(_ id: String) -> Int { map.attendance(of: id).count }
        // Usual suspects.
        #expect(["ph01", "ph02", "un01", "ey01", "sh01"].map(attended) == [8, 8, 8, 8, 8])
        #expect(attended("vo01") == 7)
        // Uninvited brokers.
        #expect(["eh07", "pi03", "ho02", "vo03"].map(attended) == [0, 0, 0, 1])
        // Champions who bridge nothing: every tie stays inside their department.
        for id in ["ed05", "sc04", "cn03"] {
            let department = map.actor(withID: id)?.department
            let ties = map.ties(of: id)
            #expect(!ties.isEmpty)
            #expect(ties.allSatisfy { map.actor(withID: $0.source)?.department == department
                && map.actor(withID: $0.target)?.department == department })
        }
        // Never engaged: the faith sector and the Housing department.
        let attendees = Set(map.attendance.map(\.actor))
        #expect(map.actors.filter { $0.sector == "faith" || $0.department == "housing" }.allSatisfy { !attendees.contains($0.id) })
        #expect(map.actors.filter { $0.consent == false }.map(\.id) == ["pa07", "pa09"])
    }

    @Test func bundledCopyIsIdenticalToDatasetsFolder() throws {
        for file in DatasetFile.allCases {
            let shipped = try Data(contentsOf: BundledDataset.rivertown.url.appendingPathComponent(file.fileName))
            let source = try Data(contentsOf: TestSupport.dataset("rivertown").appendingPathComponent(file.fileName))
            #expect(shipped == source, "\(file.fileName): run Scripts/datasets/rivertown.py")
        }
    }
}
