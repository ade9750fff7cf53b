"""The 18 competency questions of ../shared/competency-questions.md, each with its full answer.

Each named query in ``ontology/queries`` runs on the seed's graph; the answer set is compared
exactly (projected onto the columns the question asks for).
"""

import pytest

from graph.query import run_query
from ontology import competency_queries

QUERIES = competency_queries()
JA, EN = "Japanese", "English"
VOICES = {
    ("Killy", "Takahiro Sakurai", JA), ("Killy", "Kyle McCarley", EN),
    ("Cibo", "Kana Hanazawa", JA), ("Cibo", "Cristina Valenzuela", EN),
    ("Zuru", "Sora Amamiya", JA), ("Zuru", "Christine Marie Cabanos", EN),
    ("Sutezo", "Mamoru Miyano", JA), ("Sutezo", "Keith Silverstein", EN),
    ("Tae", "Aya Suzaki", JA), ("Tae", "Cherami Leigh", EN),
    ("Fusata", "Nobunaga Shimazaki", JA), ("Fusata", "Bryce Papenbrook", EN),
    ("Atsuji", "Yuki Kaji", JA), ("Atsuji", "Johnny Yong Bosch", EN),
    ("Shige", "Koutarou Nishiyama", JA), ("Shige", "Brian Beacock", EN),
    ("Fuku", "Nanako Mori", JA), ("Fuku", "Reba Buhr", EN),
    ("Pop", "Kazuhiro Yamaji", JA), ("Pop", "Michael McConnohie", EN),
    ("Shizu", "Ayane Sakura", JA), ("Shizu", "Cassandra Morris", EN),
    ("The Authority", "Aki Toyosaki", JA), ("The Authority", "Karen Strassman", EN),
    ("Sana-Kan", "Saori Hayami", JA), ("Sana-Kan", "Kira Buckland", EN),
}

# query name -> (columns, expected rows)
EXPECTED = {
    "01-film-facts": (("title", "year", "runtime", "country", "language"),
                      {("Blame!", "2017", "106", "Japan", "Japanese")}),
    "02-director": (("director",), {("Hiroyuki Seshita",)}),
    "03-crew-roles": (("role", "person"), {
        ("director", "Hiroyuki Seshita"), ("screenwriter", "Sadayuki Murai"),
        ("screenwriter", "Tsutomu Nihei"), ("story", "Tsutomu Nihei"),
        ("producer", "Shuzo John Shiota"), ("cinematographer", "Mitsunori Kataama"),
        ("editor", "Hiromi Amanai"), ("composer", "Yugo Kanno"),
        ("character designer", "Yuki Moriyama")}),
    "04-writers": (("person", "credits", "sources"), {
        ("Sadayuki Murai", "screenwriter", "Infobox, Lead, Production"),
        ("Tsutomu Nihei", "screenwriter, story", "Infobox, Production")}),
    "05-studio-distributor": (("role", "organization"),
                              {("studio", "Polygon Pictures"), ("distributor", "Netflix")}),
    "06-voices": (("character", "performer", "language"), VOICES),
    "07-starring": (("billing", "person", "character"), {
        ("1", "Takahiro Sakurai", "Killy"), ("2", "Kana Hanazawa", "Cibo"),
        ("3", "Sora Amamiya", "Zuru"), ("4", "Mamoru Miyano", "Sutezo"),
        ("5", "Aya Suzaki", "Tae"), ("6", "Nobunaga Shimazaki", "Fusata")}),
    "08-several-roles": (("person", "roles"),
                         {("Tsutomu Nihei", "author, illustrator, screenwriter, story")}),
    "09-based-on": (("work", "form", "creator", "roles"),
                    {("Blame!", "manga series", "Tsutomu Nihei", "author, illustrator")}),
    "10-releases": (("date", "kind", "where", "by", "scope", "run", "sources"), {
        ("2017-05-19", "streaming", "Netflix", None, None, None, "Infobox, Lead"),
        ("2017-05-20", "theatrical", "Japan", None, None, "two-week run", "Release"),
        ("2017-05-20", "streaming", "Netflix", None, "global", None, "Production, Release"),
        ("2018-03-27", "homevideo", "Blu-ray Disc and DVD", "Viz Media", None, None, "Release")}),
    "11-conflicting-dates": (("platform", "date", "section"), {
        ("Netflix", "2017-05-19", "Infobox"), ("Netflix", "2017-05-19", "Lead"),
        ("Netflix", "2017-05-20", "Production"), ("Netflix", "2017-05-20", "Release")}),
    "12-organizations": (("organization", "how", "detail"), {
        ("Polygon Pictures", "production company", ""), ("Netflix", "distributor", ""),
        ("Viz Media", "licensee", "home video rights, announced 2017-10-05 at New York Comic Con"),
        ("Kodansha", "publisher", "of Monthly Shōnen Sirius"),
        ("Micott and Basara", "the studio hired", "bankruptcy in 2011")}),
    "13-awards": (("award", "ceremony", "year", "category", "prize", "outcome"), {
        ("VFX-Japan Awards", None, "2018", "Animated Theatrical Film", "Excellence award", "won"),
        ("VFX-Japan Awards", None, "2018", "Animated Theatrical Film", "Best award", "won"),
        ("Japan Media Arts Festival", "21st Japan Media Arts Festival", None, "Animation",
         "Jury Selection", "selected")}),
    "14-reviews": (("critic", "publication", "rating"), {
        ("Michael Nordine", "IndieWire", "B−"), ("Toussaint Egan", "Paste", None),
        ("James Brusuelas", "Animation World Network", None)}),
    "15-adaptations": (("adaptation", "form", "illustrator", "magazine", "publisher", "from", "to",
                        "volumes", "collected"), {
        ("Blame! Denki Ryōshi Kiki Kaisō Dasshutsu Sakusen", "manga", "Kotaro Sekine",
         "Monthly Shōnen Sirius", "Kodansha", "2017-04-26", "2017-10-26", "1", "2018-02-09")}),
    "16-production-history": (("date", "kind", "agent"), {
        ("2007", "Announcement", None), ("2011", "Bankruptcy", "Micott and Basara"),
        ("2015-11", "Announcement", None)}),
    "18-genres": (("genre",), {("animated",), ("science fiction",), ("action",)}),
}


