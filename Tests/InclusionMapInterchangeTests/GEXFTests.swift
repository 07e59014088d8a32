import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// GEXF as Gephi writes it, and round trips through our writer.
@Suite struct GEXFTests {
    /// A file laid out as Gephi 0.10's "Export graph file… GEXF" writes one (GEXF 1.3, viz
    /// module, typed attribute columns with a default, a mixed graph, a dynamic edge).
    static let gephiExport = """
        <?xml version='1.0' encoding='UTF-8'?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
          <meta lastmodifieddate="2026-11-30">
            <creator>Gephi 0.10.1</creator>
            <description></description>
          </meta>
          <graph defaultedgetype="directed" mode="static">
            <attributes class="node" mode="static">
              <attribute id="department" title="department" type="string"/>
              <attribute id="roles" title="roles" type="string"/>
              <attribute id="modularity_class" title="Modularity Class" type="integer"/>
              <attribute id="kind" title="kind" type="string"><default>person</default></attribute>
            </attributes>
            <nodes>
              <node id="eh07" label="Samira Haddad">
                <attvalues>
                  <attvalue for="department" value="early-help"/>
                  <attvalue for="modularity_class" value="2"/>
                </attvalues>
                <viz:size value="12.5"/>
                <viz:position x="-81.2" y="40.5" z="0.0"/>
                <viz:color r="232" g="17" b="65" a="0.5"/>
              </node>
              <node id="ho02" label="Tariq Mahmood">
                <attvalues>
                  <attvalue for="department" value="housing"/>
                  <attvalue for="roles" value="evidence champion;knowledge broker"/>
                  <attvalue for="kind" value="team"/>
                </attvalues>
                <viz:color r="0" g="128" b="255"/>
              </node>
            </nodes>
            <edges>
              <edge id="0" source="eh07" target="ho02" kind="advice" weight="2.0"/>
              <edge id="1" source="ho02" target="eh07" type="undirected" label="met at the hub" weight="1.0"/>
              <edge id="2" source="eh07" target="ho02" kind="data-sharing" start="2024-03-18" end="2024-03-18"/>
              <edge id="3" source="eh07" target="ho02" kind="data-sharing" start="2024-01-01" end="2024-06-30"/>
            </edges>
          </graph>
        </gexf>
        """

