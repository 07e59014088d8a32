#!/usr/bin/env python3
"""Writes Datasets/rivertown/: an illustrative, fictional stakeholder map.

Rivertown is invented: the council, its partners and every person and group in it. The map
follows the shape of published local-authority co-production work on school readiness
(a public health team working with a university, early help, analysts, schools, nurseries,
health visitors, police, voluntary organisations and parents), and it is written to tell a
story on purpose (see Datasets/rivertown/README.md): clear silos, structural brokers whom
nobody invites, designated champions who bridge nothing, usual suspects who attend
everything, and a sector that is never engaged.

The output is deterministic (a fixed seed, sorted output). Run from the repository root:

    python3 Scripts/datasets/rivertown.py

It writes the same files to Sources/InclusionMap/Resources/rivertown/ (the copy the library
ships). `python3 Scripts/datasets/rivertown.py --counts` prints the counts the README states.
"""
import csv
import os
import random
import sys
from collections import Counter, defaultdict

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "Datasets", "rivertown")
# The library ships the same files as a resource, so `inclusion-map summary` works anywhere;
# a test checks that the two copies are identical.
RESOURCE = os.path.join(ROOT, "Sources", "InclusionMap", "Resources", "rivertown")
RNG = random.Random(20240118)

COUNCIL = "Rivertown Council"

# Departments: id, name, organisation, parent (directorates have no actors of their own).
DEPARTMENTS = [
    ("childrens-services", "Children's Services", COUNCIL, ""),
    ("adults-health", "Adults, Health and Wellbeing", COUNCIL, ""),
    ("place", "Place and Neighbourhoods", COUNCIL, ""),
    ("corporate", "Corporate Core", COUNCIL, ""),
    ("public-health", "Public Health", COUNCIL, "adults-health"),
    ("early-help", "Early Help and Family Support", COUNCIL, "childrens-services"),
    ("education", "Education and School Improvement", COUNCIL, "childrens-services"),
    ("early-years", "Early Years and Childcare", COUNCIL, "childrens-services"),
    ("social-care", "Children's Social Care", COUNCIL, "childrens-services"),
    ("housing", "Housing Services", COUNCIL, "place"),
    ("communities", "Communities and Neighbourhoods", COUNCIL, "place"),
    ("performance", "Performance and Intelligence", COUNCIL, "corporate"),
    ("uni-health", "Institute for Health Research", "Rivertown University", ""),
    ("health-visiting", "Health Visiting Service", "Rivertown Community Health NHS Trust", ""),
    # Partner groupings: several organisations each, grouped for the programme.
    ("schools", "Primary schools", "", ""),
    ("nurseries", "Nurseries and childminders", "", ""),
    ("police", "Neighbourhood Policing", "Rivershire Police", ""),
    ("voluntary", "Voluntary and community organisations", "", ""),
    ("parents", "Parents and parent groups", "", ""),
    ("faith", "Faith groups", "", ""),
]

# Actors: id, name, kind, department, organisation, sector, roles, consent, job title.
# Rows are grouped by department; the story's key actors are marked in comments.
LG, HE, NHS, EDU, EY, POL, VCS, RES, FAITH = (
    "local government", "higher education", "health", "schools", "early years settings",
    "police", "voluntary and community", "residents", "faith")
A = []
def actor(i, name, kind, dept, org, sector, roles="", consent="true", title=""):
    A.append(dict(id=i, name=name, kind=kind, department=dept, organisation=org, sector=sector,
                  roles=roles, consent=consent, job_title=title))

