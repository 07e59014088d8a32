#!/usr/bin/env python3
"""Writes the benchmark graphs as InclusionMap dataset folders (actors.csv, ties.csv).

Every graph is seeded, so each run writes the same files:

  sbm-1k    stochastic block model, 1,000 actors in 10 departments of 100,
            expected degree 10 (8 inside the department, 2 outside)
  sbm-10k   stochastic block model, 10,000 actors in 50 departments of 200, same degrees
  ba-100k   Barabási–Albert, 100,000 actors, m = 5
  ba-1m     Barabási–Albert, 1,000,000 actors, m = 5 (for the linear-time metrics)
  ba-2m     Barabási–Albert, 2,000,000 actors, m = 5: 10,000,000 ties, made only when named
            (`generate.py DATA ba-2m`), for loading at ten million ties

Usage: generate.py [DATA [GRAPH...]]  (every graph but ba-2m when none is named)

All ties are undirected collaboration ties of weight 1. Generation is pure Python with its own
seeded sampler (no NetworkX), so it is quick and independent of library versions.

Usage: Scripts/bench/generate.py [OUTDIR]   (default Scripts/bench/data)
"""
import os
import random
import sys

VERSION = "1"  # bump when a generator changes, so stale folders are rewritten


def sbm(blocks, size, inside, outside, seed):
    """Edges of an SBM with expected `inside` within-block and `outside` between-block degree.

    Each unordered pair {u, v} is an edge independently with probability p_in (same block) or
    p_out; pairs are visited by geometric skipping (Batagelj & Brandes 2005), O(n + m).
    """
    rng = random.Random(seed)
    n = blocks * size
    p_in = inside / (size - 1)
    p_out = outside / (n - size)
    import math

    def sample_pairs(count, p):
        """Yields the indices of selected items among `count`, each chosen with probability p."""
        log_q = math.log(1 - p)
        i = -1
        while True:
            r = rng.random()
            i += 1 + int(math.log(1 - r) / log_q)
            if i >= count:
                return
            yield i

    edges = []
    for b in range(blocks):
        base = b * size
        # pairs (u, v) with u < v inside block b, flattened row by row
        pairs = size * (size - 1) // 2
        row_start = [0] * size
        for u in range(1, size):
            row_start[u] = row_start[u - 1] + (size - u)
        u = 0
        for k in sample_pairs(pairs, p_in):
            while u + 1 < size and row_start[u + 1] <= k:
                u += 1
            v = u + 1 + (k - row_start[u])
            edges.append((base + u, base + v))
    for b in range(blocks):
        for c in range(b + 1, blocks):
            for k in sample_pairs(size * size, p_out):
                edges.append((b * size + k // size, c * size + k % size))
    department = [u // size for u in range(n)]
    return n, edges, department


def barabasi_albert(n, m, seed):
    """Preferential attachment as in NetworkX's barabasi_albert_graph: a star on m + 1 nodes,
    then each new node joins m distinct targets drawn in proportion to degree."""
    rng = random.Random(seed)
    edges = [(0, v) for v in range(1, m + 1)]
    repeated = [0] * m + list(range(1, m + 1))
    for source in range(m + 1, n):
        targets = set()
        while len(targets) < m:
            targets.add(repeated[rng.randrange(len(repeated))])
        for t in targets:
            edges.append((source, t))
        repeated.extend(targets)
        repeated.extend([source] * m)
    return n, edges, None


def write(folder, n, edges, department):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "actors.csv"), "w") as f:
        f.write("id,department\n" if department else "id\n")
        for u in range(n):
            f.write(f"a{u},d{department[u]:02d}\n" if department else f"a{u}\n")
    with open(os.path.join(folder, "ties.csv"), "w") as f:
        f.write("source,target,relation,weight,directed\n")
        f.writelines(f"a{u},a{v},collaboration,1,false\n" for u, v in edges)
    with open(os.path.join(folder, "GENERATED"), "w") as f:
        f.write(VERSION + "\n")


GRAPHS = {
    "sbm-1k": lambda: sbm(10, 100, 8, 2, seed=1),
    "sbm-10k": lambda: sbm(50, 200, 8, 2, seed=2),
    "ba-100k": lambda: barabasi_albert(100_000, 5, seed=3),
    "ba-1m": lambda: barabasi_albert(1_000_000, 5, seed=4),
}


# Made only when named on the command line (Scripts/bench/loading --graphs ba-2m): 10,000,000
# ties, 370 MB of CSV.
ON_REQUEST = {
    "ba-2m": lambda: barabasi_albert(2_000_000, 5, seed=5),
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "data")
    asked = sys.argv[2:]
    graphs = {name: make for name, make in {**GRAPHS, **ON_REQUEST}.items() if (name in asked if asked else name in GRAPHS)}
    for name, make in graphs.items():
        folder = os.path.join(out, name)
        stamp = os.path.join(folder, "GENERATED")
        if os.path.exists(stamp) and open(stamp).read().strip() == VERSION:
            continue
        n, edges, department = make()
        write(folder, n, edges, department)
        print(f"generate: {name}: {n} actors, {len(edges)} ties", file=sys.stderr)


if __name__ == "__main__":
    main()
