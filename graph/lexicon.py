"""Extraction vocabulary as data: infobox keys, credit phrases, genres, demonyms, languages, media.

Nothing here names a particular film; these are the words film articles use in general. Keys are
lower-cased; the extractor looks words up after case folding.
"""

from __future__ import annotations

# Credit roles: key -> (label, the kind of agent the role takes).
ROLES: dict[str, tuple[str, str]] = {
    "director": ("director", "person"),
    "screenwriter": ("screenwriter", "person"),
    "story": ("story", "person"),
    "producer": ("producer", "person"),
    "executive producer": ("executive producer", "person"),
    "cinematographer": ("cinematographer", "person"),
    "editor": ("editor", "person"),
    "composer": ("composer", "person"),
    "character designer": ("character designer", "person"),
    "narrator": ("narrator", "person"),
    "starring": ("starring", "person"),
    "author": ("author", "person"),
    "illustrator": ("illustrator", "person"),
    "production company": ("production company", "organization"),
    "distributor": ("distributor", "organization"),
    "publisher": ("publisher", "organization"),
    "licensee": ("licensee", "organization"),
    "visual effects": ("visual effects", "any"),
    "special effects": ("special effects", "any"),
    "studio facility": ("studio facility", "organization"),
    "production designer": ("production designer", "person"),
    "set designer": ("set designer", "person"),
    "sound recordist": ("sound recordist", "person"),
    "sound mixer": ("sound mixer", "person"),
    "casting director": ("casting director", "person"),
    "makeup artist": ("makeup artist", "person"),
    "associate producer": ("associate producer", "person"),
    "lyricist": ("lyricist", "person"),
    "choreographer": ("choreographer", "person"),
    "art director": ("art director", "person"),
    "set decorator": ("set decorator", "person"),
    "sound designer": ("sound designer", "person"),
    "costume designer": ("costume designer", "person"),
    "animation director": ("animation director", "person"),
    "visual effects supervisor": ("visual effects supervisor", "person"),
    "sound editor": ("sound editor", "person"),
    "assistant director": ("assistant director", "person"),
    "script supervisor": ("script supervisor", "person"),
    "music supervisor": ("music supervisor", "person"),
    "key animator": ("key animator", "person"),
    "voice director": ("voice director", "person"),
    "songwriter": ("songwriter", "person"),
    "financier": ("financier", "organization"),
    "sales agent": ("sales agent", "organization"),
    "record label": ("record label", "organization"),
    "restorer": ("restorer", "organization"),
    "dubbing studio": ("dubbing studio", "organization"),
    "broadcaster": ("broadcaster", "organization"),
    "color designer": ("color designer", "person"), "singer": ("singer", "person"), "orchestrator": ("orchestrator", "person"),
    "title designer": ("title designer", "person"),
}

# Infobox keys (short and long Wikipedia spellings) -> a credit role or a film attribute.
INFOBOX_ROLES: dict[str, str] = {
    "director": "director", "directors": "director", "directed by": "director",
    "screenplay": "screenwriter", "screenplay by": "screenwriter", "written by": "screenwriter",
    "writer": "screenwriter", "writers": "screenwriter", "teleplay by": "screenwriter",
    "scenario": "screenwriter", "scenario by": "screenwriter",
    "adaptation": "screenwriter", "adaptation by": "screenwriter", "adapted by": "screenwriter",
    "story": "story", "story by": "story",
    "producer": "producer", "producers": "producer", "produced by": "producer",
    "executive producer": "executive producer", "executive producers": "executive producer",
    "starring": "starring", "narrated by": "narrator", "narrator": "narrator",
    "cinematography": "cinematographer", "cinematographer": "cinematographer",
    "editing": "editor", "edited by": "editor", "editor": "editor", "editors": "editor",
    "music": "composer", "music by": "composer", "composer": "composer",
    "studio": "production company", "studios": "production company",
    "production company": "production company", "production companies": "production company",
    "distributor": "distributor", "distributors": "distributor", "distributed by": "distributor",
    "production design": "production designer", "production designer": "production designer",
    "production design by": "production designer",
    "casting by": "casting director", "casting": "casting director",
    "makeup by": "makeup artist", "makeup artist": "makeup artist",
}
INFOBOX_ATTRIBUTES: dict[str, str] = {
    "released": "release", "release date": "release", "release dates": "release", "release": "release",
    "runtime": "runtime", "running time": "runtime",
    "country": "country", "countries": "country",
    "language": "language", "languages": "language",
    "budget": "budget", "box office": "box office", "gross": "box office",
    "based on": "based on",
}

