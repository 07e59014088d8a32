#!/usr/bin/env python3
"""Expected centrality values for NetworkIndex views, computed with NetworkX.

For every dataset in Datasets/ and every relation, in four views (direction as stored or
symmetrised, weighted or not), and for seeded random graphs, writes one JSON fixture per
dataset to Tests/InclusionMapTests/Fixtures/centrality/. Run from the repository root:

    pip install networkx scipy && python3 Scripts/oracles/centrality.py

The views are built here from the CSV files exactly as NetworkIndex documents them, with
NetworkX only:
- as stored: a DiGraph when any selected tie is directed (an undirected tie adds both arcs),
  else a Graph; symmetrised: a Graph;
- ties between the same pair (ordered when directed) merge, weights summed; unweighted views
  give every merged tie weight 1; self-loops are dropped;
- path metrics on weighted views use an edge attribute `length` = 1/weight.
Calls are NetworkX's defaults except where a tighter tolerance makes the oracle exact:
eigenvector_centrality(max_iter=10000, tol=1e-13), pagerank(tol=1e-14, max_iter=10000).
Weighted betweenness is computed here in exact rational arithmetic (fractions.Fraction):
NetworkX compares floating-point path lengths, so 1/3 + 1/6 and 1/2 are not a tie there and
paths of equal length go uncounted; the exact figures are the ones the definition gives.
"""
import csv
import heapq
import json
import os
import random
from fractions import Fraction

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATASETS = os.path.join(ROOT, "Datasets")
OUT = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "centrality")


def truthy(text):
    return str(text).strip().lower() in ("true", "yes", "1")


def view(actors, ties, symmetrised, weighted):
    directed = not symmetrised and any(t[3] for t in ties)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(actors)

    def add(u, v, w):
        if G.has_edge(u, v):
            G[u][v]["weight"] += w if weighted else 0
        else:
            G.add_edge(u, v, weight=w if weighted else 1.0)

    for s, t, w, d in ties:
        if s == t:
            continue
        add(s, t, w)
        if directed and not d:
            add(t, s, w)
    for u, v, data in G.edges(data=True):
        data["length"] = 1 / data["weight"]
    return G


def exact_weighted_betweenness(G):
    """Brandes' betweenness on lengths 1/weight in exact rational arithmetic, scaled as
    NetworkX's betweenness_centrality(normalized=True): the sum over sources of each node's
    dependency divided by (n - 1)(n - 2)."""
    nodes = list(G)
    n = len(nodes)
    total = {v: Fraction(0) for v in nodes}
    length = {}
    for u, v, data in G.edges(data=True):
        length[(u, v)] = 1 / Fraction(data["weight"])
        if not G.is_directed():
            length[(v, u)] = length[(u, v)]
    for s in nodes:
        distance = {s: Fraction(0)}
        heap, settled, order = [(Fraction(0), 0, s)], set(), []
        counter = 1
        while heap:
            d, _, v = heapq.heappop(heap)
            if v in settled or d > distance[v]:
                continue
            settled.add(v)
            order.append(v)
            for w in G.successors(v) if G.is_directed() else G.neighbors(v):
                candidate = d + length[(v, w)]
                if w not in distance or candidate < distance[w]:
                    distance[w] = candidate
                    heapq.heappush(heap, (candidate, counter, w))
                    counter += 1
        sigma = {v: 0 for v in order}
        sigma[s] = 1
        predecessors = {v: [] for v in order}
        for v in order:
            for w in G.successors(v) if G.is_directed() else G.neighbors(v):
                if w in distance and distance[v] + length[(v, w)] == distance[w]:
                    sigma[w] += sigma[v]
                    predecessors[w].append(v)
        delta = {v: Fraction(0) for v in order}
        for w in reversed(order):
            for v in predecessors[w]:
                delta[v] += Fraction(sigma[v], sigma[w]) * (1 + delta[w])
            if w != s:
                total[w] += delta[w]
    scale = Fraction(1, (n - 1) * (n - 2)) if n > 2 else Fraction(1)
    return {v: float(total[v] * scale) for v in nodes}


def labels(G, components):
    """Component labels numbered 0, 1, ... in order of each component's first node."""
    position = {v: i for i, v in enumerate(G)}
    ordered = sorted(components, key=lambda c: min(position[v] for v in c))
    label = {v: i for i, c in enumerate(ordered) for v in c}
    return [label[v] for v in G]


