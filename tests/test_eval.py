"""``filmkg eval``: scoring built graphs against gold, on the seed and on the fixture corpus."""

import json

import pytest

from graph.eval_conventions import canonical_org_role, canonical_role, gold_character, same_rating
from graph.evaluate import LISTS, Item, Score, score
from graph.scorecard import evaluate, pair_gold
from server.cli import main

from .conftest import FIXTURES, SEED, SEED_GOLD, SHARED

ARTICLES = FIXTURES / "articles"
GOLD = FIXTURES / "gold"


@pytest.fixture(scope="module")
def fixture_report():
    return evaluate([ARTICLES], GOLD)


def test_seed_scores_perfectly_on_every_list():
    report = evaluate([SEED], SEED_GOLD)
    for name in LISTS:
        s = report.total(name)
        assert (s.precision, s.recall) == (1.0, 1.0), (name, [str(i) for i in s.missed + s.spurious])


def test_every_fixture_has_a_gold_file():
    assert len(pair_gold([ARTICLES], GOLD)) == len(list(ARTICLES.glob("*.txt"))) >= 8


# Floors, not targets: they only ever go up. The structured part (infobox, tables, lists) must stay
# near perfect; prose is where the corpus shows what the extractor still misses.
FLOORS = [
    ("micro", None, 0.97, 0.98),
    ("micro", "structured", 0.98, 0.98),
    ("micro", "prose", 0.95, 0.95),
    ("crew", None, 0.97, 0.97),
    ("cast", None, 0.97, 0.97),
    ("awards", None, 0.95, 0.95),
    ("film", None, 0.97, 0.97),
]


@pytest.mark.parametrize("name, source, min_recall, min_precision", FLOORS)
def test_fixture_corpus_scores_stay_above_their_floor(fixture_report, name, source, min_recall, min_precision):
    s = fixture_report.total(None if name == "micro" else name, source)
    detail = "\n".join(f"missed {i}" for i in s.missed) + "\n" + "\n".join(f"spurious {i}" for i in s.spurious)
    assert s.recall >= min_recall, detail
    assert s.precision >= min_precision, detail


CASES = [
    # gold, graph, matched, missed, spurious
    ([("A", "director")], [("A", "director")], 1, 0, 0),
    ([("A", "director")], [("a", "director")], 1, 0, 0),
    ([("Amélie", "director")], [("Amelie", "director")], 1, 0, 0),
    ([("A", "director")], [("A", "producer")], 0, 1, 1),
    ([("A", "director"), ("A", "director")], [("A", "director")], 1, 1, 0),
    ([], [("A", "director")], 0, 0, 1),
]


@pytest.mark.parametrize("gold, graph, same", [
    ("Rocket (Buscapé)", "Rocket", True),
    ("Glinda, the Good Witch of the North", "Glinda", True),
    ("Lady Sarah Churchill, Duchess of Marlborough", "Lady Sarah Churchill", True),
    ("Lady Sarah Churchill, Duchess of Marlborough", "Duchess of Marlborough", False),
    ("Rocket (Buscapé)", "Buscapé", True),
    ("Miles Morales / Spider-Man", "Miles Morales", True),
    ("Miles Morales / Spider-Man", "Spider-Man", True),
    ("Miles Morales / Spider-Man", "Peter Parker", False),
    ("Young Writer", "the Young Writer", True),
    ("Zero Moustafa", "young Zero Moustafa", True),
    ("young Carl", "Carl", True),
    ("Rocket", "Rocket Man", True),
    ("Kavitha", "Kavitha Desai", True),
    ("a Southern general", "Southern general", True), ("an officer", "officer", True),
    ("a Southern general", "Union general", False),
    ("Linda Dufresne", "Linda", True),
    ("Kavitha Desai", "Kavitha Rao", False),
    ("young Sora", "Sora Aoki", True),
    ("Man", "man in the bar", False),
    ("Atsuko Chiba", "Dr. Atsuko Chiba", True),
    ("Warden Samuel Norton", "Samuel Norton", True),
    ("Aunt", "aunt", True),
    ("Chiba", "Dr. Atsuko Chiba", False),
    (None, "Rocket", False),
])
def test_character_names_compare_across_gold_conventions(gold, graph, same):
    g = Item(("Ana Lima", gold, None))
    x = Item(("Ana Lima", graph, None))
    assert bool(score({"cast": [g]}, {"cast": [x]})["cast"].matched) is same