# Prose: "<verb> by NAMES" and "<noun> by NAMES" -> role. "produced by" an organisation becomes
# a production company credit, "animation by" a person is not a crew role we model.
BY_PHRASES: dict[str, str] = {
    "directed": "director", "co-directed": "director",
    "written": "screenwriter", "co-written": "screenwriter", "scripted": "screenwriter",
    "screenplay": "screenwriter", "scenario": "screenwriter", "story": "story",
    "produced": "producer", "co-produced": "producer", "executive produced": "executive producer",
    "edited": "editor", "editing": "editor", "cut": "editor", "assembled": "editor", "orchestrated": "orchestrator", "orchestrations": "orchestrator",
    "photographed": "cinematographer", "cinematography": "cinematographer", "shot": "cinematographer", "camera work": "cinematographer", "camerawork": "cinematographer",
    "shooting": "cinematographer",
    "scored": "composer", "music": "composer", "composed": "composer", "score": "composer",
    "narrated": "narrator", "narration": "narrator",
    "character designs": "character designer", "character design": "character designer",
    "animation": "production company", "animated": "production company",
    "distributed": "distributor", "co-distributed": "distributor", "released": "distributor", "re-released": "distributor",
    "illustrated": "illustrator", "drawn": "illustrator",
    "pieces": "composer", "compositions": "composer", "sets": "set designer",
    "production design": "production designer", "visual effects": "visual effects", "digital effects": "visual effects",
    "special effects": "special effects", "casting": "casting director", "lyrics": "lyricist",
    "make-up": "makeup artist", "makeup": "makeup artist",
    "choreographed": "choreographer", "choreography": "choreographer", "art direction": "art director",
    "set decoration": "set decorator", "sound design": "sound designer", "costume design": "costume designer",
    "photography": "cinematographer", "principal photography": "cinematographer",
    "color design": "color designer", "colour design": "color designer",
    "visual effects supervision": "visual effects supervisor", "animation direction": "animation director",
    "distribution": "distributor", "release": "distributor", "edit": "editor", "costumes": "costume designer",
    "wardrobe": "costume designer", "titles": "title designer", "title sequence": "title designer",
}

# One of these words alone is the tail of a longer name ("Entertainment in Video"), never a company.
GENERIC_ORG_WORDS = frozenset({"Video", "Home", "Entertainment", "Media", "Pictures", "Films", "Studio", "Studios"})

# Words in an organisation's name that mark it as one.
ORG_WORDS = frozenset(
    """pictures picture studios studio films film entertainment media productions production
    company corporation corp inc ltd llc gmbh distribution distributors releasing animation
    network networks records video bros group television tv channel broadcasting international
    associates partners works workshop features classics cinema cinemas releasing
    publishing press magazine times post journal review reporter movie movies
    committee blog weekly daily gazette tribune herald chronicle telegraph observer monitor
    distribuzione distribución distribucion distribuidora distributie verleih filmverleih filmes
    filmes producciones produzioni filmproduktion produktion cine
    airlines airways shoten shobo shobō bank railway railways
    cinéma institute institut fund foundation fondation stiftung filmstiftung office agency council
    centre center lab labs laboratory laboratories collection archive archives kinemathek
    cinémathèque cinematheque orchestra philharmonic dubbing enterprises""".split()
)

