#!/usr/bin/env python3
"""Expected measures of the planted surveys with non-response, read under each missing-data
policy, computed with NetworkX on graphs reconstructed here independently.

For seeds 1-3 of Tests/InclusionMapTests/Fixtures/planted-missing-25/ (Scripts/plant
--non-response 0.25), writes Tests/InclusionMapTests/Fixtures/missing-data/seed-NN.json:
  - reconstruct: the DiGraph of the nominations plus, for every arc u -> v to a
    non-respondent v (responded false), the reverse arc v -> u (Stork & Richards 1992);
    in- and out-degree and betweenness (NetworkX defaults: normalized) per actor;
  - respondents: the DiGraph of the nominations among respondents only; its actors and
    their betweenness.

    pip install networkx && python3 Scripts/oracles/missing_data.py
"""
import csv
import json
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SOURCE = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "planted-missing-25")
OUT = os.path.join(ROOT, "Tests", "InclusionMapTests", "Fixtures", "missing-data")


def main():
    os.makedirs(OUT, exist_ok=True)
    for seed in [1, 2, 3]:
        folder = os.path.join(SOURCE, f"seed-{seed:02d}")
        with open(os.path.join(folder, "actors.csv")) as f:
            actors = list(csv.DictReader(f))
        with open(os.path.join(folder, "ties.csv")) as f:
            arcs = [(r["source"], r["target"]) for r in csv.DictReader(f) if r["source"] != r["target"]]
        ids = [a["id"] for a in actors]
        missing = {a["id"] for a in actors if a["responded"] == "false"}
        reconstructed = nx.DiGraph()
        reconstructed.add_nodes_from(ids)
        reconstructed.add_edges_from(arcs)
        reconstructed.add_edges_from((v, u) for u, v in arcs if v in missing)
        kept = [i for i in ids if i not in missing]
        respondents = nx.DiGraph()
        respondents.add_nodes_from(kept)
        respondents.add_edges_from((u, v) for u, v in arcs if u not in missing and v not in missing)
        bc = nx.betweenness_centrality(reconstructed)
        rbc = nx.betweenness_centrality(respondents)
        fixture = {
            "seed": seed, "actors": ids,
            "reconstruct": {
                "arcs": reconstructed.number_of_edges(),
                "in_degree": [reconstructed.in_degree(i) for i in ids],
                "out_degree": [reconstructed.out_degree(i) for i in ids],
                "betweenness": [bc[i] for i in ids],
            },
            "respondents": {"actors": kept, "arcs": respondents.number_of_edges(), "betweenness": [rbc[i] for i in kept]},
        }
        with open(os.path.join(OUT, f"seed-{seed:02d}.json"), "w") as f:
            json.dump(fixture, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
