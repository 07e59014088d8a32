#!/usr/bin/env python3
"""Davis's Southern Women (Davis, Gardner & Gardner 1941; 18 women × 14 events) as a two-mode
UCINET DL file, from NetworkX's copy (`nx.davis_southern_women_graph`), written the way
UCINET's own data files are: `nr=`/`nc=`, row and column labels, rows wrapped after ten
values; the same data as a two-mode Pajek network (davis.net, `*Vertices 32 18`) and as
NetworkX's GraphML of a bipartite graph (davis.graphml, node attribute `bipartite`). Writes
Tests/InclusionMapInterchangeTests/Fixtures/davis/davis.dl, .net, .graphml and davis.expected.json (the
women, the events, NetworkX's 89 attendances, and the women's co-attendance projection as
`nx.bipartite.weighted_projected_graph` gives it: each pair and the events it shared). Run from the repository root:

    pip install networkx && python3 Scripts/oracles/davis_dl.py
"""
import json
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "Tests", "InclusionMapInterchangeTests", "Fixtures", "davis")


def main():
    G = nx.davis_southern_women_graph()
    women, events = G.graph["top"], G.graph["bottom"]
    os.makedirs(OUT, exist_ok=True)
    quote = lambda s: f'"{s}"' if " " in s or "," in s else s
    lines = [f"dl nr={len(women)} nc={len(events)} format=fullmatrix", "row labels:"]
    lines += [", ".join(quote(w) for w in women)]
    lines += ["column labels:", ", ".join(quote(e) for e in events), "data:"]
    for w in women:
        row = ["1" if G.has_edge(w, e) else "0" for e in events]
        lines.append(" ".join(row[:10]))
        lines.append(" ".join(row[10:]))
    with open(os.path.join(OUT, "davis.dl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # The same data as Pajek keeps a two-mode network (*Vertices n n1: the women first) and
    # as NetworkX writes a bipartite graph to GraphML (node attribute `bipartite` 0 or 1).
    number = {v: i + 1 for i, v in enumerate(women + events)}
    pajek = [f"*Vertices {len(women) + len(events)} {len(women)}"]
    pajek += [f'{number[v]} "{v}"' for v in women + events]
    pajek += ["*Edges"] + [f"{number[w]} {number[e]}" for w in women for e in events if G.has_edge(w, e)]
    with open(os.path.join(OUT, "davis.net"), "w", encoding="utf-8") as f:
        f.write("\n".join(pajek) + "\n")
    # (G.graph's top and bottom lists are not GraphML data: the nodes and edges alone.)
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges())
    nx.write_graphml(H, os.path.join(OUT, "davis.graphml"))
    attendance = sorted([w, e] for w in women for e in events if G.has_edge(w, e))
    P = nx.bipartite.weighted_projected_graph(G, women)
    projection = sorted([*sorted([u, v]), d["weight"]] for u, v, d in P.edges(data=True))
    with open(os.path.join(OUT, "davis.expected.json"), "w", encoding="utf-8") as f:
        json.dump({"women": women, "events": events, "attendance": attendance, "projection": projection,
                   "networkx": nx.__version__}, f, indent=1)
    print(len(women), "women", len(events), "events", len(attendance), "attendances", len(projection), "co-attendance pairs")


if __name__ == "__main__":
    main()