GENRES = frozenset(
    """action adventure animated animation anime biographical biopic comedy crime disaster
    documentary drama dramedy epic erotic family fantasy horror musical mystery noir neo-noir
    parody romance romantic satire satirical slasher sports spy superhero supernatural
    suspense teen thriller war western silent historical period psychological political
    experimental independent mockumentary monster heist martial-arts cyberpunk dystopian
    post-apocalyptic coming-of-age""".split()
) | {
    "science fiction", "science-fiction", "black comedy", "dark comedy", "romantic comedy",
    "comedy drama", "comedy-drama", "romantic comedy-drama", "period drama", "period piece", "action comedy", "martial arts", "coming of age", "romantic drama",
    "psychological thriller", "crime drama", "war drama", "historical drama", "road movie",
    "stop-motion", "live-action", "computer-animated", "concert film", "short",
    "dark fantasy", "high fantasy", "urban fantasy", "body horror", "folk horror",
    "psychological horror", "space opera", "sword and sorcery", "found footage",
    "samurai", "jidaigeki", "chanbara", "wuxia", "kaiju", "giallo", "yakuza", "tokusatsu",
    # more of the common genre vocabulary of film descriptions
    "adult", "anthology", "omnibus", "absurdist", "surrealist", "surreal", "anti-war", "tragicomedy",
    "tragicomic", "tragedy", "melodrama", "farce", "screwball", "slapstick", "epistolary", "legal",
    "courtroom", "avant-garde", "art", "arthouse", "dance", "gothic", "autobiographical", "buddy",
    "zombie", "vampire", "ghost", "prison", "expressionist", "philosophical", "neorealist",
    "neorealism", "racing", "spaghetti western", "docufiction", "docudrama", "ethnographic", "essay",
    "nature", "music", "rockumentary", "road", "heist", "caper", "gangster", "detective", "whodunit",
    "procedural", "police procedural", "espionage", "swashbuckler", "survival", "creature", "disaster",
    "splatter", "exploitation", "sexploitation", "mumblecore", "stoner", "satirical", "social realist",
    "kitchen sink", "magical realist", "steampunk", "techno-thriller", "erotic thriller", "biopic",
    "costume", "children's", "fairy tale", "slice of life", "slice-of-life", "mecha", "kung fu",
    "neo-western", "revisionist western", "science fantasy", "sci-fi", "space western", "cutout",
    "hand-drawn", "claymation", "puppet", "rotoscoped", "comedy horror", "horror comedy", "spoof", "ghost story",
}

# Release media and release verbs.
MEDIA = ("Ultra HD Blu-ray", "Blu-ray Disc", "Blu-ray", "DVD", "VHS", "LaserDisc", "digital download",
         "video on demand", "4K")
RELEASE_VERBS = ("released", "opened", "premiered", "debuted", "screened", "aired", "broadcast",
                 "streamed", "began streaming", "distributed", "re-released", "reopened", "first shown", "was shown")
GLOBAL_WORDS = ("globally", "worldwide", "internationally", "around the world")

# Production-history sections and event phrases -> event kind.
PRODUCTION_SECTIONS = ("production", "development", "pre-production", "filming", "history",
                       "background", "casting", "post-production", "music")
EVENT_PHRASES: tuple[tuple[str, str], ...] = (
    (r"filed for bankruptcy|went bankrupt|declared bankruptcy", "bankruptcy"),
    (r"principal photography (?:began|started|commenced)|(?:filming|shooting) (?:began|started|commenced)|began (?:filming|shooting)", "filming start"),
    (r"principal photography (?:ended|wrapped|concluded)|(?:filming|shooting) (?:ended|wrapped|concluded)|wrapped", "filming end"),
    (r"was completed|were completed|completed (?:production|filming)", "completion"),
    (r"announced|revealed|unveiled", "announcement"),
)

# Sections whose prose is not about who made the film.
NARRATIVE_SECTIONS = ("plot", "synopsis", "story", "premise", "summary")
CAST_SECTIONS = ("cast", "voice cast", "starring", "cast and characters", "participants",
                 # a documentary's people: "Featured people", "Subjects", "Interviewees", "Appearances"
                 "featured people", "people featured", "subjects", "interviewees", "appearances", "featuring")
REVIEW_VERBS = ("rated", "gave", "wrote", "praised", "called", "described", "criticized",
                "criticised", "said", "noted", "awarded", "graded", "found", "concluded",
                "stated", "deemed", "considered", "lauded", "panned", "commended", "dismissed")

# Accolade table headers -> field.
ACCOLADE_COLUMNS: dict[str, str] = {
    "award": "award", "awards": "award", "ceremony": "award", "organization": "award",
    "association": "award", "festival": "award", "award / festival": "award",
    "date": "date", "date of ceremony": "date", "ceremony date": "date", "year": "date",
    "category": "category", "categories": "category",
    "recipient": "recipient", "recipients": "recipient", "recipient(s)": "recipient",
    "nominee": "recipient", "nominees": "recipient", "nominee(s)": "recipient",
    "recipient(s) and nominee(s)": "recipient",
    "result": "result", "results": "result", "outcome": "result",
}
OUTCOMES: dict[str, str] = {
    "won": "won", "win": "won", "winner": "won", "awarded": "won", "received": "won",
    "nominated": "nominated", "nomination": "nominated", "nominee": "nominated",
    "selected": "selected", "selection": "selected", "official selection": "selected",
    "jury selection": "selected", "declined": "declined", "refused": "declined",
    "in competition": "selected",  # a festival's accolades row for a film that competed and won nothing
}
ACTOR_COLUMNS = frozenset({"actor", "actors", "cast", "cast member", "performer", "name",
                           "voice actor", "voice", "actress", "played by", "portrayed by"})