# Public Health (council).
actor("ph01", "Helen Marsh", "person", "public-health", COUNCIL, LG, "sponsor", title="Director of Public Health")  # usual suspect
actor("ph02", "Dr Amara Osei", "person", "public-health", "Rivertown University", HE, "embedded researcher", title="Embedded Researcher")  # usual suspect
actor("ph03", "Tom Hargreaves", "person", "public-health", COUNCIL, LG, title="Consultant in Public Health")
actor("ph04", "Priya Raman", "person", "public-health", COUNCIL, LG, "evidence champion", title="Public Health Registrar")
actor("ph05", "Gareth Lowe", "person", "public-health", COUNCIL, LG, title="Health Improvement Practitioner")
actor("ph06", "Sinead Doyle", "person", "public-health", COUNCIL, LG, title="Commissioning Manager")
actor("ph07", "Yusuf Bello", "person", "public-health", COUNCIL, LG, title="Public Health Analyst")
actor("ph08", "Claire Whitfield", "person", "public-health", COUNCIL, LG, title="Programme Officer")
actor("ph09", "Marek Nowak", "person", "public-health", COUNCIL, LG, title="Health Improvement Practitioner")
# Early Help.
actor("eh01", "Janet Ogunleye", "person", "early-help", COUNCIL, LG, "sponsor", title="Head of Early Help")
actor("eh02", "Liam Fenwick", "person", "early-help", COUNCIL, LG, title="Early Help Team Manager")
actor("eh03", "Rosa Castillo", "person", "early-help", COUNCIL, LG, "implementor", title="Practice Lead")
actor("eh04", "Daniel Ashworth", "person", "early-help", COUNCIL, LG, title="Family Support Worker")
actor("eh05", "Fatima Rahman", "person", "early-help", COUNCIL, LG, title="Family Support Worker")
actor("eh06", "Kerry Brennan", "person", "early-help", COUNCIL, LG, title="Parenting Practitioner")
actor("eh07", "Samira Haddad", "person", "early-help", COUNCIL, LG, title="Family Hub Coordinator")  # under-used broker
actor("eh08", "Owen Pritchard", "person", "early-help", COUNCIL, LG, title="Family Support Worker")
actor("eh09", "Grace Mensah", "person", "early-help", COUNCIL, LG, title="Early Help Assessor")
actor("eh10", "Harriet Cole", "person", "early-help", COUNCIL, LG, title="Family Support Worker")
# Performance and Intelligence.
actor("pi01", "Martin Ellery", "person", "performance", COUNCIL, LG, title="Head of Performance")
actor("pi02", "Chloe Barnes", "person", "performance", COUNCIL, LG, title="Performance Analyst")
actor("pi03", "Ravi Chandran", "person", "performance", COUNCIL, LG, title="Senior Data Analyst")  # under-used broker
actor("pi04", "Nicola Stead", "person", "performance", COUNCIL, LG, title="Information Officer")
actor("pi05", "Ben Okafor", "person", "performance", COUNCIL, LG, title="Data Engineer")
actor("pi06", "Lucy Tran", "person", "performance", COUNCIL, LG, title="Performance Analyst")
# Education and School Improvement.
actor("ed01", "Andrew Kearney", "person", "education", COUNCIL, LG, title="Head of School Improvement")
actor("ed02", "Bethany Shaw", "person", "education", COUNCIL, LG, title="School Improvement Adviser")
actor("ed03", "Imran Qureshi", "person", "education", COUNCIL, LG, title="Inclusion Manager")
actor("ed04", "Louise Garner", "person", "education", COUNCIL, LG, title="SEND Officer")
actor("ed05", "Philippa Drury", "person", "education", COUNCIL, LG, "evidence champion", title="Evidence Champion (Education)")  # designated, bridges nothing
actor("ed06", "Colin Adebayo", "person", "education", COUNCIL, LG, title="Attendance Officer")
actor("ed07", "Megan Price", "person", "education", COUNCIL, LG, title="School Improvement Adviser")
actor("ed08", "Stuart Lang", "person", "education", COUNCIL, LG, title="Admissions Manager")
# Early Years and Childcare.
actor("ey01", "Diane Holloway", "person", "early-years", COUNCIL, LG, title="Head of Early Years")  # usual suspect
actor("ey02", "Joanne Pike", "person", "early-years", COUNCIL, LG, title="Early Years Consultant")
actor("ey03", "Abdul Karim", "person", "early-years", COUNCIL, LG, title="Childcare Sufficiency Officer")
actor("ey04", "Natalie Quinn", "person", "early-years", COUNCIL, LG, "evidence champion", title="Early Years Quality Lead")
actor("ey05", "Victoria Lam", "person", "early-years", COUNCIL, LG, title="Funded Childcare Officer")
actor("ey06", "Paul Redmond", "person", "early-years", COUNCIL, LG, title="Early Years Consultant")
actor("ey07", "Aisha Yusuf", "person", "early-years", COUNCIL, LG, title="Early Years SEND Lead")
# Children's Social Care.
actor("sc01", "Robert Thornton", "person", "social-care", COUNCIL, LG, title="Head of Children's Social Care")
actor("sc02", "Emma Kowalski", "person", "social-care", COUNCIL, LG, title="Team Manager")
actor("sc03", "Kwame Asante", "person", "social-care", COUNCIL, LG, title="Social Worker")
actor("sc04", "Lorraine Hughes", "person", "social-care", COUNCIL, LG, "evidence champion", title="Evidence Champion (Social Care)")  # designated, bridges nothing
actor("sc05", "Zainab Ali", "person", "social-care", COUNCIL, LG, title="Social Worker")
actor("sc06", "Craig Munro", "person", "social-care", COUNCIL, LG, title="Principal Social Worker")
actor("sc07", "Hannah Webb", "person", "social-care", COUNCIL, LG, title="Social Worker")
actor("sc08", "Jordan Ellis", "person", "social-care", COUNCIL, LG, title="Family Group Conference Coordinator")
# Housing Services (never engaged).
actor("ho01", "Carol Simmons", "person", "housing", COUNCIL, LG, title="Head of Housing Options")
actor("ho02", "Tariq Mahmood", "person", "housing", COUNCIL, LG, title="Family Housing Officer")  # under-used broker
actor("ho03", "Sandra Flynn", "person", "housing", COUNCIL, LG, title="Temporary Accommodation Manager")
actor("ho04", "Peter Oyelaran", "person", "housing", COUNCIL, LG, title="Housing Officer")
actor("ho05", "Michelle Carr", "person", "housing", COUNCIL, LG, title="Tenancy Sustainment Officer")
actor("ho06", "Dean Walsh", "person", "housing", COUNCIL, LG, title="Housing Officer")
# Communities and Neighbourhoods.
actor("cn01", "Angela Frost", "person", "communities", COUNCIL, LG, title="Head of Communities")
actor("cn02", "Hassan Jama", "person", "communities", COUNCIL, LG, title="Neighbourhood Officer")
actor("cn03", "Wendy Marsden", "person", "communities", COUNCIL, LG, "knowledge broker", title="Community Engagement Officer")  # designated, bridges nothing
actor("cn04", "Lee Parkinson", "person", "communities", COUNCIL, LG, title="Neighbourhood Officer")
actor("cn05", "Jasmine Roberts", "person", "communities", COUNCIL, LG, title="Community Safety Officer")
# Rivertown University.
actor("un01", "Prof. Eleanor Grant", "person", "uni-health", "Rivertown University", HE, title="Professor of Public Health")  # usual suspect
actor("un02", "Dr Kofi Mensah", "person", "uni-health", "Rivertown University", HE, "methodology expert", title="Senior Lecturer in Statistics")
actor("un03", "Rachel Stone", "person", "uni-health", "Rivertown University", HE, "knowledge broker", title="Knowledge Exchange Manager")
actor("un04", "Dr Li Wei", "person", "uni-health", "Rivertown University", HE, title="Research Fellow")
actor("un05", "Sophie Kendall", "person", "uni-health", "Rivertown University", HE, title="PhD Researcher")
actor("un06", "Dr Omar Farouk", "person", "uni-health", "Rivertown University", HE, title="Lecturer in Early Childhood")
# Health visiting (NHS).
actor("hv01", "Margaret Ibe", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, title="Health Visiting Service Lead")
actor("hv02", "Eilidh Ross", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, title="Health Visitor")
actor("hv03", "Nasreen Akhtar", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, title="Health Visitor")
actor("hv04", "Karen Dobson", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, title="Community Nursery Nurse")
actor("hv05", "Adeola Bankole", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, "evidence champion", title="Specialist Health Visitor")
actor("hv06", "Fiona McLeod", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, title="Health Visitor")
actor("hv07", "Ruth Abiola", "person", "health-visiting", "Rivertown Community Health NHS Trust", NHS, title="Community Nursery Nurse")
# Schools.
actor("sh01", "Mark Devlin", "person", "schools", "Brookfield Primary School", EDU, title="Headteacher")  # usual suspect
actor("sh02", "Anita Sharma", "person", "schools", "Brookfield Primary School", EDU, title="Reception Teacher")
actor("sh03", "Gillian Moss", "person", "schools", "St Anne's Primary School", EDU, title="Headteacher")
actor("sh04", "Chris Oduya", "person", "schools", "St Anne's Primary School", EDU, title="Early Years Lead")
actor("sh05", "Kate Lindqvist", "person", "schools", "Riverside Primary Academy", EDU, title="Headteacher")
actor("sh06", "Bilal Hussain", "person", "schools", "Riverside Primary Academy", EDU, title="Family Liaison Officer")
actor("sh07", "Teresa Lowry", "person", "schools", "Hollins Park Primary School", EDU, title="Deputy Headteacher")
actor("sh08", "Ian Cartwright", "person", "schools", "Hollins Park Primary School", EDU, title="Reception Teacher")
# Nurseries and childminders.
actor("ns01", "Little Acorns Nursery", "organisation", "nurseries", "Little Acorns Nursery", EY, title="Private nursery")
actor("ns02", "Jenny Clough", "person", "nurseries", "Little Acorns Nursery", EY, title="Nursery Manager")
actor("ns03", "Sunbeam Day Nursery", "organisation", "nurseries", "Sunbeam Day Nursery", EY, title="Private nursery")
actor("ns04", "Monique Baptiste", "person", "nurseries", "Sunbeam Day Nursery", EY, title="Nursery Manager")
actor("ns05", "Rivertown Childminders Network", "group", "nurseries", "Rivertown Childminders Network", EY, title="Childminders' network")
actor("ns06", "Sharon Pollard", "person", "nurseries", "Rivertown Childminders Network", EY, title="Childminder")
# Police.
actor("po01", "Insp. David Rowe", "person", "police", "Rivershire Police", POL, title="Neighbourhood Inspector")
actor("po02", "PC Leanne Fox", "person", "police", "Rivershire Police", POL, title="Early Intervention Officer")
actor("po03", "PCSO Ahmed Sadiq", "person", "police", "Rivershire Police", POL, title="Police Community Support Officer")
actor("po04", "DS Karen Blake", "person", "police", "Rivershire Police", POL, title="Missing from Home Coordinator")
# Voluntary and community organisations.
actor("vo01", "Susan Achebe", "person", "voluntary", "Rivertown Family Action", VCS, title="Chief Executive")  # usual suspect
actor("vo02", "Rivertown Family Action", "organisation", "voluntary", "Rivertown Family Action", VCS, title="Family support charity")
actor("vo03", "Leon Clarke", "person", "voluntary", "Northside Family Trust", VCS, "community organiser", title="Community Organiser")  # under-used broker
actor("vo04", "Northside Family Trust", "organisation", "voluntary", "Northside Family Trust", VCS, title="Neighbourhood charity")
actor("vo05", "Bernadette Kelly", "person", "voluntary", "Rivertown Food Network", VCS, title="Coordinator")
actor("vo06", "Rivertown Food Network", "organisation", "voluntary", "Rivertown Food Network", VCS, title="Food bank network")
actor("vo07", "Mohammed Iqbal", "person", "voluntary", "Rivertown Family Action", VCS, "community organiser", title="Volunteer Coordinator")
# Parents and parent groups (lived experience).
actor("pa01", "Eastfield Parents' Forum", "group", "parents", "Eastfield Parents' Forum", RES, title="Parent forum")
actor("pa02", "Rivertown Dads' Group", "group", "parents", "Rivertown Dads' Group", RES, title="Fathers' group")
actor("pa03", "Kelly Ashton", "person", "parents", "", RES, "community organiser", title="Parent, lived experience")
actor("pa04", "Joseph Nwosu", "person", "parents", "", RES, title="Parent, lived experience")
actor("pa05", "Maria Lopes", "person", "parents", "", RES, title="Parent, lived experience")
actor("pa06", "Shabana Begum", "person", "parents", "", RES, title="Parent, lived experience")
actor("pa07", "Parent A", "person", "parents", "", RES, consent="false", title="Parent, lived experience")
actor("pa08", "Daniel Frost", "person", "parents", "", RES, title="Parent, lived experience")
actor("pa09", "Parent B", "person", "parents", "", RES, consent="false", title="Parent, lived experience")
actor("pa10", "Tamsin Yeo", "person", "parents", "", RES, title="Parent, lived experience")
# Faith groups (never engaged).
actor("fa01", "Al-Noor Mosque Family Centre", "group", "faith", "Al-Noor Mosque", FAITH, title="Mosque family centre")
actor("fa02", "St Mark's Toddler Group", "group", "faith", "St Mark's Church", FAITH, title="Church toddler group")
actor("fa03", "Gurdwara Families Circle", "group", "faith", "Rivertown Gurdwara", FAITH, title="Families group")
actor("fa04", "Revd Joy Adeyemi", "person", "faith", "St Mark's Church", FAITH, title="Parish Priest")

