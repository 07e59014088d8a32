#!/usr/bin/env python3
"""GML files written by NetworkX and igraph, for the GML reader tests.

The same graphs as Scripts/oracles/interchange.py (Zachary's karate club, Krackhardt's
advice network, Lazega's law firm, the seeded random multigraph with hostile attributes),
whose NAME.expected.json already says what NetworkX holds; this writes beside them in
Tests/InclusionMapInterchangeTests/Fixtures/interchange/:

    NAME.networkx.gml   nx.write_gml (node keys as labels; non-ASCII as &#N; entities)
    NAME.igraph.gml     igraph's Graph.write_gml (karate and krackhardt only: ids 0..n-1,
                        the NetworkX node key in the vertex attribute "name")

Run from the repository root:

    pip install networkx igraph && python3 Scripts/oracles/gml.py
"""
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interchange import OUT, igraph_copy, random_multigraph, read_dataset  # noqa: E402


def main():
    karate = nx.relabel_nodes(nx.karate_club_graph(), {n: f"k{n}" for n in range(34)})
    graphs = {
        "karate": karate,
        "krackhardt": read_dataset("krackhardt-hightech", relations={"advice"}),
        "lazega": read_dataset("lazega-lawfirm"),
        "random-multigraph": random_multigraph(),
    }
    for name, G in graphs.items():
        nx.write_gml(G, os.path.join(OUT, f"{name}.networkx.gml"), stringizer=str)
        if name in ("karate", "krackhardt"):
            igraph_copy(G).write_gml(os.path.join(OUT, f"{name}.igraph.gml"))
        print(name, G.number_of_nodes(), "nodes", G.number_of_edges(), "edges")


if __name__ == "__main__":
    main()
