#!/usr/bin/env python3
"""A seeded survey whose answers write names as people write them, with the truth.

Writes ROSTER (staff.csv: staff_id, name, email, department), RESPONSES (responses.csv: Email
and one name-generator question) and truth.json into OUTDIR. A roster of 2,000 people in 20
departments, drawn from British, South Asian, African and Eastern European given names and
surnames (some hyphenated, some full names shared by two people); 700 respondents each name
3 to 6 people, each name written in one of these forms, with its share:

  determinate — the text alone fits exactly one roster person (the goal's denominator):
    exact 34%, lower case 4%, with a title 4%, "Surname, First" 4%, "SURNAME First" 4%,
    initial(s) and surname 7% ("T. Brennan", "W Chen", "J.-P. Martin", "Brennan, T."),
    a nickname 6% (Bob Jones for Robert Jones), a title and surname alone 3% ("Dr Okafor"),
    a hyphenated surname alone 2% — each used only when that form fits one roster person;
  indeterminate — a careful reader could not be sure:
    a one-letter typo 5%, a lone first name of someone in the respondent's department 4%,
    of someone in another department 2%, a name two roster people share 2%, another
    spelling of the given name 1% (Muhammad for Mohammed);
  not a roster person:
    a near name off the roster 3% (Peter Hanson when Peter Hansen is listed), another person
    off the roster 3%, an initial that contradicts the only roster person of that surname 2%
    ("M. Robertson" for Liam Robertson's surname), an organisation 2%, a description 4%
    ("my manager"), two roster people in one answer 5% ("A and B").
A form drawn for a person it does not fit (a nickname for a given name without one, initials
two people of that surname share) is written in full instead. Surnames: half common (Smith,
Patel, Okonkwo-Reid …), a third rarer (Blackwood, Thornley …), the rest double-barrelled.

truth.json lists every name written: respondent, answer, form, expected (a staff id, "A+B"
for two, "nominee" for someone off the roster, "none" for a description) and determinate.

Usage: Scripts/bench/names_generator.py OUTDIR [--seed 35]
"""
import csv
import json
import os
import random
import sys

FIRST = ["Robert", "William", "Elizabeth", "Catherine", "Thomas", "James", "Margaret", "Richard", "Michael", "Jennifer", "Daniel",
         "Samuel", "Jonathan", "Patricia", "Andrew", "Christopher", "Joseph", "Susan", "Deborah", "Mohammed", "Aisha", "Priya", "Ravi",
         "Oluwaseun", "Chidi", "Agnieszka", "Marek", "Siobhan", "Fatima", "Yusuf", "Zoe", "Grace", "Amara", "Helen", "Peter", "Liam",
         "Tariq", "Samira", "Kofi", "Nia", "Jean-Pierre", "Anne-Marie", "Aleksandr", "Hussein", "Olga", "Imran", "Bethany", "Callum"]
LAST = ["Smith", "Jones", "Patel", "Khan", "Brennan", "Collins", "Robertson", "Hansen", "Okafor", "Chen", "McAllister", "Martin",
        "Okonkwo-Reid", "Taylor", "Lowe", "Rahman", "Nowak", "Mensah", "Fairweather", "O'Brien", "Ahmed", "Williams", "Davies",
        "Evans", "Roberts", "Walker", "Wright", "Hughes", "Green", "Lewis", "Hall", "Clarke", "Jackson", "Wood", "Harris", "Scott",
        "Morris", "Hussain", "Begum", "Singh", "Kaur", "Mahmood", "Osei", "Haddad", "Kowalski", "Lee-Smith", "Ward-Jones",
        "Abernethy", "Fitzgerald", "Ogunleye", "Sutherland", "Whitfield", "Drummond", "Pemberton", "Ashworth", "Blackwood"]
NICK = {"Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will"], "Elizabeth": ["Liz", "Beth", "Betty"], "Catherine": ["Kate", "Cathy"],
        "Thomas": ["Tom", "Tommy"], "James": ["Jim", "Jimmy"], "Margaret": ["Maggie", "Peggy"], "Richard": ["Rick", "Dick"],
        "Michael": ["Mike", "Mick"], "Jennifer": ["Jenny", "Jen"], "Daniel": ["Dan", "Danny"], "Samuel": ["Sam"], "Jonathan": ["Jon"],
        "Patricia": ["Pat", "Trish"], "Andrew": ["Andy", "Drew"], "Christopher": ["Chris"], "Joseph": ["Joe"], "Susan": ["Sue"],
        "Deborah": ["Debbie", "Deb"], "Mohammed": ["Mo"], "Oluwaseun": ["Seun"]}