def answer(dataset, name, columns):
    rows = run_query(dataset, QUERIES[name])
    out = set()
    for row in rows:
        values = []
        for c in columns:
            v = row[c]
            values.append(None if v is None else str(v))
        if "roles" in columns or "credits" in columns:
            key = "roles" if "roles" in columns else "credits"
            i = columns.index(key)
            values[i] = ", ".join(sorted(values[i].split(", ")))
        if "sources" in columns:
            i = columns.index("sources")
            values[i] = ", ".join(sorted(values[i].split(", ")))
        if "where" in columns and values[columns.index("where")]:
            # GROUP_CONCAT has no defined order: "DVD and Blu-ray Disc" is the same answer.
            i = columns.index("where")
            values[i] = " and ".join(sorted(values[i].split(" and ")))
        out.add(tuple(values))
    return out


def test_every_question_has_a_named_query():
    assert len(QUERIES) == 18
    assert set(EXPECTED) | {"17-evidence"} == set(QUERIES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_competency_question(seed_dataset, name):
    columns, expected = EXPECTED[name]
    got = answer(seed_dataset, name, columns)
    assert got == expected, f"missing: {expected - got}\nunexpected: {got - expected}"


def test_17_every_claim_links_to_its_sentence_or_row(seed_dataset):
    rows = list(run_query(seed_dataset, QUERIES["17-evidence"]))
    claims = {str(r["claim"]) for r in rows}
    # 9 crew + 6 starring credits + 5 organisation credits on the film, 26 performances,
    # 4 releases, 3 award outcomes and 3 reviews: every one has evidence.
    missing = run_query(seed_dataset, """
        PREFIX fk: <https://filmkg.org/ontology#>
        SELECT ?node WHERE { GRAPH ?g { ?node a ?t } FILTER (CONTAINS(STR(?g), "/graph/article/"))
          VALUES ?t { fk:Credit fk:Performance fk:ReleaseEvent fk:AwardOutcome fk:Review
                      fk:ProductionEvent fk:Work }
          FILTER NOT EXISTS { ?node fk:evidence ?e } }""")
    assert list(missing) == []
    assert len(claims) == 9 + 6 + 3 + 26 + 4 + 3 + 3
    jury = [r for r in rows if "Jury Selection" in str(r["claim"])]
    assert [(str(r["section"]), int(r["line"])) for r in jury] == [("Reception / Accolades", 72)]
    assert str(jury[0]["text"]).startswith("It was part of the Jury Selections")
    table_row = [r for r in rows if str(r["claim"]) == "Saori Hayami as Sana-Kan (Japanese)"]
    assert str(table_row[0]["text"]) == "| Sana-Kan | Saori Hayami | Kira Buckland |"


def test_the_plot_spelling_of_a_character_is_an_alias(seed_dataset):
    rows = run_query(seed_dataset, """
        PREFIX fk: <https://filmkg.org/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label ?alias WHERE { ?c a fk:Character ; rdfs:label ?label ; skos:altLabel ?alias }""")
    assert {(str(r["label"]), str(r["alias"])) for r in rows} == {("Sana-Kan", "Sanakan")}