def metrics(G, weighted):
    nodes = list(G)
    length = "length" if weighted else None
    weight = "weight" if weighted else None
    directed = G.is_directed()
    if directed:
        degree = [len(set(G.predecessors(v)) | set(G.successors(v))) for v in nodes]
        indeg = [G.in_degree(v) for v in nodes]
        outdeg = [G.out_degree(v) for v in nodes]
    else:
        degree = indeg = outdeg = [G.degree(v) for v in nodes]
    strength = [G.degree(v, weight="weight") for v in nodes]
    bc = exact_weighted_betweenness(G) if weighted else nx.betweenness_centrality(G)
    cc = nx.closeness_centrality(G, distance=length)
    hc = nx.harmonic_centrality(G, distance=length)
    try:
        ev = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-13, weight=weight)
        ev = [ev[v] for v in nodes]
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        ev = None
    pr = nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=10000, weight=weight)
    cl = nx.clustering(G, weight=weight)
    core = nx.core_number(G.to_undirected() if directed else G)
    weak = labels(G, nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    strong = labels(G, nx.strongly_connected_components(G) if directed else nx.connected_components(G))
    return {
        "directed": directed,
        "arcs": G.number_of_edges() * (1 if directed else 2),
        "degree": degree, "in_degree": indeg, "out_degree": outdeg, "strength": strength,
        "betweenness": [bc[v] for v in nodes], "closeness": [cc[v] for v in nodes],
        "harmonic": [hc[v] for v in nodes], "eigenvector": ev, "pagerank": [pr[v] for v in nodes],
        "clustering": [float(cl[v]) for v in nodes], "core": [core[v] for v in nodes],
        "weak": weak, "strong": strong,
    }


def selections(ties):
    """Each relation alone, then all together (skipped when there is only one), as
    (relation or None, [(source, target, weight, directed)])."""
    relations = sorted({t[4] for t in ties})
    for relation in relations + [None]:
        if relation is None and len(relations) == 1:
            continue
        yield relation, [t[:4] for t in ties if relation is None or t[4] == relation]


def cases(name, actors, ties):
    out = []
    for relation, selected in selections(ties):
        for symmetrised in (False, True):
            for weighted in (False, True):
                G = view(actors, selected, symmetrised, weighted)
                case = {"relation": relation, "symmetrised": symmetrised, "weighted": weighted}
                case.update(metrics(G, weighted))
                out.append(case)
    return {"name": name, "actors": actors, "cases": out}


def dataset(folder):
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
        actors = [r["id"].strip() for r in csv.DictReader(f)]
    with open(os.path.join(folder, "ties.csv"), encoding="utf-8-sig", newline="") as f:
        ties = [(r["source"].strip(), r["target"].strip(), float(r.get("weight") or 1),
                 truthy(r.get("directed") or "false"), r.get("relation") or "tie")
                for r in csv.DictReader(f)]
    return actors, ties


def random_graphs():
    """Seeded graphs with isolates, several components, parallel ties and self-loops."""
    rng = random.Random(7)
    graphs = []
    for index, (n, p, directed) in enumerate([(40, 0.06, False), (40, 0.06, True), (60, 0.03, True), (25, 0.2, False)]):
        actors = [f"n{i}" for i in range(n)]
        ties = []
        for i in range(n):
            for j in range(n):
                if (directed or i < j) and i != j and rng.random() < p:
                    ties.append((actors[i], actors[j], float(rng.randint(1, 5)), directed, "r"))
        # A repeated tie, a reverse tie of another relation, and a self-loop.
        s, t = ties[0][0], ties[0][1]
        ties.append((s, t, 2.0, directed, "r"))
        ties.append((t, s, 1.0, False, "q"))
        ties.append((actors[3], actors[3], 1.0, directed, "r"))
        graphs.append((f"random-{index}", actors, ties))
    return graphs


def sampled(actors, ties):
    """Sampled betweenness (k = 20 pivots) on Rivertown, symmetrised and unweighted, with the
    pivots NetworkX drew, so the test can give InclusionMap the same pivots."""
    G = view(actors, [t[:4] for t in ties], True, False)
    pivots = random.Random(3).sample(list(G.nodes()), 20)
    values = nx.betweenness_centrality(G, k=20, seed=random.Random(3))
    position = {v: i for i, v in enumerate(G)}
    return {"pivots": [position[v] for v in pivots], "betweenness": [values[v] for v in G]}


def main():
    os.makedirs(OUT, exist_ok=True)
    items = []
    for name in sorted(os.listdir(DATASETS)):
        folder = os.path.join(DATASETS, name)
        if os.path.isfile(os.path.join(folder, "actors.csv")):
            actors, ties = dataset(folder)
            items.append((name, actors, ties, False))
    for name, actors, ties in random_graphs():
        items.append((name, actors, ties, True))
    for name, actors, ties, embed in items:
        result = cases(name, actors, ties)
        if name == "rivertown":
            result["sampled"] = sampled(actors, ties)
        result["generator"] = "Scripts/oracles/centrality.py"
        result["networkx"] = nx.__version__
        if embed:
            result["ties"] = [list(t) for t in ties]
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(result, f, separators=(",", ":"))
            f.write("\n")
        print(name, len(result["cases"]), "cases",
              sum(1 for c in result["cases"] if c["eigenvector"] is None), "without eigenvector")


if __name__ == "__main__":
    main()
