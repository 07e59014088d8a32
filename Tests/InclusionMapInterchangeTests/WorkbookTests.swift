import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Excel workbooks written by openpyxl (Scripts/oracles/interchange.py), and ours read back.
@Suite struct WorkbookTests {
    /// The script wrote: a1 "Zoë Ōtsuka", person, housing, consent TRUE, start 2024-03-18 in a
    /// yyyy-mm-dd cell, score the formula =2*3 (openpyxl saves no result); a2 "=not a
    /// formula" (a string), "Team", consent FALSE, score 4; 7 (a number) "Seven", start 45000
    /// in the General format; ties a1→a2 advice 2.5 directed on 2024-01-31 (a dd/mm/yyyy cell)
    /// and a2–7; and a sheet "notes" that is no table.
    @Test func aDatasetWorkbookReadsCellsAsPeopleTypedThem() throws {
        let check = DatasetWorkbook.check(try Data(contentsOf: OracleGraph.file("dataset.openpyxl.xlsx")), fileName: "book.xlsx")
        let map = try #require(check.map, "\(check.issues)")
        #expect(map.actors == [
            Actor(id: "a1", name: "Zoë Ōtsuka", kind: .person, department: "housing", consent: true, attributes: ["start": "2024-03-18"]),
            Actor(id: "a2", name: "=not a formula", kind: .team, department: "housing", consent: false, attributes: ["score": "4"]),
            Actor(id: "7", name: "Seven", kind: .person, department: "public health", attributes: ["start": "45000"]),
        ])
        #expect(map.ties == [
            Tie(source: "a1", target: "a2", relation: "advice", weight: 2.5, isDirected: true, date: CalendarDate(parsing: "2024-01-31")),
            Tie(source: "a2", target: "7", relation: "advice"),
        ])
        #expect(check.issues.map(\.description) == [
            "book.xlsx: warning: actors!G2: a formula with no saved result is read as empty; open and save the workbook in a spreadsheet to compute it",
            "book.xlsx: warning: sheets \"notes\" are not dataset tables and are not read",
        ])
    }

    @Test func problemsNameTheSheetAndCell() {
        let check = DatasetWorkbook.check(try! Data(contentsOf: OracleGraph.file("dataset-errors.openpyxl.xlsx")), fileName: "book.xlsx")
        #expect(check.map == nil)
        #expect(check.issues.map(\.message) == [
            "ties!C3: the cell holds the error #N/A; expected a value",
            "ties!B2: target: unknown actor \"Okafor\"; expected an actor id from actors.csv",
            "ties!C2: weight: \"heavy\" is not a number; expected a number such as 1 or 2.5",
            "ties!B3: target: \"a1\" ties an actor to itself; network measures leave such ties out",
        ])
    }

    @Test(arguments: InterchangeRoundTripTests.datasets) func everyDatasetRoundTripsThroughAWorkbook(_ name: String) throws {
        let map = try InterchangeRoundTripTests.dataset(name)
        let back = DatasetWorkbook.check(DatasetWorkbook.write(map))
        #expect(back.map == map, "\(back.issues.prefix(3))")
    }

    @Test func formulaLikeTextIsStoredAsQuotedText() throws {
        let map = try StakeholderMap(actors: [Actor(id: "=1+1", name: "@SUM(A1)", attributes: ["note": "-2+3", "zip": "007", "ratio": "1.50"])])
        let data = DatasetWorkbook.write(map)
        let workbook = try Workbook(data: data)
        #expect(workbook.sheet(named: "actors")?.rows.map(\.cells) == [["id", "name", "note", "ratio", "zip"], ["=1+1", "@SUM(A1)", "-2+3", "1.50", "007"]])
        #expect(DatasetWorkbook.check(data).map == map)
        // Each such cell is a string with Excel's quote-prefix style, never a formula.
        let sheet = try #require(Self.part("xl/worksheets/sheet1.xml", of: data))
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("<c r=\"A2\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">=1+1</t></is></c>"))
        #expect(sheet.contains("<c r=\"D2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">1.50</t></is></c>"))
    }

    @Test func excelSerialDatesAreCalendarDays() {
        // 1 = 1900-01-01; 59 = 1900-02-28; 61 = 1900-03-01 (60 is Excel's phantom 29 February);
        // 45000 = 2023-03-15; 45369 = 2024-03-18.
        #expect(Workbook.reference(column: 27, row: 3) == "AB3")
        #expect(["1", "59", "61", "45000", "45369"].map { DateStyles.day(ofSerial: Double($0)!) } == ["1900-01-01", "1900-02-28", "1900-03-01", "2023-03-15", "2024-03-18"])
    }

    static func part(_ path: String, of data: Data) -> String? {
        Workbook.part(path, of: data).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Kumu's workbook and JSON blueprint, laid out by Kumu's import columns.
@Suite struct KumuTests {
    @Test func aKumuWorkbookLoadsNamesKindsRolesFanOutAndDirections() throws {
        let (map, warnings) = try Kumu.read(try Workbook(data: Data(contentsOf: OracleGraph.file("kumu.openpyxl.xlsx"))))
        #expect(map.actors == [
            Actor(id: "samira-haddad", name: "Samira Haddad", kind: .person, department: "early-help", roles: ["knowledge broker"],
                  attributes: ["Description": "Family hub coordinator", "tags": "early help"]),
            Actor(id: "housing-team", name: "Housing Team", kind: .team, department: "housing", attributes: ["Description": ""]),
            Actor(id: "eastfield-parents-forum", name: "Eastfield Parents' Forum", roles: ["community organiser"],
                  attributes: ["Description": "", "type": "Community group"]),
            Actor(id: "ward-councillor", name: "Ward councillor"),
        ])
        #expect(map.ties == [
            Tie(source: "samira-haddad", target: "housing-team", relation: "advice", weight: 2, isDirected: true),
            Tie(source: "samira-haddad", target: "eastfield-parents-forum", relation: "advice", weight: 2, isDirected: true),
            Tie(source: "housing-team", target: "samira-haddad", relation: "collaboration"),
            Tie(source: "eastfield-parents-forum", target: "ward-councillor", relation: "referral", isDirected: true),
        ])
        #expect(warnings.map(\.message) == ["1 elements named only in connections were added, as Kumu adds them"])
    }

    @Test func aKumuBlueprintLoadsTheSameWay() throws {
        let (map, _) = try Kumu.readJSON(try Data(contentsOf: OracleGraph.file("kumu-blueprint.json")))
        #expect(map.actors.map(\.id) == ["samira-haddad", "housing-team"])
        #expect(map.actors[0].roles == ["knowledge broker"])
        #expect(map.actors[0].attributes["tags"] == "early help")
        #expect(map.ties == [Tie(source: "samira-haddad", target: "housing-team", relation: "advice")])
    }

    @Test func idsFromLabelsAreStableAndDistinct() {
        #expect(Kumu.slug("Dr. Amara  Osei (PH)") == "dr-amara-osei-ph")
        #expect(Kumu.slug("Zoë Ōtsuka") == "zoë-ōtsuka")
    }

    @Test(arguments: ["krackhardt-hightech", "lazega-lawfirm", "rivertown"]) func ourKumuFilesReadBack(_ name: String) throws {
        let map = try InterchangeRoundTripTests.graphOnly(try InterchangeRoundTripTests.dataset(name))
        for data in [Kumu.writeJSON(map).data] {
            let back = try Kumu.readJSON(data).map
            #expect(back.actors.map(\.id) == map.actors.map(\.id))
            #expect(back.ties.map { "\($0.source) \($0.target) \($0.relation) \($0.weight) \($0.isDirected)" } == map.ties.map { "\($0.source) \($0.target) \($0.relation) \($0.weight) \($0.isDirected)" })
            #expect(back.actors.map(\.roles) == map.actors.map(\.roles))
        }
        let fromWorkbook = try Kumu.read(try Workbook(data: Kumu.writeWorkbook(map).data)).map
        #expect(fromWorkbook.actors.map(\.id) == map.actors.map(\.id))
        #expect(fromWorkbook.ties.count == map.ties.count)
    }
}