@pytest.mark.parametrize("gold, graph, matched, missed, spurious", [
    (["romantic drama"], ["romantic", "drama"], 2, 0, 0),
    (["black comedy", "drama"], ["black comedy-drama"], 3, 0, 0),
    (["romantic drama", "crime drama"], ["romantic", "crime drama"], 3, 0, 0),
    (["monster film"], ["monster"], 1, 0, 0),
    (["adult animation"], ["animated"], 1, 1, 0),
    (["psychological drama"], ["drama"], 1, 1, 0),
    (["drama"], ["war drama"], 1, 0, 1),
    (["film noir"], ["noir"], 1, 0, 0),
])
def test_genres_compare_word_by_word_across_gold_cuts(gold, graph, matched, missed, spurious):
    result = score({"film": [Item(("genre", g)) for g in gold]}, {"film": [Item(("genre", x)) for x in graph]})
    counts = (len(result["film"].matched), len(result["film"].missed), len(result["film"].spurious))
    assert counts == (matched, missed, spurious), result["film"]


@pytest.mark.parametrize("gold, graph", [
    ("Himself", None), ("herself", None), ("Themselves", None), ("Hana", "Hana"), (None, None),
])
def test_a_gold_self_appearance_is_no_character(gold, graph):
    assert gold_character(gold) == graph


@pytest.mark.parametrize("gold, graph, same", [
    ("Japanese", None, True), (None, "Japanese", True), ("Japanese", "Japanese", True),
    ("English", None, False), (None, "English", False), ("English", "Japanese", False),
])
def test_the_original_language_track_counts_as_no_dub(gold, graph, same):
    film = [Item(("language", "Japanese")), Item(("language", "English"))]
    g, x = Item(("Aoi Sato", "Hana", gold)), Item(("Aoi Sato", "Hana", graph))
    result = score({"film": film, "cast": [g]}, {"film": film, "cast": [x]})
    assert bool(result["cast"].matched) is same


@pytest.mark.parametrize("gold, graph, same", [
    ("4/4", "4 stars", True), ("4 stars", "4/5", True), ("3.5/4", "3.5 stars", True), ("4/4", "3 stars", False),
    ("B+", "B+", True), ("B+", "B", False), (None, None, True), ("4/4", None, False),
])
def test_ratings_in_stars_compare_with_a_scale_the_article_left_out(gold, graph, same):
    assert same_rating(gold, graph) is same


@pytest.mark.parametrize("role, canonical", [
    ("co-producer", "production company"), ("financier", "production company"),
    ("production committee member", "production company"), ("international sales", "sales agent"),
    ("soundtrack label", "record label"), ("restoration", "restorer"), ("dubbing", "dubbing studio"),
    ("home video distributor", "distributor"), ("broadcaster", "broadcaster"),
    ("English dub producer", "dubbing studio"), ("funder", "production company"),
    ("home media distributor", "distributor"), ("funding body", "production company"),
    ("music label", "record label"), ("visual effects company", "visual effects"),
    ("co-production", "production company"),
])
def test_organisation_roles_compare_under_one_word(role, canonical):
    assert canonical_org_role(role) == canonical


@pytest.mark.parametrize("role, canonical", [
    ("sound", "sound"), ("sound mixer", "sound"), ("Production sound mixer", "sound"),
    ("sound designer", "sound"), ("supervising sound editor", "sound"), ("composer", "composer"),
    ("sound-track producer", "sound-track producer"), ("additional music", "composer"),
])
def test_the_sound_department_is_one_role(role, canonical):
    assert canonical_role(role) == canonical


@pytest.mark.parametrize("role, canonical", [
    ("theme song performer", "singer"), ("playback singer", "singer"), ("vocalist", "singer"),
    ("singer (theme songs)", "singer"), ("orchestration", "orchestrator"), ("orchestrator", "orchestrator"),
])
def test_a_songs_singer_and_the_orchestrator_are_one_role_each(role, canonical):
    assert canonical_role(role) == canonical


