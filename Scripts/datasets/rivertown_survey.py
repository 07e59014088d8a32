#!/usr/bin/env python3
"""A synthetic survey wave of the Rivertown programme, with its truth, for the survey import.

Writes Datasets/rivertown-survey/:
  staff.csv        the roster: every Rivertown person who is not a resident, plus two staff
                   called Chris in Early Help (so "Chris" alone is ambiguous), with e-mails
  responses.csv    one row per submission, as Microsoft Forms exports them
  responses.xlsx   the same rows as an Excel workbook (openpyxl)
  survey.json      the configuration
  truth.json       what each answer means: for each (respondent, question, answer) the roster
                   id or nominee id it is, or "review" when two people fit equally
  README.md        the cases and how to run it

The answers cover: exact names, other case, titles (Dr, Cllr, Prof), accents dropped, a
first name alone that is unique in the respondent's department, a surname alone, "Surname,
First", one-letter typos, comma-separated and semicolon-separated cells, line breaks,
"N/A"/"none"/"-"/"don't know", an "other (please specify)" column, people off the roster (a
person and an organisation), a respondent off the roster, a respondent who answered twice,
departments that mostly did not answer, a roster-grid question with a frequency scale, and an
attribute question. Seeded: the same files every run.

    pip install openpyxl && python3 Scripts/datasets/rivertown_survey.py
"""
import csv
import json
import os
import random
import re
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SOURCE = os.path.join(ROOT, "Datasets", "rivertown")
OUT = os.path.join(ROOT, "Datasets", "rivertown-survey")
TITLES = {"dr", "prof", "cllr", "pc", "rev"}

ADVICE = "Who do you go to for advice about school readiness? (list names)"
OTHER = "Other (please specify)"
SHARE = "Who do you share information with about families?"
GRID = "How often do you work with: "
TENURE = "How long have you worked in Rivertown?"
SCALE = {"Never": 0, "Yearly": 1, "Monthly": 2, "Weekly": 3, "Daily": 4}