ISOLATES = {"pa10", "po04"}  # new in post / recently joined: no recorded ties yet

TIES = []
TIE_KEYS = set()
def tie(s, t, rel, directed, weight=1, evidence="", date=""):
    """Adds a tie unless the pair already has one of this relation (one row per pair)."""
    key = (rel, s, t) if directed else (rel,) + tuple(sorted((s, t)))
    if key in TIE_KEYS:
        return
    TIE_KEYS.add(key)
    TIES.append(dict(source=s, target=t, relation=rel, weight=weight,
                     directed="true" if directed else "false", date=date, source_of_evidence=evidence))

SURVEY = "network survey 2024"
REGISTER = "data-sharing agreements register"
MAPPING = "workshop mapping exercise"

by_dept = defaultdict(list)
for a in A:
    if a["id"] not in ISOLATES:
        by_dept[a["department"]].append(a["id"])

# 1. Silos: dense ties inside each group, drawn at random with a fixed seed.
for dept, members in sorted(by_dept.items()):
    for i, u in enumerate(members):
        for v in members[i + 1:]:
            if RNG.random() < 0.45:
                tie(u, v, "collaboration", False, RNG.choice([1, 2, 3]), MAPPING)
    for u in members:
        for v in members:
            if u != v and RNG.random() < 0.22:
                tie(u, v, "advice", True, 1, SURVEY)