@pytest.mark.parametrize("gold_recipient, matched, spurious", [
    (None, 1, 0),  # the film's prize: the graph's writers add detail
    ("Ada Quill", 1, 1),  # a named winner: the graph's second person is not in the gold
    ("Ada Quill and Ivo Dorn", 2, 0),
])
def test_a_prize_the_gold_gives_the_film_is_one_fact_whoever_the_graph_names(gold_recipient, matched, spurious):
    g = Item(("Academy Awards", "Best Original Screenplay", 2002, "won", gold_recipient))
    x = Item(("Academy Awards", "Best Original Screenplay", 2002, "won", ["Ada Quill", "Ivo Dorn"], None, None))
    result = score({"awards": [g]}, {"awards": [x]})["awards"]
    assert (len(result.matched), len(result.spurious)) == (matched, spurious)


@pytest.mark.parametrize("gold, graph, same", [
    ("BAFTA Awards", "British Academy Film Awards", True),
    ("Oscars", "Academy Awards", True),
    ("the Golden Globes", "Golden Globe Awards", True),
    ("BAFTA Awards", "Academy Awards", False),
])
def test_award_bodies_compare_under_their_one_name(gold, graph, same):
    g = Item((gold, "Best Director", 2010, "won", None))
    x = Item((graph, "Best Director", 2010, "won", [], None, None))
    assert bool(score({"awards": [g]}, {"awards": [x]})["awards"].matched) is same


@pytest.mark.parametrize("gold, graph, matched, missed, spurious", [
    (["A, B and C"], [["A", "B", "C"]], 3, 0, 0),
    (["A", "B", "C"], [["A", "B", "C"]], 3, 0, 0),
    (["A, B and C"], [["A", "B"]], 2, 1, 0),
    (["A"], [["A", "D"]], 1, 0, 1),
    ([None], [["A"]], 1, 0, 0),
])
def test_awards_count_one_fact_per_recipient(gold, graph, matched, missed, spurious):
    """Gold files write a shared award as one entry ("A, B and C") or one per person; both are
    scored per person, and naming two of three recipients is two facts right, not one wrong."""
    g = [Item(("Academy Awards", "Best Sound", 2010, "won", r)) for r in gold]
    x = [Item(("Academy Awards", "Best Sound", 2010, "won", r, None, None)) for r in graph]
    s = score({"awards": g}, {"awards": x})["awards"]
    assert (len(s.matched), len(s.missed), len(s.spurious)) == (matched, missed, spurious)


@pytest.mark.parametrize("gold_outcomes, spurious", [
    (["won"], 0),  # a gold file that records no selection at all leaves a graph's selection unscored
    (["won", "selected"], 1),  # one that records selections counts a wrong one
])
def test_a_selection_is_scored_only_against_gold_that_records_selections(gold_outcomes, spurious):
    gold = [Item(("Cannes Film Festival" if o == "won" else "Berlin International Film Festival", None, 1964, o, None))
            for o in gold_outcomes]
    graph = [Item(("Cannes Film Festival", None, 1964, "won", [], None, None)),
             Item(("Cannes Film Festival", None, 1964, "selected", [], None, None)),
             Item(("Berlin International Film Festival", None, 1964, "selected", [], None, None))]
    s = score({"awards": gold}, {"awards": graph})["awards"]
    assert len(s.spurious) == spurious


def test_releases_known_only_to_the_month_are_not_scored():
    """The gold format writes full dates only, so a graph release of "November 2012" is outside it."""
    gold = [Item(("2012-11-20", "Japan"))]
    graph = [Item(("2012-11-20", ["Japan"])), Item(("2012-11", ["Blu-ray"])), Item(("2012", []))]
    s = score({"release_dates": gold}, {"release_dates": graph})["release_dates"]
    assert (len(s.matched), len(s.missed), len(s.spurious)) == (1, 0, 0)