VARIANT = {"Mohammed": "Muhammad", "Aleksandr": "Alexander", "Hussein": "Hussain", "Yusuf": "Youssef", "Olga": "Olha"}
TITLES = ["Dr", "Mr", "Ms", "Mrs", "Prof", "Cllr"]
ORGS = ["Northside Family Trust", "Rivertown Food Bank CIC", "St Mary's Primary School", "Age Concern Rivertown", "Citizens Advice Bureau"]
DESCRIPTIONS = ["my manager", "our team", "Tom's team", "N/A – see above", "the housing team", "see above", "my line manager", "everyone in my team"]
RARE = [a + b for a in ["Black", "White", "Green", "Ash", "Whit", "Pem", "Thorn", "Haw", "Brad", "Cran", "Fair", "Mor", "Oak", "Shel",
                        "Wal", "Carr"] for b in ["wood", "field", "ley", "ton", "worth", "shaw", "bury", "by", "more", "ridge"]]
OFF_FIRST = ["Harriet", "Edmund", "Rosalind", "Declan", "Ingrid", "Lorcan", "Meera", "Tobias"]
OFF_LAST = ["Quayle", "Vickers", "Penhaligon", "Thistlewood", "Ravensworth", "Greenhalgh", "Ormerod", "Featherstone"]


def initial_form(first, last, rng):
    parts = first.split("-")
    if len(parts) == 2:
        return f"{parts[0][0]}.-{parts[1][0]}. {last}"
    return rng.choice([f"{first[0]}. {last}", f"{first[0]} {last}", f"{last}, {first[0]}."])


