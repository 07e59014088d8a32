import Foundation
import Testing
import InclusionMap

/// Reading a dataset folder: defaults, free columns, and every kind of problem with its exact
/// message and position (`FILE:LINE:COLUMN: message`).
@Suite struct DatasetFolderReadingTests {
    private let actors = "id,name\na,Ann\nb,Bo\nc,Cy\n"

    @Test func optionalFilesAndColumnsTakeTheirDefaults() throws {
        let map = try DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id\na\nb\n",
            "ties.csv": "source,target\na,b\n",
        ])).read()
        #expect(map.actors.map(\.id) == ["a", "b"])
        #expect(map.actors[0].name == nil && map.actors[0].kind == nil && map.actors[0].roles.isEmpty && map.actors[0].consent == nil)
        #expect(map.ties == [Tie(source: "a", target: "b", relation: "tie", weight: 1, isDirected: false)])
        #expect(map.departments.isEmpty && map.engagements.isEmpty && map.attendance.isEmpty)
    }

    @Test func everyKnownColumnIsRead() throws {
        let map = try DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id,name,kind,department,organization,sector,roles,consent\n"
                + "a,Ann,Person,ph,Council,local government, evidence champion ; knowledge broker ,no\n",
            "departments.csv": "id,name,organisation,parent\nph,Public Health,Council,\n",
            "ties.csv": "source,target,relation,weight,directed,wave,date,source_of_evidence\na,a,advice,2.5,TRUE,w1,2024-03-14,survey\n",
            "engagements.csv": "id,name,date,kind\ne1,Workshop,2024-01-18,workshop\n",
            "attendance.csv": "engagement,actor,role\ne1,a,facilitator\n",
        ])).read()
        #expect(map.actors == [Actor(
            id: "a", name: "Ann", kind: .person, department: "ph", organisation: "Council", sector: "local government",
            roles: ["evidence champion", "knowledge broker"], consent: false)])
        #expect(map.departments == [Department(id: "ph", name: "Public Health", organisation: "Council")])
        #expect(map.ties == [Tie(
            source: "a", target: "a", relation: "advice", weight: 2.5, isDirected: true, wave: "w1",
            date: CalendarDate(year: 2024, month: 3, day: 14), provenance: "survey")])
        #expect(map.engagements == [Engagement(id: "e1", name: "Workshop", date: CalendarDate(year: 2024, month: 1, day: 18), kind: "workshop")])
        #expect(map.attendance == [Attendance(engagement: "e1", actor: "a", role: "facilitator")])
    }

    @Test func unknownColumnsAreKeptAsAttributesInOrder() throws {
        let map = try DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id,job_title,Team Size\na,Analyst,4\nb,,\n",
            "ties.csv": "source,target,meeting\na,b,monthly\n",
        ])).read()
        #expect(map.actors[0].attributes == ["job_title": "Analyst", "Team Size": "4"])
        // Empty cells are no value; the columns are still kept, in order.
        #expect(map.actors[1].attributes == [:])
        #expect(map.ties[0].attributes == ["meeting": "monthly"])
        #expect(map.extraColumns.actors == ["job_title", "Team Size"])
        #expect(DatasetFolder.files(for: map)[.actors] == "id,job_title,Team Size\na,Analyst,4\nb,,\n")
    }

    @Test func unknownActorInATieOnTheThirdLine() {
        #expect(TestSupport.issues(["actors.csv": actors, "ties.csv": "source,target\na,b\nb,Z9\n"]) == [
            "ties.csv:3:2: target: unknown actor \"Z9\"; expected an actor id from actors.csv",
        ])
    }

    @Test func everyProblemInEveryFileIsListedInOrder() {
        let issues = TestSupport.issues([
            "actors.csv": "id,kind,consent\na,person,true\na,robot,maybe\n,team,\n",
            "ties.csv": "source,target,weight,directed,date\nx,y,heavy,sometimes,18/01/2024\na,b,-1,false,\n",
            "departments.csv": "id,parent\nd1,d2\nd2,d1\nd3,nowhere\nd3,\n",
            "engagements.csv": "id,date\ne1,2024-02-30\ne1,\n",
            "attendance.csv": "engagement,actor\ne1,a\ne1,a\ne9,zz\n",
        ])
        #expect(issues == [
            "actors.csv:3:1: id: duplicate actor id \"a\"; expected each actor id once",
            "actors.csv:3:2: kind: \"robot\" is not a kind of actor; expected one of person, team, organisation, group",
            "actors.csv:3:3: consent: \"maybe\" is not true or false; expected true, false, yes, no, 1 or 0",
            "actors.csv:4:1: empty id; expected a value in every row",
            "departments.csv:3:2: parent: department cycle d2 → d1 → d2; expected departments to nest without a loop",
            "departments.csv:4:2: parent: unknown department \"nowhere\"; expected a department id from departments.csv",
            "departments.csv:5:1: id: duplicate department id \"d3\"; expected each department id once",
            "ties.csv:2:1: source: unknown actor \"x\"; expected an actor id from actors.csv",
            "ties.csv:2:2: target: unknown actor \"y\"; expected an actor id from actors.csv",
            "ties.csv:2:3: weight: \"heavy\" is not a number; expected a number such as 1 or 2.5",
            "ties.csv:2:4: directed: \"sometimes\" is not true or false; expected true, false, yes, no, 1 or 0",
            "ties.csv:2:5: date: \"18/01/2024\" is not a date; expected YYYY-MM-DD, such as 2024-03-18",
            "ties.csv:3:2: target: unknown actor \"b\"; expected an actor id from actors.csv",
            "engagements.csv:2:2: date: \"2024-02-30\" is not a date; expected YYYY-MM-DD, such as 2024-03-18",
            "engagements.csv:3:1: id: duplicate engagement id \"e1\"; expected each engagement id once",
            "attendance.csv:3:2: actor: duplicate attendance of \"a\" at \"e1\"; expected each actor once per engagement",
            "attendance.csv:4:1: engagement: unknown engagement \"e9\"; expected an engagement id from engagements.csv",
            "attendance.csv:4:2: actor: unknown actor \"zz\"; expected an actor id from actors.csv",
        ])
    }

    @Test func nonFiniteWeightIsRefused() {
        #expect(TestSupport.issues(["actors.csv": actors, "ties.csv": "source,target,weight\na,b,inf\na,c,nan\n"]) == [
            // One decimal grammar for numbers (DecimalNumber): inf and nan are not numbers.
            "ties.csv:2:3: weight: \"inf\" is not a number; expected a number such as 1 or 2.5",
            "ties.csv:3:3: weight: \"nan\" is not a number; expected a number such as 1 or 2.5",
        ])
    }

    @Test func missingActorsFile() {
        let folder = TestSupport.folder(["ties.csv": "source,target\na,b\n"])
        #expect(DatasetFolder(url: folder).check().issues.map(\.description) == [
            "actors.csv: file not found in \(folder.path); expected a dataset folder with at least actors.csv",
        ])
    }

    @Test func headerProblems() {
        #expect(TestSupport.issues(["actors.csv": actors, "ties.csv": "source,weight\na,1\n"]) == [
            "ties.csv:1: missing required column \"target\"; expected a header with source, target",
        ])
        #expect(TestSupport.issues(["actors.csv": "id,name,Name\na,x,y\n"]) == [
            "actors.csv:1:3: Name: repeats column 2; expected each column once",
        ])
        #expect(TestSupport.issues(["actors.csv": "id,,note\na,,\n"]) == [
            "actors.csv:1:2: column 2 has no name; expected a column name in the header",
        ])
        #expect(TestSupport.issues(["actors.csv": "\n\n"]) == [
            "actors.csv:1: empty file; expected a header row naming id",
        ])
    }

    @Test func rowsWithTheWrongNumberOfFields() {
        #expect(TestSupport.issues(["actors.csv": "id,name\na,Ann,extra\nb\n"]) == [
            "actors.csv:2:3: row has 3 fields; expected 2 as in the header",
            "actors.csv:3:2: row has 1 field; expected 2 as in the header",
        ])
    }

    @Test func csvSyntaxErrorsAreLocated() {
        #expect(TestSupport.issues(["actors.csv": actors, "ties.csv": "source,target\na,\"b\nc,d\n"]) == [
            "ties.csv:2:2: quoted field never closed; expected a closing double quote",
        ])
    }

    @Test func selfLoopsWarnByDefaultAndFailWhenRejected() throws {
        let files = ["actors.csv": actors, "ties.csv": "source,target\na,a\n"]
        let kept = DatasetFolder(url: TestSupport.folder(files)).check()
        #expect(kept.map?.ties.count == 1)
        #expect(kept.issues.map(\.description) == [
            "ties.csv:2:2: warning: target: \"a\" ties an actor to itself; network measures leave such ties out",
        ])
        #expect(TestSupport.issues(files, options: ReadingOptions(selfLoops: .reject)) == [
            "ties.csv:2:2: target: \"a\" ties an actor to itself; expected ties between two different actors",
        ])
    }

    @Test func repeatedTiesAndUnlistedDepartmentsAreWarnings() throws {
        let check = DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id,department\na,ph\nb,housing\n",
            "departments.csv": "id\nph\n",
            "ties.csv": "source,target,relation,directed\na,b,advice,false\nb,a,advice,false\na,b,advice,true\n",
        ])).check()
        #expect(check.map != nil)
        #expect(check.issues.map(\.description) == [
            "actors.csv:3:2: warning: department: \"housing\" is not in departments.csv; it is used as a group label only",
            "ties.csv:3: warning: repeats the advice tie b–a of line 2; network measures merge repeated ties",
        ])
    }

    @Test func readThrowsEveryIssueAndReturnsNothing() {
        let folder = TestSupport.folder(["actors.csv": "id\na\na\n", "ties.csv": "source,target\na,q\n"])
        #expect(throws: DatasetError.self) { try DatasetFolder(url: folder).read() }
        do {
            _ = try DatasetFolder(url: folder).read()
        } catch {
            #expect(error.errors.map { "\($0.file):\($0.line!):\($0.column!):\($0.columnName!)" } == [
                "actors.csv:3:1:id", "ties.csv:2:2:target",
            ])
        }
    }

    @Test func byteOrderMarkAndCRLFInAWholeFolder() throws {
        let map = try DatasetFolder(url: TestSupport.folder([
            "actors.csv": "\u{FEFF}id,name\r\na,\"Marsh, Helen\"\r\nb,\"two\r\nlines\"\r\n\r\n",
            "ties.csv": "source,target\r\na,b\r\n",
        ])).read()
        #expect(map.actors.map(\.displayName) == ["Marsh, Helen", "two\r\nlines"])
    }
}

extension DatasetFolderReadingTests {
    @Test func aRecordWrittenAndReadBackIsTheRecordItWas() throws {
        // b has no e-mail: its empty cell in the written actors.csv must not come back as an
        // attribute with an empty value.
        var map = try StakeholderMap(actors: [Actor(id: "a", attributes: ["email": "a@x.org"])], ties: [])
        try map.addActor(Actor(id: "b"))
        try map.addTie(Tie(source: "a", target: "b", attributes: ["note": "met twice"]))
        try map.addTie(Tie(source: "b", target: "a"))
        let folder = TestSupport.scratchFolder()
        try DatasetFolder.write(map, to: folder)
        let back = try DatasetFolder(url: folder).read()
        #expect(back.actors == map.actors)
        #expect(back.ties == map.ties)
    }
}
