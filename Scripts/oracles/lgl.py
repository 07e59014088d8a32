#!/usr/bin/env python3
"""NCOL and LGL files written by igraph (Graph.write_ncol, Graph.write_lgl), for the Large
Graph Layout reader tests: Zachary's karate club and Krackhardt's advice network, the graphs
of Scripts/oracles/interchange.py, whose NAME.expected.json says what NetworkX holds (the
tests compare ties as unordered pairs: both formats are undirected). Writes
NAME.igraph.ncol and NAME.igraph.lgl beside them. Run from the repository root:

    pip install networkx igraph && python3 Scripts/oracles/lgl.py
"""
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interchange import OUT, igraph_copy, read_dataset  # noqa: E402


def main():
    graphs = {
        "karate": nx.relabel_nodes(nx.karate_club_graph(), {n: f"k{n}" for n in range(34)}),
        "krackhardt": read_dataset("krackhardt-hightech", relations={"advice"}),
    }
    for name, G in graphs.items():
        g = igraph_copy(G, attributes=False)
        g.write_ncol(os.path.join(OUT, f"{name}.igraph.ncol"))
        g.write_lgl(os.path.join(OUT, f"{name}.igraph.lgl"))
        print(name, g.vcount(), "vertices", g.ecount(), "edges")


if __name__ == "__main__":
    main()