    @Test func aGephiExportLoadsWithNamesKindsRolesDirectionsAndViz() throws {
        let (map, warnings) = try GEXFReader(fileName: "gephi.gexf").read(Data(Self.gephiExport.utf8))
        #expect(map.actors == [
            Actor(id: "eh07", name: "Samira Haddad", kind: .person, department: "early-help",
                  attributes: ["Modularity Class": "2", "viz_size": "12.5", "viz_position": "-81.2,40.5,0.0", "viz_color": "#E8114180"]),
            Actor(id: "ho02", name: "Tariq Mahmood", kind: .team, department: "housing", roles: ["evidence champion", "knowledge broker"],
                  attributes: ["viz_color": "#0080FF"]),
        ])
        #expect(map.ties == [
            Tie(source: "eh07", target: "ho02", relation: "advice", weight: 2, isDirected: true),
            Tie(source: "ho02", target: "eh07", relation: "met at the hub", weight: 1, isDirected: false),
            Tie(source: "eh07", target: "ho02", relation: "data-sharing", isDirected: true, date: CalendarDate(parsing: "2024-03-18")),
            Tie(source: "eh07", target: "ho02", relation: "data-sharing", isDirected: true, attributes: ["period": "2024-01-01/2024-06-30"]),
        ])
        // The last edge's interval cannot be one date: it is kept as its period (before, it was
        // dropped with a warning).
        #expect(warnings.isEmpty)
        // Written back, the viz values return as Gephi's elements.
        let written = String(decoding: GEXFWriter().write(map).data, as: UTF8.self)
        #expect(written.contains("<viz:color r=\"232\" g=\"17\" b=\"65\" a=\"0.5\"/><viz:position x=\"-81.2\" y=\"40.5\" z=\"0.0\"/><viz:size value=\"12.5\"/>"))
        #expect(try GEXFReader().read(GEXFWriter().write(map).data).map == map)
    }

    @Test(arguments: InterchangeRoundTripTests.datasets) func everyDatasetRoundTrips(_ name: String) throws {
        let map = try InterchangeRoundTripTests.dataset(name)
        let converted = GEXFWriter().write(map)
        #expect(try GEXFReader().read(converted.data).map == (try InterchangeRoundTripTests.graphOnly(map)))
        #expect(converted.losses.map(\.count) == [
            map.ties.contains(where: \.isDirected) ? map.ties.count { !$0.isDirected } : 0,
            map.departments.count, map.engagements.count, map.attendance.count,
        ].filter { $0 > 0 })
    }

    @Test func undirectedByDefaultAndPositionedErrors() throws {
        let text = """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
            <nodes><node id="a"/><node id="a"/></nodes>
            <edges><edge id="0" source="a" target="b" weight="x"/></edges>
            </graph></gexf>
            """
        do {
            _ = try GEXFReader(fileName: "bad.gexf").read(Data(text.utf8))
            Issue.record("a bad file was read")
        } catch {
            #expect(error.issues.map(\.line) == [2, 3, 3])
            #expect(error.issues.map(\.message) == [
                "node \"a\" is listed twice; expected each id once",
                "weight: \"x\" is not a weight; expected a number, such as 1, 2.5 or -1 (a negative tie)",
                "an edge's target \"b\" is not a node of the file; expected the id of a node",
            ])
        }
        let (map, _) = try GEXFReader().read(Data("<gexf><graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>".utf8))
        #expect(map.ties == [Tie(source: "a", target: "b")])
    }
}

/// A dynamic GEXF (issue 40), as Gephi's dynamic examples write one: node lifetimes, spells,
/// values that change over time and edges with several intervals, each kept as a period.
@Suite struct GEXFDynamicTests {
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
            <attributes class="node" mode="dynamic">
              <attribute id="d" title="department" type="string"/>
            </attributes>
            <nodes>
              <node id="a" label="Ann" start="2001-01-01">
                <attvalues>
                  <attvalue for="d" value="finance" start="2001-01-01" end="2003-06-30"/>
                  <attvalue for="d" value="housing" start="2003-07-01"/>
                </attvalues>
              </node>
              <node id="b" label="Bo">
                <spells><spell start="2001-01-01" end="2002-12-31"/><spell start="2004-01-01"/></spells>
              </node>
            </nodes>
            <edges>
              <edge source="a" target="b">
                <spells><spell start="2001-03-01" end="2001-09-30"/><spell start="2004-02-01" end="2004-05-31"/></spells>
              </edge>
              <edge source="b" target="a" timestamp="2002-05-05"/>
            </edges>
          </graph>
        </gexf>
        """

    @Test func timesAreKeptAsPeriods() throws {
        let (map, warnings) = try GEXFReader().read(Data(Self.document.utf8))
        #expect(warnings.isEmpty)
        let ann = try #require(map.actor(withID: "a"))
        // Lifetime from 2001 with no end; the department listed last is the field, both with
        // their intervals in department_periods.
        #expect(ann.attributes["period"] == "2001-01-01/..")
        #expect(ann.department == "housing")
        #expect(ann.attributes["department_periods"] == "finance 2001-01-01/2003-06-30; housing 2003-07-01/..")
        #expect(map.actor(withID: "b")?.attributes["period"] == "2001-01-01/2002-12-31; 2004-01-01/..")
        // Two spells: the period lists both. One instant: the tie's date, as before.
        #expect(map.ties[0].attributes["period"] == "2001-03-01/2001-09-30; 2004-02-01/2004-05-31")
        #expect(map.ties[1].date == CalendarDate(parsing: "2002-05-05") && map.ties[1].attributes["period"] == nil)
    }
}
