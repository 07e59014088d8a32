#!/usr/bin/env python3
"""Expected values for InclusionMap's analyses on Rivertown, computed independently with
NetworkX and plain Python from the CSV files (not from InclusionMap's output).

Writes Tests/InclusionMapTests/Fixtures/analysis/rivertown.json. Run from the repository root:

    pip install networkx && python3 Scripts/oracles/analysis.py

- fragmentation: 1 - nx.global_efficiency(G) on the simple undirected graph of all relations
  (Borgatti's KPP-Neg distance-weighted fragmentation), before and after changes;
- between-group fragmentation: 1 - mean 1/d over unordered pairs of actors in different
  departments (1/inf = 0), from nx.all_pairs_shortest_path_length;
- unlinked department pairs: pairs of departments with no tie between them;
- reach of a set (Borgatti's KPP-Pos): (1/n) * sum over actors of 1/d(set, j), members 1,
  unreachable 0, by nx.multi_source_dijkstra_path_length on the unweighted graph;
- attendance: Gini over every actor (population form, mean absolute difference / 2 mean),
  the share of attendances of the top ceil(10%) attendees, representation ratios
  (share of attendees / share of the map) by department, sector and kind.
"""
import csv
import json
import math
import os

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FOLDER = os.path.join(ROOT, "Datasets", "rivertown")
OUT = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "analysis", "rivertown.json")


def rows(name):
    with open(os.path.join(FOLDER, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def graph(actors, ties):
    G = nx.Graph()
    G.add_nodes_from(a["id"] for a in actors)
    G.add_edges_from((t["source"], t["target"]) for t in ties if t["source"] != t["target"] and t["source"] in G and t["target"] in G)
    return G


def between_group_fragmentation(G, group):
    lengths = dict(nx.all_pairs_shortest_path_length(G))
    nodes = [v for v in G if group.get(v)]
    total, pairs = 0.0, 0
    for i, u in enumerate(nodes):
        for v in nodes[i + 1:]:
            if group[u] != group[v]:
                pairs += 1
                d = lengths[u].get(v)
                total += 1 / d if d else 0
    return 1 - total / pairs


def unlinked(G, group):
    groups = sorted(set(group.values()))
    linked = {frozenset((group[u], group[v])) for u, v in G.edges() if group[u] != group[v]}
    return sum(1 for i, g in enumerate(groups) for h in groups[i + 1:] if frozenset((g, h)) not in linked)


def reach(G, members):
    lengths = nx.multi_source_dijkstra_path_length(G, set(members))
    return sum(1 if d == 0 else 1 / d for d in lengths.values()) / G.number_of_nodes()


def snapshot(actors, ties):
    G = graph(actors, ties)
    group = {a["id"]: a["department"] for a in actors}
    return {"fragmentation": 1 - nx.global_efficiency(G), "between_group_fragmentation": between_group_fragmentation(G, group),
            "unlinked_pairs": unlinked(G, group)}


def main():
    actors, ties, attendance = rows("actors.csv"), rows("ties.csv"), rows("attendance.csv")
    G = graph(actors, ties)
    space = ["eh07", "ho02", "fa01", "ph01", "pi03"]
    with_space = ties + [{"source": a, "target": b} for i, a in enumerate(space) for b in space[i + 1:]]
    counts = {a["id"]: 0 for a in actors}
    for r in attendance:
        counts[r["actor"]] += 1
    values = list(counts.values())
    n, mean = len(values), sum(values) / len(values)
    gini = sum(abs(x - y) for x in values for y in values) / (2 * n * n * mean)
    attended = sorted((c for c in values if c > 0), reverse=True)
    top = math.ceil(len(attended) / 10)
    representation = []
    for dimension in ["department", "sector", "kind"]:
        for value in sorted({a[dimension] for a in actors}):
            on_map = [a for a in actors if a[dimension] == value]
            present = [a for a in on_map if counts[a["id"]] > 0]
            ratio = (len(present) / len(attended)) / (len(on_map) / len(actors))
            representation.append({"dimension": dimension, "value": value, "actors": len(on_map), "attendees": len(present), "ratio": ratio})
    result = {
        "before": snapshot(actors, ties),
        "after_space": snapshot(actors, with_space),
        "space": space,
        "after_removing_eh07": snapshot([a for a in actors if a["id"] != "eh07"], [t for t in ties if "eh07" not in (t["source"], t["target"])]),
        "reach": {"eh07": reach(G, ["eh07"]), "eh07,vo03,pi03": reach(G, ["eh07", "vo03", "pi03"]), "pa10": reach(G, ["pa10"])},
        "gini": gini, "top_decile_count": top, "top_decile_share": sum(attended[:top]) / sum(attended),
        "representation": representation,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