# 2. The leadership clique: heads of service advise each other; the usual suspects know each other.
LEADERS = ["ph01", "eh01", "ed01", "ey01", "sc01", "un01", "hv01", "sh01", "vo01"]
for i, u in enumerate(LEADERS):
    for v in LEADERS[i + 1:]:
        if RNG.random() < 0.6:
            tie(u, v, "collaboration", False, 2, MAPPING)
tie("ph02", "un01", "collaboration", False, 3, MAPPING)
tie("ph02", "ph01", "advice", True, 1, SURVEY)
tie("ph03", "ph02", "advice", True, 1, SURVEY)
tie("un02", "ph02", "advice", True, 1, SURVEY)
tie("ph04", "un04", "collaboration", False, 1, MAPPING)
tie("ey04", "ns02", "advice", True, 1, SURVEY)
tie("ns04", "ey04", "advice", True, 1, SURVEY)
tie("hv05", "ey02", "collaboration", False, 1, MAPPING)
tie("un03", "ph06", "collaboration", False, 1, MAPPING)
tie("un06", "ey01", "advice", True, 1, SURVEY)

# 3. Structural brokers whom nobody invites.
# eh07, the family hub coordinator: the everyday link between early help, schools, health
# visiting, nurseries, housing and parents.
for other in ["sh02", "sh04", "sh06", "hv02", "hv03", "ns02", "ns06", "ho02", "pa01", "pa04", "ey05", "ed03"]:
    tie("eh07", other, "collaboration", False, 2, MAPPING)
