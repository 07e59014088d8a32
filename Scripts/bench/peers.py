#!/usr/bin/env python3
"""Times one peer library on one benchmark folder, printing one JSON object per measurement
in the same format as the Swift tool inclusion-map-bench:

  peers.py igraph|networkit|networkx FOLDER --metrics LIST --threads LIST

Each metric is the fastest of repeated runs (repeated while they take under a second).
"""
import argparse
import csv
import json
import os
import time


def fastest(body):
    best, spent = float("inf"), 0.0
    while True:
        start = time.perf_counter()
        body()
        elapsed = time.perf_counter() - start
        best, spent = min(best, elapsed), spent + elapsed
        if spent >= 1 or best >= 0.2:
            return best


def emit(**fields):
    print(json.dumps(fields, sort_keys=True), flush=True)


def read_edges(folder):
    with open(os.path.join(folder, "actors.csv")) as f:
        ids = [row[0] for row in csv.reader(f)][1:]
    position = {actor: i for i, actor in enumerate(ids)}
    with open(os.path.join(folder, "ties.csv")) as f:
        rows = csv.reader(f)
        next(rows)
        edges = [(position[row[0]], position[row[1]]) for row in rows]
    return len(ids), edges


def igraph_metrics(n, edges):
    import igraph as ig
    g = ig.Graph(n=n, edges=edges)
    return g, {
        "degree": lambda t: g.degree(),
        "betweenness": lambda t: g.betweenness(directed=False),
        "betweenness-1000": lambda t: g.betweenness(directed=False, sources=range(1000)),
        "closeness": lambda t: g.closeness(),
        "harmonic": lambda t: g.harmonic_centrality(),
        "eigenvector": lambda t: g.eigenvector_centrality(),
        "pagerank": lambda t: g.pagerank(),
        "clustering": lambda t: g.transitivity_local_undirected(),
        "core": lambda t: g.coreness(),
        "components": lambda t: g.connected_components(),
        "constraint": lambda t: g.constraint(),
    }


def networkit_metrics(n, edges):
    import networkit as nk
    import numpy as np
    g = nk.Graph(n)
    pairs = np.array(edges, dtype=np.uint64)
    g.addEdges((np.ascontiguousarray(pairs[:, 0]), np.ascontiguousarray(pairs[:, 1])))
    c = nk.centrality

    def run(algorithm, threads):
        nk.setNumberOfThreads(threads)
        algorithm.run()

    return g, {
        "degree": lambda t: run(c.DegreeCentrality(g), t),
        "betweenness": lambda t: run(c.Betweenness(g, normalized=True), t),
        "betweenness-1000": lambda t: run(c.EstimateBetweenness(g, 1000, normalized=True, parallel=t > 1), t),
        "closeness": lambda t: run(c.Closeness(g, True, c.ClosenessVariant.GENERALIZED), t),
        "harmonic": lambda t: run(c.HarmonicCloseness(g, normalized=False), t),
        "eigenvector": lambda t: run(c.EigenvectorCentrality(g), t),
        "pagerank": lambda t: run(c.PageRank(g, damp=0.85), t),
        "clustering": lambda t: run(c.LocalClusteringCoefficient(g), t),
        "core": lambda t: run(c.CoreDecomposition(g), t),
        "components": lambda t: run(nk.components.ConnectedComponents(g), t),
    }


def networkx_metrics(n, edges):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    return g, {
        "degree": lambda t: dict(g.degree()),
        "betweenness": lambda t: nx.betweenness_centrality(g),
        "betweenness-1000": lambda t: nx.betweenness_centrality(g, k=1000, seed=1),
        "closeness": lambda t: nx.closeness_centrality(g),
        "harmonic": lambda t: nx.harmonic_centrality(g),
        "eigenvector": lambda t: nx.eigenvector_centrality(g),
        "pagerank": lambda t: nx.pagerank(g),
        "clustering": lambda t: nx.clustering(g),
        "core": lambda t: nx.core_number(g),
        "components": lambda t: list(nx.connected_components(g)),
        "constraint": lambda t: nx.constraint(g),
    }


# Which metrics use more than one thread in each library (others run once, at 1 thread).
PARALLEL = {
    "igraph": set(),
    "networkx": set(),
    "networkit": {"degree", "betweenness", "betweenness-1000", "closeness", "harmonic",
                  "eigenvector", "pagerank", "clustering", "core", "components"},
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool", choices=["igraph", "networkit", "networkx"])
    parser.add_argument("folder")
    parser.add_argument("--metrics", default="degree")
    parser.add_argument("--threads", default="1")
    args = parser.parse_args()
    start = time.perf_counter()
    n, edges = read_edges(args.folder)
    build = {"igraph": igraph_metrics, "networkit": networkit_metrics, "networkx": networkx_metrics}[args.tool]
    graph, metrics = build(n, edges)
    del edges
    emit(metric="load", seconds=time.perf_counter() - start)
    for metric in args.metrics.split(","):
        if metric not in metrics:
            continue  # this library has no such measure
        thread_counts = [int(t) for t in args.threads.split(",")] if metric in PARALLEL[args.tool] else [1]
        for threads in thread_counts:
            emit(metric=metric, threads=threads, seconds=fastest(lambda: metrics[metric](threads)))
    emit(metric="peak", bytes=peak_resident_bytes())


def peak_resident_bytes():
    """Peak resident memory of this process (VmHWM, Linux), in bytes."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


if __name__ == "__main__":
    main()
