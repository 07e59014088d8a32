#!/usr/bin/env python3
"""Files written by NetworkX and igraph, and what those tools say is in them, for the
interchange reader tests.

For each graph (Zachary's karate club from NetworkX, Krackhardt's high-tech managers' advice
network and Lazega's law firm from Datasets/, and a seeded random multigraph with hostile
attributes: non-ASCII names, ids with spaces, values with commas, quotes and newlines) this
writes into Tests/InclusionMapInterchangeTests/Fixtures/interchange/:

    NAME.networkx.graphml   nx.write_graphml
    NAME.networkx.gexf      nx.write_gexf (GEXF 1.2draft)
    NAME.igraph.graphml     igraph's Graph.write_graphml (karate and krackhardt only)
    NAME.networkx.net       nx.write_pajek (karate, krackhardt)
    NAME.igraph.net         igraph's Graph.write_pajek (karate, krackhardt)
    NAME.node-link.json     nx.node_link_data
    NAME.expected.json      the graph as NetworkX holds it: directed, nodes with their
                            attributes as text, edges (source, target, attributes as text)

Independent of InclusionMap: datasets are read with Python's csv module. Run from the
repository root:

    pip install networkx igraph openpyxl && python3 Scripts/oracles/interchange.py
"""
import csv
import json
import os
import random

import igraph as ig
import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "Tests", "InclusionMapInterchangeTests", "Fixtures", "interchange")


def text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def read_dataset(name, relations=None):
    folder = os.path.join(ROOT, "Datasets", name)
    with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8-sig") as f:
        actors = list(csv.DictReader(f))
    with open(os.path.join(folder, "ties.csv"), newline="", encoding="utf-8-sig") as f:
        ties = [t for t in csv.DictReader(f) if relations is None or t.get("relation") in relations]
    G = nx.MultiDiGraph()
    for a in actors:
        G.add_node(a["id"], **{k: v for k, v in a.items() if k != "id" and v != ""})
    for t in ties:
        G.add_edge(t["source"], t["target"], relation=t.get("relation") or "tie", weight=float(t.get("weight") or 1))
    return G


def random_multigraph():
    rng = random.Random(20261202)
    G = nx.MultiGraph()
    names = ["Zoë Ōtsuka", "María-José Núñez", "O'Brien, \"Pat\"", "李 明", "Line\nBreak", "A & B <team>", "Ørjan", "]]> end"]
    for i in range(24):
        node = f"node {i}" if i % 3 else f"n{i}"
        G.add_node(node, name=names[i % len(names)] + f" {i}", department=rng.choice(["north, east", "south", "west \"w\""]),
                   score=rng.randint(0, 9))
    nodes = list(G.nodes)
    for _ in range(60):
        a, b = rng.sample(nodes, 2)
        G.add_edge(a, b, relation=rng.choice(["advice", "friendship"]), weight=rng.choice([1.0, 2.0, 0.5]))
    # Parallel edges on purpose.
    G.add_edge(nodes[0], nodes[1], relation="advice", weight=3.0)
    G.add_edge(nodes[0], nodes[1], relation="advice", weight=3.0)
    return G


def expected(G):
    edges = []
    for u, v, data in G.edges(data=True):
        edges.append({"source": str(u), "target": str(v), "attributes": {k: text(x) for k, x in data.items()}})
    edges.sort(key=lambda e: (e["source"], e["target"], json.dumps(e["attributes"], sort_keys=True)))
    return {
        "directed": G.is_directed(),
        "nodes": {str(n): {k: text(x) for k, x in d.items()} for n, d in G.nodes(data=True)},
        "edges": edges,
    }


def igraph_copy(G, attributes=True):
    """G as an igraph graph: vertices named by the NetworkX node keys, edge weights, and (when
    `attributes`) every node attribute as text."""
    g = ig.Graph(directed=G.is_directed())
    g.add_vertices([str(n) for n in G.nodes])
    g.add_edges([(str(u), str(v)) for u, v in G.edges()])
    g.es["weight"] = [float(d.get("weight", 1.0)) for _, _, d in G.edges(data=True)]
    if attributes:
        # igraph's "name" is the vertex's identity: it holds the NetworkX node key, so a
        # NetworkX "name" attribute is not copied.
        for key in sorted({k for _, d in G.nodes(data=True) for k in d} - {"name"}):
            g.vs[key] = [text(G.nodes[n].get(key, "")) for n in G.nodes]
    return g