for other in ["sh06", "hv03", "pa05", "ns04"]:
    tie(other, "eh07", "advice", True, 1, SURVEY)
# pi03, the senior data analyst: shares data with every service that commissions or delivers.
for other in ["ph07", "ph03", "eh02", "ed08", "ey03", "hv01", "po02", "sc06", "un04"]:
    tie("pi03", other, "data-sharing", True, 1, REGISTER, "2023-09-01")
for other in ["hv01", "ed08", "po02"]:
    tie(other, "pi03", "data-sharing", True, 1, REGISTER, "2023-09-01")
tie("ph07", "pi03", "advice", True, 1, SURVEY)
tie("ey03", "pi03", "advice", True, 1, SURVEY)
# vo03, the community organiser: the only way into the faith groups, and a way into parents.
for other in ["fa01", "fa02", "fa03", "fa04", "pa01", "pa02", "pa03", "pa06", "eh04", "ns05", "vo05", "cn02"]:
    tie("vo03", other, "collaboration", False, 2, MAPPING)
for other in ["pa03", "pa08", "fa04", "eh04"]:
    tie(other, "vo03", "advice", True, 1, SURVEY)
# ho02, the family housing officer: housing's one link to early help, health visiting and social care.
for other in ["eh09", "hv06", "sc05", "fa01", "po03"]:
    tie("ho02", other, "collaboration", False, 1, MAPPING)
