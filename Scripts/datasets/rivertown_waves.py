#!/usr/bin/env python3
"""Two waves of the Rivertown programme, a year apart, with a planted story and its truth.

Writes Datasets/rivertown-waves/:
  wave-1/      the Rivertown map as published (Datasets/rivertown, copied unchanged)
  wave-2/      the same programme a year on, changed only as the story below says
  truth.json   the story, and what NetworkX computes of the two waves (tie Jaccard per
               relation among actors in both waves, E-I by department on the simple graph
               of all relations, pairs of departments newly linked and unlinked, single
               points of failure resolved and new, cut points and bridges)
  README.md    the story and how to run it

The story (wave 2 against wave 1):
  - a reflection space (engagement e9, and e10 after it) linked Housing and Early Help:
    three new collaboration ties ho01-eh03, ho03-eh05, ho04-eh07, so the Housing-Early Help
    link no longer hangs on Tariq Mahmood (ho02) alone;
  - two leavers: Nicola Stead (pi04, Performance) and Hannah Webb (sc07, Social Care);
  - three joiners: eh11 (Early Help), ho07 (Housing), pa11 (a parent), each tied inside
    their own group;
  - one under-used broker now engaged: Samira Haddad (eh07) attends e9, e10 and e11;
  - a new single point of failure: the advice tie eh02-sc02 is no longer reported, so Early
    Help and Children's Social Care are linked only by eh01-sc01.

Deterministic (no randomness).    pip install networkx && python3 Scripts/datasets/rivertown_waves.py
"""
import csv
import itertools
import json
import os
import shutil

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SOURCE = os.path.join(ROOT, "Datasets", "rivertown")
OUT = os.path.join(ROOT, "Datasets", "rivertown-waves")
FILES = ["actors.csv", "departments.csv", "ties.csv", "engagements.csv", "attendance.csv"]

LEAVERS = ["pi04", "sc07"]
JOINERS = [
    # id, name, kind, department, organisation, sector, roles, consent, job_title; ties inside the group
    (["eh11", "Megan Doyle", "person", "early-help", "Rivertown Council", "local government", "", "true", "Family Support Worker"], ["eh03", "eh05"]),
    (["ho07", "Yusuf Demir", "person", "housing", "Rivertown Council", "local government", "", "true", "Housing Options Officer"], ["ho01", "ho03"]),
    (["pa11", "Jade Walker", "person", "parents", "", "residents", "", "true", ""], ["pa01", "pa02"]),
]
SPACE_TIES = [("ho01", "eh03"), ("ho03", "eh05"), ("ho04", "eh07")]
LOST_TIE = ("eh02", "sc02")
ENGAGED_BROKER = "eh07"
NEW_ENGAGEMENTS = [
    ["e9", "Collective reflection space 3: housing and early help", "2025-02-13", "reflection space", "Eastfield Family Hub"],
    ["e10", "Collective reflection space 4: housing and early help", "2025-04-10", "reflection space", "Eastfield Family Hub"],
    ["e11", "School Readiness Partnership Board", "2025-06-05", "board", "Town Hall"],
]
NEW_ATTENDANCE = [
    ("e9", a, "participant") for a in ["ho01", "ho03", "ho04", "eh03", "eh05", "eh07"]
] + [("e9", "ph02", "facilitator")] + [
    ("e10", a, "participant") for a in ["ho01", "ho04", "eh05", "eh07"]
] + [("e10", "ph02", "facilitator")] + [
    ("e11", a, "participant") for a in ["ph01", "ph02", "un01", "ey01", "sh01", "vo01", "eh07"]
]
# The planned space the programme tried on wave 1 with `whatif --space`, to set the
# prediction beside what wave 2 shows.
PLANNED_SPACE = ["ho01", "ho03", "ho04", "eh03", "eh05", "eh07"]