def main():
    out = sys.argv[1]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 35
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    departments = [f"Department {chr(65 + d)}" for d in range(20)]
    staff, full_names = [], {}
    while len(staff) < 2000:
        first = rng.choice(FIRST)
        r = rng.random()
        last = rng.choice(LAST) if r < 0.5 else rng.choice(RARE) if r < 0.85 else f"{rng.choice(LAST)}-{rng.choice(RARE)}"
        name = f"{first} {last}"
        # At most two people share a full name (a handful do).
        if len(full_names.get(name, [])) >= (2 if rng.random() < 0.15 else 1):
            continue
        person = {"staff_id": f"s{len(staff):04d}", "name": name, "email": f"p{len(staff):04d}@rivertown.example",
                  "department": rng.choice(departments), "first": first, "last": last}
        staff.append(person)
        full_names.setdefault(name, []).append(person)
    by_last, by_first_dept = {}, {}
    for p in staff:
        by_last.setdefault(p["last"], []).append(p)
        by_first_dept.setdefault((p["first"], p["department"]), []).append(p)
    off_names = {f"{f} {l}" for f in OFF_FIRST for l in OFF_LAST}
    roster_names = set(full_names)

    def unique_by_initials(p, initials_of):
        # Everyone the form could mean: that surname, or a double-barrelled one ending in it
        # (J. Blackridge could be Jean-Pierre Jackson-Blackridge), with those initials.
        could = [q for q in staff if q["last"] == p["last"] or q["last"].endswith("-" + p["last"])]
        return sum(1 for q in could if initials_of(q) == initials_of(p)) == 1

    def write(respondent, rng):
        """One name as the respondent writes it: (answer, form, expected, determinate)."""
        r = rng.random()
        p = rng.choice(staff)
        while p is respondent:
            p = rng.choice(staff)
        shared = len(full_names[p["name"]]) > 1
        first, last = p["first"], p["last"]
        forms = [(0.34, "exact"), (0.38, "lower"), (0.42, "title"), (0.46, "comma"), (0.50, "caps"), (0.57, "initials"),
                 (0.63, "nickname"), (0.66, "title-surname"), (0.68, "hyphen-surname"), (0.73, "typo"), (0.77, "first-in-dept"),
                 (0.79, "first-other-dept"), (0.81, "shared"), (0.82, "variant"), (0.85, "near-off-roster"), (0.88, "off-roster"),
                 (0.90, "contradicting-initial"), (0.92, "organisation"), (0.96, "description"), (1.01, "two")]
        form = next(name for bound, name in forms if r < bound)
        if form in ("exact", "lower", "title", "comma", "caps") and not shared:
            text = {"exact": p["name"], "lower": p["name"].lower(), "title": f"{rng.choice(TITLES)} {p['name']}",
                    "comma": f"{last}, {first}", "caps": f"{last.upper()} {first}"}[form]
            return text, form, p["staff_id"], True
        if form == "initials" and not shared:
            # One initial fits every given name with that first letter (A. Smith could be
            # Anne-Marie Smith); two fit a hyphenated given name's two parts.
            two = "-" in first
            initials_of = (lambda q: "".join(part[0] for part in q["first"].split("-"))) if two else (lambda q: q["first"][0])
            if unique_by_initials(p, initials_of):
                return initial_form(first, last, rng), form, p["staff_id"], True
        if form == "nickname" and first in NICK and not shared:
            nick = rng.choice(NICK[first])
            # Determinate when no other roster person of that surname has a given name the
            # nickname could stand for, and the nickname is not itself someone's full name.
            could = {k for k, v in NICK.items() if nick in v}
            if sum(1 for q in by_last[last] if q["first"] in could) == 1 and f"{nick} {last}" not in roster_names:
                return f"{nick} {last}", form, p["staff_id"], True
        if form == "title-surname" and len(by_last[last]) == 1:
            return f"{rng.choice(TITLES)} {last}", form, p["staff_id"], True
        if form == "hyphen-surname" and "-" in last and len(by_last[last]) == 1:
            return last, form, p["staff_id"], True
        if form == "typo" and not shared and len(last) > 4:
            i = rng.randrange(1, len(last) - 1)
            typo = last[:i] + last[i + 1] + last[i] + last[i + 2:]
            if f"{first} {typo}" not in roster_names and typo != last:
                return f"{first} {typo}", form, p["staff_id"], False
        if form == "first-in-dept":
            colleagues = [q for q in staff if q["department"] == respondent["department"] and q is not respondent]
            q = rng.choice(colleagues)
            return q["first"], form, q["staff_id"], False
        if form == "first-other-dept":
            q = rng.choice([q for q in staff if q["department"] != respondent["department"]])
            return q["first"], form, q["staff_id"], False
        if form == "shared":
            pair = rng.choice([v for v in full_names.values() if len(v) == 2])
            q = rng.choice([x for x in pair if x is not respondent])
            return q["name"], form, q["staff_id"], False
        if form == "variant":
            q = rng.choice([x for x in staff if x["first"] in VARIANT])
            return f"{VARIANT[q['first']]} {q['last']}", form, q["staff_id"], False
        if form == "near-off-roster":
            # Change one vowel of the surname, off the roster: Hansen → Hanson.
            vowels = [i for i, c in enumerate(last) if c in "aeiou" and i > 0]
            if vowels:
                i = rng.choice(vowels)
                near = last[:i] + rng.choice([v for v in "aeiou" if v != last[i]]) + last[i + 1:]
                if f"{first} {near}" not in roster_names:
                    return f"{first} {near}", form, "nominee", False
        if form == "off-roster":
            return rng.choice(sorted(off_names)), form, "nominee", False
        if form == "contradicting-initial":
            letters = [c for c in "ABCDEFGHJKLMNPRSTW" if all(q["first"][0] != c for q in by_last[last])]
            if letters:
                return f"{rng.choice(letters)}. {last}", form, "nominee", False
        if form == "organisation":
            return rng.choice(ORGS), form, "nominee", False
        if form == "description":
            return rng.choice(DESCRIPTIONS), form, "none", False
        if form == "two":
            a, b = rng.sample([q for q in staff if len(full_names[q["name"]]) == 1 and q is not respondent], 2)
            return f"{a['name']} {rng.choice(['and', '&'])} {b['name']}", form, f"{a['staff_id']}+{b['staff_id']}", True
        return p["name"] if not shared else full_names[p["name"]][0]["name"], "exact", p["staff_id"] if not shared else "shared", not shared

    respondents = rng.sample(staff, 700)
    rows, truth = [], []
    for respondent in respondents:
        answers = []
        for _ in range(rng.randint(3, 6)):
            text, form, expected, determinate = write(respondent, rng)
            if expected == "shared":
                continue
            answers.append(text)
            truth.append({"respondent": respondent["staff_id"], "answer": text, "form": form, "expected": expected, "determinate": determinate})
        rows.append({"Email": respondent["email"], "Who do you go to for advice?": "; ".join(answers)})
    with open(os.path.join(out, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["staff_id", "name", "email", "department"], lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(staff)
    with open(os.path.join(out, "responses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["Email", "Who do you go to for advice?"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(out, "survey.json"), "w", encoding="utf-8") as f:
        json.dump({"respondent": {"column": "Email", "matchBy": "email"},
                   "roster": {"id": "staff_id", "name": "name", "email": "email", "department": "department"},
                   "questions": [{"kind": "name-generator", "column": "Who do you go to for advice?", "relation": "advice", "directed": True}]},
                  f, indent=2)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "nominations": truth}, f)
    print(f"{len(staff)} roster people, {len(respondents)} respondents, {len(truth)} names written")


if __name__ == "__main__":
    main()