ROLE_COLUMNS = frozenset({"role", "roles", "character", "characters", "part"})

# Award bodies written by a short or informal name -> the name they are listed under.
AWARD_ALIASES: dict[str, str] = {
    "oscar": "Academy Awards", "oscars": "Academy Awards", "academy award": "Academy Awards",
    "bafta": "British Academy Film Awards", "baftas": "British Academy Film Awards",
    "bafta awards": "British Academy Film Awards", "bafta film awards": "British Academy Film Awards",
    "golden globes": "Golden Globe Awards", "golden globe": "Golden Globe Awards",
    "césar": "César Awards", "césars": "César Awards", "cesar awards": "César Awards",
    "goya": "Goya Awards", "goyas": "Goya Awards", "berlinale": "Berlin International Film Festival",
    "fespaco": "FESPACO", "panafrican film and television festival of ouagadougou": "FESPACO",
    "pan-african film and television festival of ouagadougou": "FESPACO",
    "cannes": "Cannes Film Festival", "emmys": "Emmy Awards", "annies": "Annie Awards",
    # festivals under their official names, whichever the article writes
    "venice film festival": "Venice International Film Festival",
    "berlin film festival": "Berlin International Film Festival",
    "toronto film festival": "Toronto International Film Festival",
    "san sebastián film festival": "San Sebastián International Film Festival",
    "san sebastian film festival": "San Sebastián International Film Festival",
    "karlovy vary film festival": "Karlovy Vary International Film Festival",
    "tokyo film festival": "Tokyo International Film Festival",
    "busan film festival": "Busan International Film Festival",
    # Italian prizes written without "awards"
    "nastro d'argento": "Nastro d'Argento", "nastro d’argento": "Nastro d'Argento", "nastri d'argento": "Nastro d'Argento",
    "david di donatello": "David di Donatello",
}
# Words that say how an award went, in the order a sentence is read backwards from a category.
AWARD_CUES: tuple[tuple[str, str], ...] = (
    (r"did not win|didn[’']t win|failed to win|without winning|lost(?: out)?(?: to)?|losing|"
     r"beat (?:[\w.'’-]+ ){1,3}?for", "nominated"),  # "Mankiewicz beat Wilder for": Wilder lost
    (r"nominated|nominations?|nominees?|short-?listed|(?:the |its )?(?:[\w-]+ )?short-?list|up for|competed for|competing for|in competition for|vying for|"
     r"contended for|in contention (?:there )?for|in the running (?:there )?for", "nominated"),
    (r"declined|refused|turned down|rejected", "declined"),
    # "three nominations but no wins": no win
    (r"won|(?<!\bno )wins?|winning|took(?: home)?|taking|received|receiving|earned|earning|collected|"
     # "shared by" after a category names its nominees as well as its winners ("a nomination for Best
     # Production Design, shared by A and B"): only "was shared by" says it was won
     r"picked up|(?:was |were )?named|(?:was |were )voted|(?:was |were )?awarded|shared(?! by)|(?:was|were) shared by|sharing|claimed|scooped|"
     r"garnered|honou?red (?:it|the film) with|(?:was |were )?honou?red (?:with|as|for)|gave (?:it|the film)|gave [\w.'’ -]{2,40}? (?:its|their) (?:award|prize)|"
     # "The British Academy Film Awards gave Coppola Best Direction"
     r"gave (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}(?=\s*$| (?-i:Best|Outstanding)\b)|"
     # "chose it as its submission for the Academy Award": an entry, not a prize
     r"chose (?:it|the film)(?! as (?:its|the country's|[A-Z]\w+['’]s) (?:official )?(?:submission|entry))|"
     # "it was given the Human Values Award"
     r"(?:was|were) given|"
     r"accepted|went home with|came away with|walked away with|carried off|(?:was |were )?(?:the |a )?winners? of", "won"),
)
# Named sections and sidebars of film festivals, read as selections when a sentence names one before
# its festival ("premiered in the Directors' Fortnight of the 2016 Cannes Film Festival").
FESTIVAL_SECTIONS = ("Directors' Fortnight", "Directors’ Fortnight", "Critics' Week", "Critics’ Week",
                     "Film Critics' Week", "Film Critics’ Week", "Un Certain Regard", "Cannes Classics",
                     "Cannes Première", "Panorama", "Forum", "Generation", "Berlinale Special", "Orizzonti",
                     "Horizons", "Venice Days", "Giornate degli Autori", "Venice Classics", "Platform",
                     "Special Presentations", "Contemporary World Cinema", "Midnight Madness", "Wavelengths",
                     "Discovery", "Masters", "Spotlight", "Premieres", "NEXT", "Horizontes Latinos",
                     "New Directors", "Zabaltegi", "Perlak", "Filmmakers of the Present", "Piazza Grande")
