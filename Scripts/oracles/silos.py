#!/usr/bin/env python3
"""Expected silo-bridging values for InclusionMap, computed with NetworkX (and scikit-learn
for partition agreement).

For every dataset in Datasets/, grouped by its `department` column, and for seeded random
graphs with random groups (some actors ungrouped), writes one JSON fixture per dataset to
Tests/InclusionMapTests/Fixtures/silos/. Run from the repository root:

    pip install networkx scipy scikit-learn && python3 Scripts/oracles/silos.py

Views are built as in centrality.py (same function). Per view (each relation and all together;
direction as stored; weighted and not):
- constraint: NetworkX's `local_constraint` summed over all neighbours of every non-isolate
  (`nx.constraint` itself returns NaN for directed nodes with in-ties only, since it tests
  `len(G[v])`, the successors; the sum is its own definition);
- effective size: `nx.effective_size(G, nodes=list(G), weight=...)` (Burt's formula, not the
  default matrix path), and for directed nodes with in-ties only, where that returns NaN for
  the same successor-only guard, the redundancy sum from its own body;
- on the subgraph of grouped actors: `nx.community.modularity` (weight when weighted) and
  `nx.attribute_assortativity_coefficient`;
- on the symmetrised unweighted view: `nx.bridges` and `nx.articulation_points`;
and, per dataset, scikit-learn's NMI and ARI between the grouping and a second seeded grouping,
and the mean modularity of NetworkX's Louvain partitions (seeds 0-19) on the symmetrised
unweighted view.
Undefined values (isolates, empty graphs) are written as null.
"""
import json
import math
import os
import random
import sys

import networkx as nx
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from centrality import DATASETS, ROOT, dataset, random_graphs, selections, view  # noqa: E402

OUT = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "silos")


def clean(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def structural(G, weight):
    nodes = list(G)
    constraint, size = [], []
    es = nx.effective_size(G, nodes=list(G), weight=weight)
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    for v in nodes:
        neighbours = set(nx.all_neighbors(G, v)) - {v}
        if not neighbours:
            constraint.append(None)
            size.append(None)
            continue
        constraint.append(float(sum(nx.local_constraint(G, v, u, weight=weight) for u in neighbours)))
        if math.isnan(es[v]):
            # NetworkX's guard `all(u == v for u in G[v])` reads successors only, so on a
            # directed graph a node with in-ties alone gets NaN; its own redundancy formula
            # (the body of effective_size) defines the value.
            size.append(float(sum(1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight)
                                          for w in neighbours) for u in neighbours)))
        else:
            size.append(clean(es[v]))
    return constraint, size


def grouped_metrics(G, groups, weighted):
    members = [v for v in G if groups.get(v) is not None]
    H = G.subgraph(members).copy()
    nx.set_node_attributes(H, {v: groups[v] for v in members}, "group")
    partition = {}
    for v in members:
        partition.setdefault(groups[v], set()).add(v)
    modularity = None
    if H.number_of_edges() > 0:
        modularity = nx.community.modularity(H, list(partition.values()), weight="weight" if weighted else None)
    assortativity = None
    if H.number_of_edges() > 0:
        try:
            value = nx.attribute_assortativity_coefficient(H, "group")
            assortativity = clean(value)
        except ZeroDivisionError:
            assortativity = None
    return clean(modularity), assortativity


def cut_structure(actors, ties):
    U = view(actors, ties, True, False)
    position = {v: i for i, v in enumerate(U)}
    bridges = sorted(sorted((position[u], position[v])) for u, v in nx.bridges(U))
    points = sorted(position[v] for v in nx.articulation_points(U))
    return bridges, points


def cases(actors, ties, groups):
    out = []
    for relation, selected in selections(ties):
        for weighted in (False, True):
            G = view(actors, selected, False, weighted)
            weight = "weight" if weighted else None
            constraint, size = structural(G, weight)
            modularity, assortativity = grouped_metrics(G, groups, weighted)
            case = {"relation": relation, "weighted": weighted, "constraint": constraint,
                    "effective_size": size, "modularity": modularity, "assortativity": assortativity}
            if not weighted:
                case["bridges"], case["articulation_points"] = cut_structure(actors, selected)
            out.append(case)
    return out


def agreement(actors, ties, groups):
    """NMI and ARI between the grouping and a seeded random relabelling of half the actors,
    and the mean modularity of NetworkX's Louvain partitions over seeds 0-19."""
    rng = random.Random(11)
    names = sorted({g for g in groups.values() if g is not None})
    other = {}
    for v in actors:
        g = groups.get(v)
        other[v] = rng.choice(names) if (g is None or rng.random() < 0.5) else g
    both = [v for v in actors if groups.get(v) is not None]
    U = view(actors, [t[:4] for t in ties], True, False)
    mean = None
    if U.number_of_edges():
        mean = sum(nx.community.modularity(U, nx.community.louvain_communities(U, seed=s)) for s in range(20)) / 20
    return {
        "other": [other[v] for v in actors],
        "nmi": normalized_mutual_info_score([groups[v] for v in both], [other[v] for v in both]),
        "ari": adjusted_rand_score([groups[v] for v in both], [other[v] for v in both]),
        "louvain_modularity": mean,
    }


def main():
    import csv
    os.makedirs(OUT, exist_ok=True)
    items = []
    for name in sorted(os.listdir(DATASETS)):
        folder = os.path.join(DATASETS, name)
        if os.path.isfile(os.path.join(folder, "actors.csv")):
            actors, ties = dataset(folder)
            with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
                groups = {r["id"].strip(): (r.get("department") or "").strip() or None for r in csv.DictReader(f)}
            items.append((name, actors, ties, groups, False))
    rng = random.Random(5)
    for name, actors, ties in random_graphs():
        groups = {v: (None if rng.random() < 0.1 else f"g{rng.randrange(4)}") for v in actors}
        items.append((name, actors, ties, groups, True))
    for name, actors, ties, groups, embed in items:
        result = {"name": name, "actors": actors, "groups": [groups.get(v) for v in actors],
                  "cases": cases(actors, ties, groups), "agreement": agreement(actors, ties, groups),
                  "generator": "Scripts/oracles/silos.py", "networkx": nx.__version__}
        if embed:
            result["ties"] = [list(t) for t in ties]
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(result, f, separators=(",", ":"))
            f.write("\n")
        print(name, len(result["cases"]), "cases")


if __name__ == "__main__":
    main()