def normalise(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", folded) if w]
    kept = [w for w in words if w not in TITLES]
    return " ".join(kept or words)


def nominee_id(text):
    return "nominee-" + normalise(text).replace(" ", "-")


def typo(name):
    """Swaps two adjacent letters inside the longest word (a common typing slip)."""
    words = name.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 6:
        return name
    j = len(w) // 2
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def main():
    rng = random.Random(20261202)
    with open(os.path.join(SOURCE, "actors.csv"), newline="", encoding="utf-8") as f:
        actors = [a for a in csv.DictReader(f) if a["kind"] == "person" and a["sector"] != "residents"]
    staff = []
    for a in actors:
        words = normalise(a["name"]).split()
        email = ".".join(words[-2:] if len(words) > 1 else words) + "@rivertown.example"
        staff.append({"staff_id": a["id"], "name": a["name"], "email": email, "department": a["department"], "organisation": a["organisation"]})
    staff.append({"staff_id": "eh90", "name": "Chris Lowe", "email": "chris.lowe@rivertown.example", "department": "early-help", "organisation": "Rivertown Council"})
    staff.append({"staff_id": "eh91", "name": "Chris Patel", "email": "chris.patel@rivertown.example", "department": "early-help", "organisation": "Rivertown Council"})
    by_id = {s["staff_id"]: s for s in staff}
    by_dept = {}
    for s in staff:
        by_dept.setdefault(s["department"], []).append(s)

    # Who answers: every department but housing and police answers well.
    low = {"housing", "police"}
    respondents = [s for s in staff if rng.random() < (0.3 if s["department"] in low else 0.85)]
    truth = []
    rows = []

    def variants(target, respondent):
        """A way of writing target's name, and whether it is unambiguous by the rules."""
        name = target["name"]
        first = normalise(name).split()[0] if normalise(name) else ""
        same_dept = by_dept[respondent["department"]]
        first_unique = target["department"] == respondent["department"] and \
            sum(1 for s in same_dept if normalise(s["name"]).split()[0] == first) == 1 and \
            not any(normalise(s["name"]) == first for s in staff)
        options = ["exact", "lower", "title", "surname-first"]
        if len(name.replace(" ", "")) >= 10:
            options.append("typo")
        if first_unique and len(normalise(name).split()) >= 2:
            options.append("first")
        kind = rng.choice(options)
        if kind == "exact":
            return name
        if kind == "lower":
            return name.lower()
        if kind == "title":
            return ("Dr " if rng.random() < 0.5 else "Cllr ") + re.sub(r"^(Dr|Prof\.?|PC|Cllr) ", "", name)
        if kind == "surname-first":
            words = re.sub(r"^(Dr|Prof\.?|PC|Cllr) ", "", name).split(" ")
            return words[-1] + ", " + " ".join(words[:-1]) if len(words) > 1 else name
        if kind == "typo":
            return typo(name)
        return name.split(" ")[0] if not re.match(r"^(Dr|Prof\.?|PC|Cllr) ", name) else re.sub(r"^(Dr|Prof\.?|PC|Cllr) ", "", name).split(" ")[0]

    externals = ["Pat Reid", "Northside Family Trust", "Sam O'Connor"]
    grid_people = ["eh07", "ho02", "ph01", "ed01", "sc01", "hv01"]
    for s in respondents:
        others = [t for t in staff if t["staff_id"] != s["staff_id"] and t["staff_id"] not in ("eh90", "eh91")]
        local = [t for t in others if t["department"] == s["department"]]
        picks = rng.sample(local, min(len(local), rng.randint(1, 2))) + rng.sample(others, rng.randint(1, 3))
        seen = set()
        answers = []
        for t in picks:
            if t["staff_id"] in seen:
                continue
            seen.add(t["staff_id"])
            text = variants(t, s)
            answers.append(text)
            truth.append({"respondent": s["staff_id"], "question": ADVICE, "answer": text, "expected": t["staff_id"]})
        other = ""
        if rng.random() < 0.12:
            other = rng.choice(externals)
            truth.append({"respondent": s["staff_id"], "question": ADVICE, "answer": other, "expected": nominee_id(other)})
        separator = "; " if any("," in a for a in answers) else rng.choice(["; ", ", ", "\n"])
        advice = separator.join(answers)
        if rng.random() < 0.06:
            advice = rng.choice(["N/A", "none", "-", "don't know"])
            truth = [t for t in truth if not (t["respondent"] == s["staff_id"] and t["question"] == ADVICE and t["answer"] != other)]
        shares = rng.sample(others, rng.randint(0, 2))
        share_text = "; ".join(t["name"] for t in shares)
        for t in shares:
            truth.append({"respondent": s["staff_id"], "question": SHARE, "answer": t["name"], "expected": t["staff_id"]})
        grid = {p: rng.choice(list(SCALE)) if rng.random() < 0.6 else "" for p in grid_people}
        rows.append({"email": s["email"], "advice": advice, "other": other, "share": share_text, "grid": grid,
                     "tenure": rng.choice(["under a year", "1-5 years", "over 5 years"]), "id": s["staff_id"]})
    # An ambiguous first name: someone in Early Help names "Chris".
    ambiguous_row = next(r for r in rows if by_id[r["id"]]["department"] == "early-help")
    ambiguous_row["advice"] = (ambiguous_row["advice"] + "; Chris").lstrip("; ") if ambiguous_row["advice"] not in ("N/A", "none", "-", "don't know") else "Chris"
    truth.append({"respondent": ambiguous_row["id"], "question": ADVICE, "answer": "Chris", "expected": "review"})
    # A respondent who answered twice: the first answer is set aside.
    twice = rows[3]
    first_try = dict(twice, advice="Helen Marsh", share="", grid={p: "" for p in grid_people})
    rows.insert(3, first_try)
    # A respondent off the roster.
    rows.append({"email": "j.visitor@partner.example", "advice": "Helen Marsh", "other": "", "share": "", "grid": {p: "" for p in grid_people},
                 "tenure": "under a year", "id": "respondent-j-visitor-partner-example"})
    truth.append({"respondent": "respondent-j-visitor-partner-example", "question": ADVICE, "answer": "Helen Marsh", "expected": "ph01"})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["staff_id", "name", "email", "department", "organisation"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(staff)
    header = ["ID", "Start time", "Email", ADVICE, OTHER, SHARE] + [GRID + by_id[p]["name"] for p in grid_people] + [TENURE]
    table = []
    for n, r in enumerate(rows):
        table.append([str(n + 1), f"2026-11-{1 + n % 28:02d} 09:{n % 60:02d}", r["email"], r["advice"], r["other"], r["share"]]
                     + [r["grid"][p] for p in grid_people] + [r["tenure"]])
    with open(os.path.join(OUT, "responses.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(table)
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header)
    for row in table:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # as Forms exports them: text, even "-" and "N/A"
    book.save(os.path.join(OUT, "responses.xlsx"))
    config = {
        "respondent": {"column": "Email", "matchBy": "email"},
        "roster": {"id": "staff_id", "name": "name", "email": "email", "department": "department", "organisation": "organisation"},
        "questions": [
            {"kind": "name-generator", "column": ADVICE, "otherColumn": OTHER, "relation": "advice", "directed": True},
            {"kind": "name-generator", "column": SHARE, "relation": "information", "directed": False},
            {"kind": "roster-grid", "columnPrefix": GRID, "relation": "collaboration", "directed": False, "scale": SCALE},
        ],
        "attributes": [{"column": TENURE, "actorColumn": "tenure"}],
        "threshold": 0.92,
    }
    with open(os.path.join(OUT, "survey.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2, ensure_ascii=False)
        f.write("\n")
    grid_truth = []
    kept = {}
    for r in rows:
        kept[r["id"]] = r  # the last submission of each respondent is the one kept
    for r in kept.values():
        for p in grid_people:
            if r["grid"][p] and SCALE[r["grid"][p]] > 0 and p != r["id"]:
                grid_truth.append({"respondent": r["id"], "target": p, "weight": SCALE[r["grid"][p]]})
    # The first, set-aside submission's answers are not part of the truth.
    document = {
        "nominations": truth,
        "grid": grid_truth,
        "respondents": sorted(kept),
        "off_roster_respondents": ["respondent-j-visitor-partner-example"],
        "answered_twice": twice["id"],
        "low_response_departments": sorted(d for d in by_dept
                                           if sum(1 for s in by_dept[d] if s["staff_id"] in kept) < 0.7 * len(by_dept[d])),
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(f"""# Rivertown survey wave (synthetic)

A survey of the Rivertown programme's staff, made up by `Scripts/datasets/rivertown_survey.py`
from the bundled Rivertown map, to show and test `inclusion-map survey`:

    swift run inclusion-map survey Datasets/rivertown-survey/responses.csv \\
        --roster Datasets/rivertown-survey/staff.csv --out rivertown-wave-1

`staff.csv` is the roster ({len(staff)} people), `responses.csv` (and the same as
`responses.xlsx`) {len(rows)} submissions as an online form exports them, `survey.json` the
configuration and `truth.json` what every answer means, written by the generator.

The answers hold exact names, other case, titles, first names alone, "Surname, First",
one-letter typos, comma-, semicolon- and line-separated cells, "N/A", "none", "-", "don't
know", an "other (please specify)" column, people and an organisation off the roster, a
respondent off the roster, one who answered twice, an ambiguous "Chris" (two in Early Help),
housing and police mostly not answering, a roster grid with a frequency scale and an
attribute question. Every name is invented, as in Rivertown.
""")
    print(f"wrote {OUT}: {len(staff)} staff, {len(rows)} submissions, {len(truth)} nominations")


if __name__ == "__main__":
    main()