def read(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(folder, name, header, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def wave_two():
    tables = {name: read(SOURCE, name) for name in FILES}
    ah, actors = tables["actors.csv"]
    ids = {r[0] for r in actors}
    for leaver in LEAVERS:
        assert leaver in ids, leaver
    actors = [r for r in actors if r[0] not in LEAVERS] + [j[0] for j in JOINERS]
    th, ties = tables["ties.csv"]
    col = {c: i for i, c in enumerate(th)}
    lost = [r for r in ties if {r[col["source"]], r[col["target"]]} == set(LOST_TIE)]
    assert len(lost) == 1, lost
    ties = [r for r in ties if r[col["source"]] not in LEAVERS and r[col["target"]] not in LEAVERS and r not in lost]

    def tie(s, t):
        row = [""] * len(th)
        row[col["source"]], row[col["target"]], row[col["relation"]] = s, t, "collaboration"
        row[col["weight"]], row[col["directed"]] = "1", "false"
        row[col["source_of_evidence"]] = "network survey 2025"
        return row
    ties += [tie(s, t) for s, t in SPACE_TIES]
    for joiner, friends in JOINERS:
        ties += [tie(joiner[0], f) for f in friends]
    eh, engagements = tables["engagements.csv"]
    engagements = engagements + NEW_ENGAGEMENTS
    atth, attendance = tables["attendance.csv"]
    assert not any(r[1] in LEAVERS for r in attendance), "leavers attended nothing"
    attendance = attendance + [list(r) for r in NEW_ATTENDANCE]
    return {
        "actors.csv": (ah, actors), "departments.csv": tables["departments.csv"], "ties.csv": (th, ties),
        "engagements.csv": (eh, engagements), "attendance.csv": (atth, attendance),
    }


def analyse(folder):
    _, actors = read(folder, "actors.csv")
    th, ties = read(folder, "ties.csv")
    col = {c: i for i, c in enumerate(th)}
    dept = {r[0]: r[3] for r in actors}
    g = nx.Graph()
    g.add_nodes_from(dept)
    by_relation = {}
    for r in ties:
        s, t, rel = r[col["source"]], r[col["target"]], r[col["relation"]]
        directed = r[col["directed"]] == "true"
        if s == t:
            continue
        g.add_edge(s, t)
        by_relation.setdefault(rel, set()).add((s, t, True) if directed else (min(s, t), max(s, t), False))
    inside = sum(1 for u, v in g.edges if dept[u] == dept[v])
    across = g.number_of_edges() - inside
    pairs = {}
    for u, v in g.edges:
        if dept[u] != dept[v]:
            pairs.setdefault(tuple(sorted((dept[u], dept[v]))), []).append({u, v})
    single = {}
    for pair, ends in pairs.items():
        common = set.intersection(*ends)
        if common:
            single[pair] = sorted(common)
    groups = sorted(set(dept.values()))
    unlinked = {p for p in itertools.combinations(groups, 2) if p not in pairs}
    return {
        "actors": set(dept), "groups": set(groups), "relations": by_relation,
        "ei": (across - inside) / (across + inside), "single": single, "unlinked": unlinked,
        "cut_points": sorted(nx.articulation_points(g)), "bridges": sorted(tuple(sorted(b)) for b in nx.bridges(g)),
    }


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for name in FILES:
        header, rows = read(SOURCE, name)
        write(os.path.join(OUT, "wave-1"), name, header, rows)
    for name, (header, rows) in wave_two().items():
        write(os.path.join(OUT, "wave-2"), name, header, rows)
    a, b = analyse(os.path.join(OUT, "wave-1")), analyse(os.path.join(OUT, "wave-2"))
    stable = a["actors"] & b["actors"]
    jaccard = {}
    for rel in sorted(set(a["relations"]) | set(b["relations"])):
        ta = {t for t in a["relations"].get(rel, set()) if t[0] in stable and t[1] in stable}
        tb = {t for t in b["relations"].get(rel, set()) if t[0] in stable and t[1] in stable}
        jaccard[rel] = len(ta & tb) / len(ta | tb)
    shared = a["groups"] & b["groups"]
    in_shared = lambda p: p[0] in shared and p[1] in shared
    truth = {
        "leavers": LEAVERS,
        "joiners": [j[0][0] for j in JOINERS],
        "engaged_brokers": [ENGAGED_BROKER],
        "planned_space": PLANNED_SPACE,
        "jaccard": jaccard,
        "ties_gained": {rel: len(b["relations"].get(rel, set()) - a["relations"].get(rel, set())) for rel in jaccard},
        "ties_lost": {rel: len(a["relations"].get(rel, set()) - b["relations"].get(rel, set())) for rel in jaccard},
        "ei_before": a["ei"], "ei_after": b["ei"],
        "newly_linked": sorted(list(p) for p in (a["unlinked"] - b["unlinked"]) if in_shared(p)),
        "newly_unlinked": sorted(list(p) for p in (b["unlinked"] - a["unlinked"]) if in_shared(p)),
        "single_points_resolved": sorted([list(p), v] for p, v in a["single"].items() if b["single"].get(p) != v),
        "single_points_new": sorted([list(p), v] for p, v in b["single"].items() if a["single"].get(p) != v),
        "cut_points_new": [c for c in b["cut_points"] if c not in a["cut_points"]],
        "cut_points_gone": [c for c in a["cut_points"] if c not in b["cut_points"]],
        "bridges_new": [list(x) for x in b["bridges"] if x not in a["bridges"]],
        "bridges_gone": [list(x) for x in a["bridges"] if x not in b["bridges"]],
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(truth, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
