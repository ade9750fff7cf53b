"""The held-out floor: articles written blind and never tuned on, in a file of its own so that the
test runner can score them beside the training set (the two large evaluations, one per process)."""

from graph.scorecard import evaluate

from .conftest import FIXTURES

HELDOUT = FIXTURES / "heldout"
# the held-out articles are built in two processes (CI's machine has two cores)
_WORKERS = 2


def test_heldout_articles_score_above_their_floor():
    """Articles written without looking at the extractor, and never tuned on: the honest measure
    of generality. Floors only go up; the prose part is the known weak spot."""
    report = evaluate([HELDOUT / "articles"], HELDOUT / "gold", workers=_WORKERS)
    micro, structured = report.total(), report.total(None, "structured")
    # 133-135 (Whiplash, Oldboy, Seven Samurai) joined blind at micro 0.884, structured 0.971, prose
    # 0.695: the nine together score lower than the six did (0.919), and the floors follow the set.
    # 148-150 (No Country for Old Men, Cinema Paradiso, March of the Penguins) joined blind at micro
    # 0.804, structured 0.921, prose 0.632, taking the twelve to micro 0.888, structured 0.966;
    # 157-159 (Jaws, The Handmaiden, WALL-E) joined blind at micro 0.873, structured 0.962, prose 0.778;
    # 166-168 (Mulholland Drive, A Prophet, Coco) at micro 0.877, structured 0.937, prose 0.811;
    # 172-174 (The Silence of the Lambs, Amores perros, Ratatouille) at micro 0.824, structured 0.963,
    # prose 0.700; 175-177 (The Shining, Ikiru, The Incredibles) at micro 0.838, structured 0.972, prose 0.691;
    # 184-186 (Drive My Car, Zootopia, The 400 Blows) at micro 0.815, structured 0.980, prose 0.621,
    # taking the 27 to micro 0.876, prose 0.746; 196-198 (The Apartment, Pather Panchali, Frozen) at
    # micro 0.897, structured 0.990, prose 0.788; 209-214 (Tokyo Story, Titanic, Ida, The Triplets of
    # Belleville, Amy, Dangal) at micro 0.852, structured 0.926, prose 0.775; 225-230 (Rear Window,
    # Memories of Murder, Kaguya, Jiro Dreams of Sushi, Cold War, Inside Out) at micro 0.862,
    # structured 0.945, prose 0.742; 251-256 (Casino Royale, The Piano, Summer Wars, Man with a Movie
    # Camera, Capernaum, Moana) at micro 0.890, structured 0.970, prose 0.749: the 48 scored micro 0.882,
    # structured 0.964, prose 0.772. Then 267-272 (Blade Runner, Incendies, Tokyo Godfathers, Waltz with
    # Bashir, City Lights, The King's Speech) at micro 0.883, structured 0.971, prose 0.800; 283-288
    # (Goodfellas, All About My Mother, Pom Poko, Fahrenheit 9/11, Intolerance, Arrival) at 0.886, 0.958,
    # 0.803; 299-304 (Vertigo, Central Station, Arrietty, Icarus, Safety Last!, Dunkirk) at 0.896, 0.948,
    # 0.789; 315-320 (Psycho, The Skin I Live In, The Red Turtle, Blackfish, The Last Laugh, Interstellar)
    # at 0.896, 0.944, 0.828: the 72 score micro 0.892, structured 0.963, prose 0.797. Then 331-336
    # (Fitzcarraldo, Minari, Paddington 2, Stalker, Tampopo, The Salt of the Earth) at 0.875, 0.962,
    # 0.714; 347-352 (The Father, Late Spring, Klaus, Hale County This Morning, This Evening, Drive,
    # Theeb) at 0.877, 0.990, 0.701; 363-368 (The Wild Bunch, Timbuktu, Fantastic Mr. Fox, Gimme
    # Shelter, Like Father, Like Son, Song of the Sea) at 0.879, 0.937, 0.780: the 90 score micro 0.894,
    # structured 0.965, prose 0.794. Then 381-386 (Manchester by the Sea, Anatomy of a Fall, The Boy
    # and the Heron, Children of Heaven, Stories We Tell, The Crowd) at 0.914, 0.982, 0.848; 399-404
    # (Past Lives, A Man Called Ove, Mother, Perfect Days, Kubo and the Two Strings, Man of Aran) at
    # 0.914, 0.982, 0.794; 411-416 (The Banshees of Inisherin, Departures, Sita Sings the Blues, Nobody
    # Knows, The Salesman, Nostalgia for the Light) at 0.875, 0.964, 0.727: the 108 score micro 0.898,
    # structured 0.967, prose 0.802. Then 435-440 (Shadows of Forgotten Ancestors, Gattaca, In This
    # Corner of the World, Shoah, A Brighter Summer Day, The Truman Show) at 0.909, 0.974, 0.833;
    # 453-458 (Black Orpheus, Ratcatcher, Ernest & Celestine, Fruitvale Station, The Wailing, Dersu
    # Uzala) at 0.891, 0.970, 0.777; 471-476 (Eternal Sunshine of the Spotless Mind, Life Is
    # Beautiful, The Return, Mirror, Samsara, Ponette) at 0.912, 0.971, 0.839; 489-494 (Yi Yi, 12 Angry
    # Men, Barry Lyndon, The Spirit of the Beehive, Frances Ha, Children Who Chase Lost Voices) at
    # 0.870, 0.959, 0.773: the 132 score micro 0.899, structured 0.968, prose 0.807 (the first 108
    # now 0.900, 0.968, 0.805). Then 501-506 (Sweet Smell of Success, Breathless, The Secret of NIMH,
    # Floating Weeds, Joint Security Area, The Garden of Words) at 0.878, 0.971, 0.758; 513-518 (The
    # Hidden Fortress, Call Me by Your Name, Wild Tales, An Autumn Afternoon, Three Identical
    # Strangers, Lu Over the Wall) at 0.862, 0.953, 0.784; 525-530 (Sansho the Bailiff, Brooklyn, The
    # Diving Bell and the Butterfly, The Illusionist, Dont Look Back, Harakiri) at 0.898, 0.953, 0.837;
    # 537-542 (The Music Room, Lost Highway, Ghost World, Shall We Dance?, Hearts of Darkness,
    # Metropolis) at 0.890, 0.969, 0.788; 543-548 (The 39 Steps, Lilya 4-ever, Tekkonkinkreet, Being
    # John Malkovich, Dogtown and Z-Boys, Secrets & Lies) at 0.909, 0.977, 0.853: the 162 score micro
    # 0.901, structured 0.968, prose 0.816 (the first 132 now 0.903, 0.968, 0.814). Then 555-560 (The
    # Night of the Hunter, Pickpocket, Kagemusha, Chicken Run, When We Were Kings, Little Women) at
    # 0.936, 0.980, 0.880; 567-572 (Barton Fink, La Strada, Penguin Highway, The War Room, A Serious
    # Man, Days of Heaven) at 0.881, 0.935, 0.822; 579-584 (Ace in the Hole, Ali: Fear Eats the Soul,
    # Josee, Koyaanisqatsi, Election, Osama) at 0.873, 0.946, 0.774; 591-596 (Solaris, Ivan's
    # Childhood, Hana-bi, The Tin Drum, In the Loop, Belladonna of Sadness) at 0.847, 0.967, 0.713;
    # 603-608 (High and Low, Viridiana, Summer Hours, I Am Cuba, Patema Inverted, Tarnation) at 0.901,
    # 0.974, 0.816; 615-620 (Local Hero, Closely Watched Trains, Black Narcissus, Peeping Tom, Tabu,
    # The Wicker Man) at 0.941, 0.966, 0.909; 621-626 (The Sweet Hereafter, My Life as a Dog, Pelle the
    # Conqueror, Delicatessen, In Bruges, Microcosmos) at 0.902, 0.985, 0.802: the 204 score micro
    # 0.902, structured 0.968, prose 0.820 (the first 162 now 0.904, 0.968, 0.821). Then 633-638
    # (Black Swan, A Touch of Sin, Aquarius, Tokyo Drifter, The Babadook, Girlhood) at 0.902, 0.967,
    # 0.839: the 210 score micro 0.903, structured 0.968, prose 0.820; with genres compared word by
    # word 0.909, 0.974, 0.824; then 0.911, 0.974, 0.827. Then 651-656 (Hunger, The Death of Mr.
    # Lazarescu, Yeelen, Spring in a Small Town, The Iron Giant, Nebraska) at 0.882, 0.996, 0.766;
    # 669-674 (Elephant, The Son's Room, Divines, Summer with Monika, The Secret of the Grain, A Woman
    # Under the Influence) at 0.929, 0.996, 0.840; 687-692 (The Quiet Girl, A Moment of Innocence, Two
    # Days One Night, Gomorrah, Miss Hokusai, Kumiko) at 0.910, 0.996, 0.817; 705-710 (The Young Girls
    # of Rochefort, Songs from the Second Floor, Early Summer, Still Life, Lucky, Wendy and Lucy) at
    # 0.946, 0.984, 0.901: the 234 score micro 0.912, structured 0.976, prose 0.830 (counted 228 then,
    # a miscount). Then 717-722 at 0.939, 0.993, 0.888; 729-734 at 0.887, 0.988, 0.762; 741-746 at
    # 0.909, 0.995, 0.793; 753-758 at 0.893, 0.965, 0.781; 765-770 at 0.881, 0.991, 0.786; 777-782 at
    # 0.926, 0.990, 0.841; 789-794 at 0.917, 0.967, 0.843; 801-806 at 0.903, 0.984, 0.814: the 282
    # score micro 0.913, structured 0.977, prose 0.831. Then 813-818 (Rosetta, Force Majeure, Elena,
    # Head-On, The Milk of Sorrow, Tony Manero) at 0.944, 0.984, 0.885; 831-836 (The Insult, Caramel,
    # Paradise Now, The Band's Visit, Footnote, Uzak) at 0.915, 0.993, 0.830; 843-848 (Post Mortem,
    # Divine Intervention, Yol, The Wild Pear Tree, Three Monkeys, Ajami) at 0.841, 0.958, 0.728;
    # 849-854 (A Tale of Two Sisters, The Chaser, Platform, Blind Shaft, Suzhou River, Black Coal, Thin
    # Ice) at 0.931, 0.979, 0.870: the 306 score micro 0.913, structured 0.978, prose 0.831. Then 861-866
    # (Cure, Infernal Affairs, Ju Dou, 3-Iron, Mountains May Depart, The Killer) at 0.916, 0.962, 0.845;
    # 879-884 at 0.879, 0.963, 0.791; 897-902 at 0.896, 0.987, 0.794; 915-920 at 0.919, 0.979, 0.852;
    # 933-938 at 0.881, 0.969, 0.794: the 336 score micro 0.913, structured 0.977, prose 0.833. Then
    # 945-950 (Spirited Away, Snowpiercer, Brief Encounter, The Edukators, Dogtooth, The Man from
    # Nowhere) at 0.896, 0.984, 0.800; 963-968 at 0.915, 0.972, 0.852; 981-986 at 0.908, 0.982, 0.831;
    # 999-1004 at 0.884, 0.956, 0.798; 1017-1022 at 0.861, 0.959, 0.756; 1035-1040 at 0.901, 0.972,
    # 0.825: the 372 score micro 0.912, structured 0.977, prose 0.833. Then 1047-1052 at 0.914, 0.976,
    # 0.800; 1065-1070 at 0.922, 0.985, 0.779; 1083-1088 at 0.958, 0.997, 0.842: the 390 score micro
    # 0.914, structured 0.978, prose 0.834 (floors raised to 0.910 and 0.830).
    assert structured.f1 >= 0.97, [str(i) for i in structured.missed + structured.spurious]
    assert micro.f1 >= 0.910, [str(i) for i in micro.missed + micro.spurious]
    assert report.total(None, "prose").f1 >= 0.830