@pytest.mark.parametrize("gold, graph, counts", [
    # one release node in two countries is two gold facts
    ([("2010-07-16", "United States"), ("2010-07-16", "United Kingdom")],
     [("2010-07-16", ["United States", "United Kingdom"])], (2, 0, 0)),
    # a festival's venue and country are two places of one fact: the other place is not spurious
    ([("2001-05-12", "Cannes Film Festival")], [("2001-05-12", ["Cannes Film Festival", "France"])], (1, 0, 0)),
    ([("2001-05-12", "Cannes Film Festival")], [("2001-05-13", ["Cannes Film Festival"])], (0, 1, 1)),
])
def test_a_release_in_several_places_is_one_fact_per_gold_place(gold, graph, counts):
    s = score({"release_dates": [Item(g) for g in gold]},
              {"release_dates": [Item(x) for x in graph]})["release_dates"]
    assert (len(s.matched), len(s.missed), len(s.spurious)) == counts


def test_a_loose_match_does_not_take_the_item_another_gold_fact_needs():
    """Regression: first-fit matching paired gold "Best Film" with the graph's "Best Film Music"
    (names match by containment) when the store returned that row first, so the score depended on
    the hash seed. The matching is now a maximum one-to-one matching, in either order."""
    gold = [("BAFTA", "Best Film", 2009, "won", None), ("BAFTA", "Best Film Music", 2009, "won", "A. R. Rahman")]
    graph = [("BAFTA", "Best Film Music", 2009, "won", ["A. R. Rahman"], None, None),
             ("BAFTA", "Best Film", 2009, "won", [], None, None)]
    for ordered in (graph, graph[::-1]):
        s = score({"awards": [Item(g) for g in gold]}, {"awards": [Item(g) for g in ordered]})["awards"]
        assert (len(s.matched), len(s.missed), len(s.spurious)) == (2, 0, 0)


@pytest.mark.parametrize("gold, graph, matched, missed, spurious", CASES)
def test_crew_matching_is_one_to_one(gold, graph, matched, missed, spurious):
    s = score({"crew": [Item(g) for g in gold]}, {"crew": [Item(g) for g in graph]})["crew"]
    assert (len(s.matched), len(s.missed), len(s.spurious)) == (matched, missed, spurious)


def test_empty_score_is_perfect_not_a_division_by_zero():
    assert (Score().precision, Score().recall) == (1.0, 1.0)