# Phrases that date a sentence relative to the one before it -> years to add.
RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    (r"\b(?:a|one) year later\b|\bthe (?:following|next) year\b", 1),
    (r"\b(?:a|one) year (?:earlier|before)\b|\bthe (?:previous|preceding) year\b", -1),
    (r"\bthe same (?:year|month|night|evening|ceremony)\b|\bthat (?:same )?(?:year|month)\b|"
     r"\blater that (?:year|month)\b|\bearlier that (?:year|month)\b", 0),
)
# Verbs of a critic's sentence (beyond REVIEW_VERBS) when the critic is named with a publication.
MORE_REVIEW_VERBS = ("argued", "thought", "felt", "saw", "warned", "observed", "remarked",
                     "suggested", "singled", "complained", "declared", "claimed", "compared",
                     "admired", "applauded", "celebrated", "hailed", "enjoyed", "liked",
                     "disliked", "labelled", "labeled", "judged", "opined", "summarized",
                     "summarised", "highlighted", "urged", "questioned", "welcomed", "likened",
                     "recommended", "wished", "faulted", "described", "rated", "gave", "calls",
                     "writes", "says", "argues", "finds", "was", "is", "predicted", "included", "defended",
                     "championed", "dismissed", "panned", "lauded", "commended")
# Prizes named like bodies ("the People's Choice Award for Best Director") that are prizes of the
# ceremony a sentence names (the European Film Awards' audience prize, BAFTA's named awards).
SUB_PRIZES = frozenset({"people's choice award", "people’s choice award", "david lean award", "anthony asquith award",
                        "carl foreman award", "alexander korda award"})
# Named prizes that belong to one award body, for sentences that name only the prize.
PRIZE_BODIES: dict[str, str] = {
    "palme d'or": "Cannes Film Festival", "palme d’or": "Cannes Film Festival",
    "golden lion": "Venice International Film Festival", "silver lion": "Venice International Film Festival",
    "volpi cup": "Venice International Film Festival", "golden bear": "Berlin International Film Festival",
    "silver bear": "Berlin International Film Festival", "golden leopard": "Locarno Film Festival",
    "golden shell": "San Sebastián International Film Festival",
    "gold hugo": "Chicago International Film Festival", "golden globe": "Golden Globe Awards",
    "golden osella": "Venice International Film Festival",
    # prizes that are their own bodies' names in the singular
    "european film award": "European Film Awards", "peabody award": "Peabody Awards",
    "independent spirit award": "Independent Spirit Awards",
}
# A festival's main competition by the prize it is for: a film "in competition at Cannes" is
# selected for the Palme d'Or (keyed by the first words of the festival's name, lower-cased).
COMPETITION_PRIZES: dict[str, str] = {
    "cannes": "Palme d'Or", "venice": "Golden Lion", "berlin": "Golden Bear", "berlinale": "Golden Bear",
    "locarno": "Golden Leopard", "san sebastián": "Golden Shell", "san sebastian": "Golden Shell",
    "moscow": "Golden St. George", "karlovy vary": "Crystal Globe",
}

# Titles, ranks and honorifics that may stand before a character's name ("Sergeant J. T. Sanborn",
# "Dr. Atsuko Chiba"); lower-cased, without a full stop.
TITLES = frozenset("""mr mrs ms miss dr doctor prof professor sir dame lord lady king queen prince princess
sergeant sgt specialist private corporal lieutenant lt colonel col captain capt major general admiral
commander officer detective inspector agent warden judge father mother sister brother uncle aunt
reverend rev chief mayor governor senator commissioner sheriff deputy""".split())