tie("sc05", "ho02", "advice", True, 1, SURVEY)
tie("hv06", "ho02", "advice", True, 1, SURVEY)

# 4. Formal data flows (directed): returns from services to the analysts and to public health.
for s, t in [("ed08", "pi02"), ("ey03", "pi06"), ("sc06", "pi02"), ("eh02", "pi06"),
             ("pi01", "ph01"), ("pi02", "ph07"), ("hv01", "ph07"), ("po01", "sc02")]:
    tie(s, t, "data-sharing", True, 1, REGISTER, "2023-04-01")

# 5. A few more everyday cross-links, so silos are leaky rather than sealed.
for s, t in [("sh03", "ed02"), ("sh05", "ed07"), ("sh07", "ed02"), ("ns02", "ey02"),
             ("ns06", "ey06"), ("hv04", "ns04"), ("po02", "eh09"), ("po01", "cn05"),
             ("vo05", "vo06"), ("pa02", "pa04"), ("cn01", "ho01"), ("sc02", "eh02"), ("vo07", "pa05")]:
    tie(s, t, "collaboration", False, 1, MAPPING)

# Engagements of the programme in 2024 (venue is a free column).
ENGAGEMENTS = [
    ("e1", "Workshop 1: What does school readiness mean in Rivertown?", "2024-01-18", "workshop", "Town Hall"),
    ("e2", "Workshop 2: What the evidence and the data say", "2024-03-14", "workshop", "Rivertown University"),
    ("e3", "Workshop 3: Co-designing the early years offer", "2024-05-16", "workshop", "Eastfield Family Hub"),
    ("e4", "Workshop follow-up: the action plan", "2024-06-20", "follow-up", "Town Hall"),
    ("e5", "Collective reflection space 1", "2024-07-11", "reflection space", "Rivertown University"),
    ("e6", "School Readiness Partnership Board", "2024-09-19", "board", "Town Hall"),
    ("e7", "Collective reflection space 2", "2024-10-17", "reflection space", "Rivertown University"),
    ("e8", "School Readiness Partnership Board", "2024-12-05", "board", "Town Hall"),
]
USUAL = ["ph01", "ph02", "un01", "ey01", "sh01", "vo01"]  # the usual suspects
ATTEND = {
    "e1": USUAL + ["ph03", "ph04", "eh01", "eh02", "ed01", "ed05", "ey02", "ey04", "sc01", "sc04",
                   "un03", "hv01", "hv05", "sh03", "sh05", "ns02", "ns04", "po01", "vo03", "cn03",
                   "pa01", "pa03", "pa05", "pa07"],
    "e2": USUAL + ["ph03", "ph07", "pi01", "ed05", "ey04", "sc04", "un02", "un04", "hv01", "cn03"],
    "e3": USUAL + ["eh01", "eh03", "ed05", "ey02", "sc04", "hv05", "sh03", "ns02", "pa01", "pa03"],
    "e4": USUAL + ["eh03", "ed01", "ed05", "sc04", "un03", "cn03"],
    "e5": [u for u in USUAL if u != "vo01"] + ["ph04", "ed05", "sc04", "un03", "cn03"],
    "e6": USUAL + ["eh01", "ed01", "sc01", "hv01", "po01"],
    "e7": USUAL + ["ph04", "ed05", "sc04", "un05", "cn03"],
    "e8": USUAL + ["eh01", "ed01", "sc01", "hv01"],
}
FACILITATORS = {"e1": "ph02", "e2": "un01", "e3": "ph02", "e4": "ph02", "e5": "un01",
                "e6": "ph01", "e7": "un01", "e8": "ph01"}