def test_cli_prints_a_table_and_lists_what_is_wrong(runner, tmp_path):
    # the seed against its gold with one fact more: the table, and the one fact listed as missed
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    gold["crew"].append({"person": "Ana Lima", "role": "editor"})
    (tmp_path / SEED_GOLD.name).write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(main, ["eval", str(SEED), str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:4] == ["list", "P", "R", "F1"]
    assert "micro" in result.output
    missed = [line for line in result.output.splitlines() if "missed" in line and "Ana Lima" in line]
    assert len(missed) == 1 and "editor" in missed[0], result.output
    assert "spurious" not in result.output


def test_cli_json_report_has_lists_splits_and_facts(runner):
    result = runner.invoke(main, ["eval", str(SEED), str(SHARED / "gold"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["total"]) == {*LISTS, "micro"}
    assert report["total"]["micro"]["f1"] == 1.0
    assert report["total_structured"]["micro"]["matched"] + report["total_prose"]["micro"]["matched"] \
        == report["total"]["micro"]["matched"]
    assert report["articles"][0]["lists"]["cast"]["missed"] == []


def test_cli_min_f1_fails_below_the_bar(runner):
    result = runner.invoke(main, ["eval", str(ARTICLES), str(GOLD), "--quiet", "--min-f1", "1.01"])
    assert result.exit_code == 1


def test_missing_gold_file_is_a_clear_error(runner, tmp_path):
    (tmp_path / "gold").mkdir()
    result = runner.invoke(main, ["eval", str(SEED), str(tmp_path / "gold")])
    assert result.exit_code == 2
    assert "no gold file" in result.output and SEED.name in result.output


# the training set builds its articles in two processes (CI's machine has two cores; the held-out set,
# in test_eval_heldout.py, can run beside it in another test process)
_WORKERS = 2


def test_articles_built_in_several_processes_score_as_built_in_one():
    one = evaluate([ARTICLES], GOLD)
    two = evaluate([ARTICLES], GOLD, workers=2)
    assert [a.article for a in two.articles] == [a.article for a in one.articles]
    assert [a.micro().f1 for a in two.articles] == [a.micro().f1 for a in one.articles]
    assert two.total().f1 == one.total().f1 > 0


def test_untuned_articles_score_above_their_floor():
    """Articles added as the next round of training material (their crew and some of their award
    sentences shaped the extractor): floors at what they score now, so a change that loses
    ground on them fails, and each improvement raises the floor."""
    # Scored before any rule was written for them: 127-129 (Parasite, The Artist, Casablanca) joined
    # at micro 0.769, prose 0.630; 130-132 (Pan's Labyrinth, The Godfather, Amélie) at micro 0.778,
    # prose 0.556; 136-138 (City of God, The Grand Budapest Hotel, Rashomon) at micro 0.797,
    # structured 0.873, 0.874 / 0.981 once characters compared across gold conventions, prose 0.610;
    # 139-141 (Memento, The Intouchables, Howl's Moving Castle) at micro 0.761, structured 0.874
    # (a dub table headed "Japanese voice" was not read: 0.977 once it was), prose 0.633;
    # 142-144 (The Shawshank Redemption, Perfect Blue, Bicycle Thieves) at micro 0.763, structured
    # 0.910, prose 0.574; 145-147 (Moonlight, Das Boot, Grave of the Fireflies) at micro 0.870,
    # structured 0.966, prose 0.757; 151-153 (La La Land, The Seventh Seal, Paprika) at micro 0.853,
    # structured 0.988, prose 0.713; 154-156 (The Hurt Locker, Run Lola Run, The Lion King) at micro
    # 0.799, structured 0.952, prose 0.663 (0.838 / 0.737 once award bodies compared under one name);
    # 160-162 (The Departed, In the Mood for Love, My Neighbor Totoro) at micro 0.858, structured 0.971,
    # prose 0.731; 163-165 (Get Out, The Battle of Algiers, Toy Story) at micro 0.933, structured 0.979,
    # prose 0.855; 169-171 (Chungking Express, The Exorcist, Kiki's Delivery Service) at micro 0.769,
    # structured 0.920, prose 0.631; 178-180 (There Will Be Blood, The Wages of Fear, Wolf Children) at
    # micro 0.852, structured 0.963, prose 0.707; 181-183 (Her, The Wind Rises, Y tu mamá también) at
    # micro 0.814, structured 0.967, prose 0.647; 187-189 (Fargo, Toni Erdmann, Bowling for Columbine)
    # at micro 0.862, structured 0.979, prose 0.742; 190-192 (Inception, The Secret in Their Eyes,
    # Millennium Actress) at micro 0.864, structured 0.955, prose 0.773; 193-195 (Roman Holiday,
    # Searching for Sugar Man, The Lunchbox) at micro 0.866, structured 0.964, prose 0.748. Rounds of
    # ten: 199-208 at micro 0.864, structured 0.952, prose 0.731; 215-224 at 0.897, 0.969, 0.817;
    # 231-240 at 0.874, 0.952, 0.796; 241-250 at 0.877, 0.941, 0.787; 257-261 at 0.874, 0.982, 0.769;
    # 262-266 at 0.906, 0.965, 0.822; 273-282 at 0.880, 0.972, 0.768; 289-298 at 0.861, 0.931, 0.754;
    # 305-309 at 0.858, 0.928, 0.729; 310-314 at 0.888, 0.986, 0.795; 321-325 at 0.864, 0.959, 0.734;
    # 326-330 at 0.873, 0.982, 0.723; 337-341 at 0.813, 0.811 (an accolades table whose spanned cells
    # were left blank), 0.818; 342-346 at 0.833, 0.969, 0.608; 353-357 at 0.884, 0.964, 0.752; 358-362
    # at 0.858, 0.969, 0.737. The 30 newest lowered the set's floors. Then 369-374 at 0.874, 0.975,
    # 0.761; 375-380 at 0.814, 0.947, 0.667; 387-392 at 0.862, 0.985, 0.744; 393-398 at 0.910, 0.981,
    # 0.811; 405-410 at 0.859, 0.963, 0.719; 417-422 at 0.885, 0.966, 0.782: the 201 score micro 0.929,
    # structured 0.978, prose 0.871. Then 423-428 at 0.844, 0.952, 0.731; 429-434 at 0.866, 0.952,
    # 0.763; 441-446 at 0.900, 0.976, 0.818; 447-452 at 0.891, 0.966, 0.788; 459-464 at 0.883, 0.979,
    # 0.774; 465-470 at 0.890, 0.942, 0.818; 477-482 at 0.917, 0.997, 0.836; 483-488 at 0.900, 0.986,
    # 0.777: the 249 score micro 0.929, structured 0.977, prose 0.873. Then 495-500 at 0.912, 0.978,
    # 0.831; 507-512 at 0.870, 0.955, 0.763; 519-524 at 0.877, 0.966, 0.790; 531-536 at 0.861, 0.966,
    # 0.741: the 273 score micro 0.932, structured 0.977, prose 0.879. Then 549-554 at 0.872, 0.962,
    # 0.789; 561-566 at 0.881, 0.964, 0.776; 573-578 at 0.843, 0.944, 0.701; 585-590 at 0.924, 0.990,
    # 0.870; 597-602 at 0.899, 0.968, 0.829; 609-614 at 0.894, 0.949, 0.818: the 309 score micro
    # 0.934, structured 0.976, prose 0.885. Then 627-632 at 0.874, 0.931, 0.812 and 639-644 at 0.879,
    # 0.944, 0.806: the 321 score micro 0.932, structured 0.975, prose 0.883; with genres compared
    # word by word 0.938, 0.982, 0.886; then 0.940, 0.982, 0.891. Then 645-650 at 0.879, 0.981, 0.779;
    # 657-662 at 0.888, 0.982, 0.769; 663-668 at 0.926, 0.990, 0.848; 675-680 at 0.872, 0.976, 0.726;
    # 681-686 at 0.907, 0.996, 0.794; 693-698 at 0.910, 0.993, 0.835; 699-704 at 0.906, 0.990, 0.802;
    # 711-716 at 0.888, 0.969, 0.796 (the 48 newest lowered the prose floor): the 369 score micro
    # 0.937, structured 0.983, prose 0.884, crew 0.931 (counted 351 then, a miscount). Then 723-728 at
    # 0.936, 0.981, 0.888; 735-740 at 0.882, 0.994, 0.740; 747-752 at 0.912, 0.995, 0.832; 759-764 at
    # 0.904, 0.995, 0.833; 771-776 at 0.913, 0.996, 0.793; 783-788 at 0.869, 0.952, 0.796; 795-800 at
    # 0.894, 0.957, 0.805; 807-812 at 0.922, 0.992, 0.854: the 417 score micro 0.938, structured 0.983,
    # prose 0.886, crew 0.932. Then 819-824 at 0.906, 0.988, 0.804; 825-830 at 0.910, 0.985, 0.815;
    # 837-842 at 0.895, 0.985, 0.803; 855-860 at 0.925, 0.972, 0.859: the 441 score micro 0.939,
    # structured 0.983, prose 0.888, crew 0.934. Then 867-872 at 0.937, 0.989, 0.855; 873-878 at 0.883,
    # 0.992, 0.752; 885-890 at 0.922, 0.993, 0.838; 891-896 at 0.922, 1.000, 0.819; 903-908 at 0.892,
    # 0.975, 0.751; 909-914 at 0.888, 0.982, 0.784; 921-926 at 0.942, 0.990, 0.889; 927-932 at 0.848,
    # 0.954, 0.729; 939-944 at 0.903, 0.976, 0.804: the 495 score micro 0.937, structured 0.983, prose
    # 0.884, crew 0.934. Then 951-956 at 0.879, 0.970, 0.777; 957-962 at 0.951, 0.996, 0.904; 969-974
    # at 0.970, 0.992, 0.943; 975-980 at 0.930, 0.981, 0.870; 987-992 at 0.903, 0.973, 0.824; 993-998
    # at 0.962, 0.996, 0.921; 1005-1010 at 0.821, 0.970, 0.656; 1011-1016 at 0.954, 0.995, 0.913;
    # 1023-1028 at 0.902, 0.988, 0.814; 1029-1034 at 0.913, 0.980, 0.830; 1041-1046 at 0.926, 0.981,
    # 0.875: the 561 (counted 579 then, a miscount) score micro 0.939, structured 0.984, prose 0.887, crew
    # 0.934. Then 1053-1058 at 0.911, 0.994, 0.761; 1059-1064 at 0.926, 0.990, 0.816; 1071-1076 at 0.896,
    # 0.996, 0.715; 1077-1082 at 0.884, 0.985, 0.702; 1089-1094 at 0.937, 0.994, 0.822; 1095-1100 at 0.924,
    # 0.966, 0.821: the 597 score micro 0.939, structured 0.984, prose 0.886, crew 0.932.
    report = evaluate([FIXTURES / "untuned" / "articles"], FIXTURES / "untuned" / "gold", workers=_WORKERS)
    micro, structured, crew = report.total(), report.total(None, "structured"), report.total("crew")
    assert structured.f1 >= 0.98, [str(i) for i in structured.missed + structured.spurious]
    assert crew.f1 >= 0.93, [str(i) for i in crew.missed + crew.spurious]
    assert micro.f1 >= 0.935, [str(i) for i in micro.missed + micro.spurious]
    assert report.total(None, "prose").f1 >= 0.88


def test_a_cast_member_without_a_part_is_not_wrong_where_the_gold_names_the_part():
    """The graph's "Ana Lima is in the cast" beside the gold's "Ana Lima plays Hana": the gold fact
    is missed, the graph's is incomplete, not false; a part-less cast member the gold lacks is."""
    result = score({"cast": [Item(("Ana Lima", "Hana", None))]},
                   {"cast": [Item(("Ana Lima", None, None)), Item(("Rui Sato", None, None))]})["cast"]
    assert (len(result.matched), len(result.missed), [str(x) for x in result.spurious]) == (0, 1, ["Rui Sato | ∅ | ∅"])


@pytest.mark.parametrize("gold, graph, same", [
    ("The Criterion Collection", "Criterion Collection", True), ("Criterion Collection", "The Criterion Collection", True),
    ("The Criterion Collection", "Criterion", False),
])
def test_company_names_compare_without_a_leading_the(gold, graph, same):
    result = score({"organizations": [Item((gold, "distributor"))]}, {"organizations": [Item((graph, "distributor"))]})
    assert bool(result["organizations"].matched) is same


@pytest.mark.parametrize("gold, graph", [
    ({"cast": [Item(("Ana Lima", "Narrator", None))]}, {"crew": [Item(("Ana Lima", "narrator"))]}),
    ({"crew": [Item(("Ana Lima", "narrator"))]}, {"cast": [Item(("Ana Lima", "the narrator", None))]}),
    ({"crew": [Item(("Ana Lima", "narrator"))]}, {"crew": [Item(("Ana Lima", "narrator"))],
                                                  "cast": [Item(("Ana Lima", "Narrator", None))]}),
])
def test_a_narrator_is_one_fact_as_crew_or_as_cast(gold, graph):
    result = score(gold, graph)
    assert (len(result["crew"].matched), len(result["crew"].spurious), len(result["cast"].spurious)) == (1, 0, 0)


def test_equal_facts_from_two_sources_split_the_same_way_in_any_order():
    """Regression: the infobox's and a sentence's "Ana Lima | Hana" tied, and which one the gold fact
    matched (so its structured/prose split) followed the store's row order, which the hash seed moved."""
    fact = ("Ana Lima", "Hana", None)
    sources = []
    for order in (("prose", "structured"), ("structured", "prose")):
        gold = {"cast": [Item(fact)]}
        result = score(gold, {"cast": [Item(fact, s) for s in order]})["cast"]
        sources.append(result.matched[0].source)
    assert sources[0] == sources[1]


def test_the_table_keeps_its_columns_apart_past_ten_thousand_facts():
    """Regression: a part of over 9,999 facts ran into the F1 before it ("0.98310237")."""
    from graph.scorecard import ArticleScore, Report, render_table

    many = Score(matched=[Item(("A", "director"))] * 12345)
    lists = {name: (many if name == "crew" else Score()) for name in LISTS}
    report = Report([ArticleScore("a.txt", "a.json", lists, {"structured": lists, "prose": dict.fromkeys(LISTS, Score())})])
    rows = render_table(report, show_facts=False).splitlines()
    crew = next(r for r in rows if r.startswith("crew"))
    assert crew.split()[4:8] == ["12345", "|", "1.000", "12345"]
    assert len({r.index("|") for r in rows if "|" in r}) == 1
