#!/usr/bin/env python3
"""Expected E-I index values, counted over linked pairs, computed with NetworkX.

The E-I index (Krackhardt & Stern 1988) as InclusionMap counts it: one unit per pair of
actors the view links, whatever the direction, the number of relations or the number of rows
(a tie both people reported is one pair); in weighted mode a pair weighs the sum of its ties'
weights. That is the E-I of the symmetrised view `centrality.view(..., symmetrised=True, ...)`,
an nx.Graph whose parallel ties merge with weights summed.

Reads the actors, groups and (for the random graphs) ties of the silo fixtures that
Scripts/oracles/silos.py wrote, so the groupings are the same, and writes
Tests/InclusionMapTests/Fixtures/ei-pairs.json: per map, per relation selection (each relation,
then all together) and weighted or not, the network, group (by name) and actor (by position)
values. Undefined values (nothing to count, ungrouped actor) are null. Run from the root:

    pip install networkx && python3 Scripts/oracles/ei_pairs.py
"""
import json
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from centrality import DATASETS, ROOT, dataset, selections, view  # noqa: E402

SILOS = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "silos")
OUT = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "ei-pairs.json")


def ratio(e, i):
    return (e - i) / (e + i) if e + i > 0 else None


def ei(G, group):
    """Network, per-group and per-actor E-I over the edges of the undirected graph G."""
    internal = external = 0.0
    per_group, per_actor = {}, {v: [0.0, 0.0] for v in G}
    for u, v, data in G.edges(data=True):
        gu, gv = group.get(u), group.get(v)
        if gu is None or gv is None:
            continue
        w = data["weight"]
        if gu == gv:
            internal += w
            per_group.setdefault(gu, [0.0, 0.0])[0] += w
            per_actor[u][0] += w
            per_actor[v][0] += w
        else:
            external += w
            per_group.setdefault(gu, [0.0, 0.0])[1] += w
            per_group.setdefault(gv, [0.0, 0.0])[1] += w
            per_actor[u][1] += w
            per_actor[v][1] += w
    groups = sorted({g for g in group.values() if g is not None})
    return {
        "network": ratio(external, internal),
        "internal": internal, "external": external,
        "groups": {g: ratio(per_group.get(g, [0, 0])[1], per_group.get(g, [0, 0])[0]) for g in groups},
        "actors": [None if group.get(v) is None else ratio(per_actor[v][1], per_actor[v][0]) for v in G],
    }


def main():
    result = {"generator": "Scripts/oracles/ei_pairs.py", "networkx": nx.__version__, "maps": []}
    for file in sorted(os.listdir(SILOS)):
        with open(os.path.join(SILOS, file), encoding="utf-8") as f:
            fixture = json.load(f)
        name, actors = fixture["name"], fixture["actors"]
        group = dict(zip(actors, fixture["groups"]))
        if "ties" in fixture:
            ties = [tuple(t) for t in fixture["ties"]]
        else:
            _, ties = dataset(os.path.join(DATASETS, name))
        cases = []
        for relation, selected in selections(ties):
            for weighted in (False, True):
                G = view(actors, selected, True, weighted)
                case = {"relation": relation, "weighted": weighted}
                case.update(ei(G, group))
                cases.append(case)
        result["maps"].append({"name": name, "cases": cases})
        print(name, len(cases), "cases")
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(result, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