def write(name, header, rows):
    for folder in (OUT, RESOURCE):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow([r[h] for h in header])


def main():
    ids = [a["id"] for a in A]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for t in TIES:
        assert t["source"] in known and t["target"] in known and t["source"] != t["target"], t
        assert t["source"] not in ISOLATES and t["target"] not in ISOLATES
    seen = set()
    for t in TIES:  # one row per pair and relation
        key = (t["relation"], t["source"], t["target"]) if t["directed"] == "true" else \
            (t["relation"],) + tuple(sorted((t["source"], t["target"])))
        assert key not in seen, key
        seen.add(key)
    for e, people in ATTEND.items():
        assert len(people) == len(set(people)) and all(p in known for p in people), e

    write("departments.csv", ["id", "name", "organisation", "parent"],
          [dict(id=d, name=n, organisation=o, parent=p) for d, n, o, p in DEPARTMENTS])
    write("actors.csv", ["id", "name", "kind", "department", "organisation", "sector", "roles", "consent", "job_title"], A)
    write("ties.csv", ["source", "target", "relation", "weight", "directed", "date", "source_of_evidence"], TIES)
    write("engagements.csv", ["id", "name", "date", "kind", "venue"],
          [dict(id=i, name=n, date=d, kind=k, venue=v) for i, n, d, k, v in ENGAGEMENTS])
    rows = []
    for e, *_ in ENGAGEMENTS:
        for p in ATTEND[e]:
            rows.append(dict(engagement=e, actor=p, role="facilitator" if FACILITATORS[e] == p else "participant"))
    write("attendance.csv", ["engagement", "actor", "role"], rows)


def counts():
    """Prints the counts stated in the README, computed independently of InclusionMap."""
    import networkx as nx
    print("actors", len(A))
    print("kinds", dict(sorted(Counter(a["kind"] for a in A).items())))
    print("departments (groups)", dict(sorted(Counter(a["department"] for a in A).items())))
    print("sectors", dict(sorted(Counter(a["sector"] for a in A).items())))
    print("ties", len(TIES), dict(sorted(Counter(t["relation"] for t in TIES).items())))
    G = nx.Graph()
    G.add_nodes_from(a["id"] for a in A)
    G.add_edges_from((t["source"], t["target"]) for t in TIES)
    print("weak components", nx.number_connected_components(G),
          "largest", max(len(c) for c in nx.connected_components(G)), "isolates", nx.number_of_isolates(G))
    print("engagements", len(ENGAGEMENTS), "attendance rows", sum(len(v) for v in ATTEND.values()))
    roles = Counter(r for a in A for r in a["roles"].split(";") if r)
    print("roles", dict(sorted(roles.items())))
    att = Counter(p for v in ATTEND.values() for p in v)
    print("never attended", sum(1 for a in A if a["id"] not in att))


if __name__ == "__main__":
    if "--counts" in sys.argv:
        counts()
    else:
        main()