def write(G, name, igraph_too):
    nx.write_graphml(G, os.path.join(OUT, f"{name}.networkx.graphml"))
    nx.write_gexf(G, os.path.join(OUT, f"{name}.networkx.gexf"))
    with open(os.path.join(OUT, f"{name}.node-link.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G), f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(OUT, f"{name}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(G), f, ensure_ascii=False, indent=1, sort_keys=True)
    if igraph_too:
        # Pajek holds labels and weights only: a graph with labels as node keys.
        simple = nx.MultiDiGraph() if G.is_directed() else nx.MultiGraph()
        simple.add_nodes_from(str(n) for n in G.nodes)
        simple.add_edges_from((str(u), str(v), {"weight": d.get("weight", 1.0)}) for u, v, d in G.edges(data=True))
        nx.write_pajek(simple, os.path.join(OUT, f"{name}.networkx.net"))
        g = igraph_copy(G)
        g.write_graphml(os.path.join(OUT, f"{name}.igraph.graphml"))
        g.write_pajek(os.path.join(OUT, f"{name}.igraph.net"))


def workbooks():
    """A dataset workbook and a Kumu workbook written by openpyxl (shared strings, numbers,
    booleans, dates in a date format, an error cell), and a Kumu JSON blueprint laid out by
    Kumu's documented import columns."""
    from datetime import date

    import openpyxl

    book = openpyxl.Workbook()
    actors = book.active
    actors.title = "actors"
    actors.append(["id", "name", "kind", "department", "consent", "start", "score"])
    actors.append(["a1", "Zoë Ōtsuka", "person", "housing", True, date(2024, 3, 18), "=2*3"])
    actors.append(["a2", "=not a formula", "Team", "housing", False, None, 4])
    actors.append([7, "Seven", "person", "public health", None, 45000, None])
    actors["F2"].number_format = "yyyy-mm-dd"
    actors["B3"].data_type = "s"  # text that starts with "=", not a formula
    ties = book.create_sheet("Ties")
    ties.append(["source", "target", "relation", "weight", "directed", "date"])
    ties.append(["a1", "a2", "advice", 2.5, True, date(2024, 1, 31)])
    ties.append(["a2", 7, "advice", 1, False, None])
    ties["F2"].number_format = "dd/mm/yyyy"
    book.create_sheet("notes").append(["free text that is not a dataset table"])
    book.save(os.path.join(OUT, "dataset.openpyxl.xlsx"))

    bad = openpyxl.Workbook()
    sheet = bad.active
    sheet.title = "actors"
    sheet.append(["id", "name"])
    sheet.append(["a1", "Ann"])
    ties = bad.create_sheet("ties")
    ties.append(["source", "target", "weight"])
    ties.append(["a1", "Okafor", "heavy"])
    ties.append(["a1", "a1", "#N/A"])
    ties["C3"].data_type = "e"
    bad.save(os.path.join(OUT, "dataset-errors.openpyxl.xlsx"))

    kumu = openpyxl.Workbook()
    elements = kumu.active
    elements.title = "Elements"
    elements.append(["Label", "Type", "Description", "Tags", "Department"])
    elements.append(["Samira Haddad", "Person", "Family hub coordinator", "knowledge broker|early help", "early-help"])
    elements.append(["Housing Team", "Team", "", "", "housing"])
    elements.append(["Eastfield Parents' Forum", "Community group", "", "community organiser", ""])
    connections = kumu.create_sheet("Connections")
    connections.append(["From", "To", "Type", "Direction", "Strength"])
    connections.append(["Samira Haddad", "Housing Team|Eastfield Parents' Forum", "advice", "", 2])
    connections.append(["Housing Team", "Samira Haddad", "collaboration", "mutual", None])
    connections.append(["Eastfield Parents' Forum", "Ward councillor", "referral", "directed", None])
    kumu.save(os.path.join(OUT, "kumu.openpyxl.xlsx"))
    blueprint = {
        "elements": [
            {"label": "Samira Haddad", "type": "Person", "tags": ["knowledge broker", "early help"], "department": "early-help"},
            {"label": "Housing Team", "type": "Team"},
        ],
        "connections": [{"from": "Samira Haddad", "to": "Housing Team", "type": "advice", "direction": "undirected"}],
    }
    with open(os.path.join(OUT, "kumu-blueprint.json"), "w", encoding="utf-8") as f:
        json.dump(blueprint, f, indent=1)


def main():
    os.makedirs(OUT, exist_ok=True)
    karate = nx.karate_club_graph()
    karate = nx.relabel_nodes(karate, {n: f"k{n}" for n in karate.nodes})
    write(karate, "karate", igraph_too=True)
    write(read_dataset("krackhardt-hightech", relations={"advice"}), "krackhardt", igraph_too=True)
    write(read_dataset("lazega-lawfirm"), "lazega", igraph_too=False)
    write(random_multigraph(), "random-multigraph", igraph_too=False)
    workbooks()
    print(f"wrote {len(os.listdir(OUT))} files to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
