#!/usr/bin/env python3
"""Expected `MapSummary` numbers for every dataset in Datasets/, computed with NetworkX.

Independent of InclusionMap: it reads the CSV files with Python's csv module and asks
NetworkX for densities, weak components and isolates. Writes
Tests/InclusionMapTests/Fixtures/summary-networkx.json. Run from the repository root:

    pip install networkx && python3 Scripts/oracles/summary_counts.py

Conventions, matching MapSummary's documentation:
- relation density: nx.density of a DiGraph when any tie of the relation is directed (an
  undirected tie adds both arcs), else of a Graph; all actors are nodes; self-loops are left out;
- whole-map density: nx.density of the Graph of every tie, relations merged;
- components: nx.number_connected_components of that Graph (= weakly connected components).
"""
import csv
import json
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATASETS = os.path.join(ROOT, "Datasets")
OUT = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "summary-networkx.json")


def truthy(text):
    return text.strip().lower() in ("true", "yes", "1")


def summarise(folder):
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
        actors = [row["id"].strip() for row in csv.DictReader(f)]
    with open(os.path.join(folder, "ties.csv"), encoding="utf-8-sig", newline="") as f:
        ties = list(csv.DictReader(f))
    relations = {}
    for tie in ties:
        relations.setdefault(tie.get("relation") or "tie", []).append(tie)
    details = {}
    for name, rows in sorted(relations.items()):
        directed = any(truthy(t.get("directed", "false")) for t in rows)
        G = nx.DiGraph() if directed else nx.Graph()
        G.add_nodes_from(actors)
        for t in rows:
            s, d = t["source"].strip(), t["target"].strip()
            if s == d:
                continue
            G.add_edge(s, d)
            if directed and not truthy(t.get("directed", "false")):
                G.add_edge(d, s)
        details[name] = {"ties": len(rows), "density": nx.density(G),
                         "totalWeight": sum(float(t.get("weight") or 1) for t in rows)}
    U = nx.Graph()
    U.add_nodes_from(actors)
    U.add_edges_from((t["source"].strip(), t["target"].strip()) for t in ties
                     if t["source"].strip() != t["target"].strip())
    components = list(nx.connected_components(U))
    return {
        "actors": len(actors),
        "ties": len(ties),
        "relations": details,
        "density": nx.density(U),
        "components": len(components),
        "largestComponent": max((len(c) for c in components), default=0),
        "isolates": nx.number_of_isolates(U),
    }


def main():
    result = {name: summarise(os.path.join(DATASETS, name))
              for name in sorted(os.listdir(DATASETS))
              if os.path.isfile(os.path.join(DATASETS, name, "actors.csv"))}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"generator": "Scripts/oracles/summary_counts.py", "networkx": nx.__version__,
                   "datasets": result}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
