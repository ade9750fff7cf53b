"""Fixed pools of names for the synthetic corpus, and a skewed (Zipf-Mandelbrot) sampler.

Input: a seed. Output: :class:`Pools`, holding ~3,000 people, ~300 companies, publications,
award bodies and festivals, each with samplers that favour a few "prolific" entries so that the
same people and studios recur across many films, as they do in a real archive. The pools do not
depend on how many films are generated, so ``generate(10)`` is a prefix of ``generate(100)``.
"""

from __future__ import annotations

import bisect
import itertools
import random

FIRST = """Ada Adrian Alice Amara Anders Anna Arjun Aurelio Beatriz Bruno Camille Carmen Chiara Clara
Daniel Dario Elena Elias Emil Emma Esther Felix Freya Gabriel Greta Hana Hugo Ines Isaac Ivan Jonas
Julia Kai Kenji Lars Laura Leila Leon Lucia Luis Maja Marco Maria Mateo Maya Mika Nadia Nina Noah
Olga Omar Oscar Paula Pierre Priya Rafael Rosa Ruth Sami Sara Simon Sofia Tomas Una Vera Victor
Yara Yusuf Zoë José Renée Anne-Marie Jean-Luc""".split()
LAST = """Abara Alvarez Andersen Arndt Baker Bellini Berg Blanco Brandt Carver Castillo Chen Costa
Dahl Delacroix Dubois Eriksen Ferrari Fischer Fontaine Garnier Greco Hale Hartmann Holm Ibarra Ito
Jensen Kaplan Keller Kimura Kowalski Lambert Larsen Lindqvist Marchetti Moreau Morgan Nakamura
Novak Okafor Olsen Park Pereira Quinn Rahman Reyes Richter Rossi Sato Schulz Silva Sorensen Tanaka
Thorne Varga Vogel Wagner Walsh Weber Yamada Zeller García Müller O'Brien Núñez""".split()
# A few surnames with a particle, which the prose name pattern must carry across ("Pieter van Dijk").
PARTICLED = ["van Dijk", "de Souza", "von Arx", "da Rocha", "van der Berg"]
INITIALS = "ABCDEFGHJKLMNPRSTW"

STUDIO_HEADS = """Amber Arclight Aurora Bluebird Bright Cinder Cobalt Copper Crescent Crimson Eastgate
Ember Falcon Fjord Gilded Granite Harbor Helix Horizon Indigo Iron Juniper Kestrel Lantern Lighthouse
Lumen Maple Meridian Monarch Northlight Oak Onyx Paragon Pinewood Quarry Redwood Riverside Saffron
Silverline Solstice Stonebridge Summit Tidewater Vantage Willow Zenith""".split()
STUDIO_TAILS = ["Pictures", "Films", "Studios", "Entertainment", "Productions", "Media",
                "Film Partners", "Releasing", "Distribution", "Cinema"]

PAPER_HEADS = ["The Daily", "The Evening", "The Morning", "The Sunday", "The Weekly", "The"]
PAPER_TAILS = ["Planet", "Ledger", "Herald", "Courier", "Sentinel", "Gazette", "Chronicle",
               "Observer", "Tribune", "Dispatch", "Clarion", "Standard"]
MAGAZINES = ["Film Weekly", "Screen Digest", "Reel Journal", "Cinema Quarterly", "Sight Lines",
             "Frame Rate Magazine", "The Projectionist", "Moving Image Review"]
AWARD_BODIES = ["Golden Reel Awards", "Aurora Film Awards", "Critics Circle Awards",
                "National Board of Cinema Awards", "Silver Lens Awards", "Continental Film Awards",
                "Independent Spirit of Cinema Awards", "Screen Guild Awards"]
FESTIVALS = ["Lisbon International Film Festival", "Northern Lights Film Festival",
             "Harbour City Film Festival", "Alpine Film Festival", "Sundown Film Festival",
             "Riviera International Film Festival", "Pacific Rim Film Festival"]

# Country -> (demonym used in the lead, languages, budget currency).
COUNTRIES = {
    "United States": ("American", ["English"], "$"), "United Kingdom": ("British", ["English"], "£"),
    "France": ("French", ["French"], "€"), "Germany": ("German", ["German"], "€"),
    "Italy": ("Italian", ["Italian"], "€"), "Spain": ("Spanish", ["Spanish"], "€"),
    "Japan": ("Japanese", ["Japanese"], "¥"), "South Korea": ("South Korean", ["Korean"], "₩"),
    "Canada": ("Canadian", ["English", "French"], "CA$"), "Australia": ("Australian", ["English"], "A$"),
    "India": ("Indian", ["Hindi"], "₹"), "Sweden": ("Swedish", ["Swedish"], "SEK"),
    "Brazil": ("Brazilian", ["Portuguese"], "R$"), "Denmark": ("Danish", ["Danish"], "€"),
}
# Weighted towards the countries that dominate a real archive.
COUNTRY_WEIGHTS = [30, 10, 10, 6, 5, 4, 8, 4, 3, 3, 4, 2, 2, 2]
# Title vocabulary: combined under a few patterns into far more than 10k distinct titles.
TITLE_ADJ = """Silent Hidden Last Broken Golden Distant Burning Quiet Endless Crimson Pale Wild Lost
Bitter Secret Hollow Northern Frozen Restless Gentle Savage Fading Iron Silver Electric Lonely
Midnight Summer Winter Autumn Scarlet Sleeping Forgotten Wandering Velvet Glass Paper Stone Shallow
Rising Falling Second Little Great Dark Bright Empty Sacred Borrowed""".split()
TITLE_NOUN = """Harbor River Garden Road Mirror Kingdom Station Orchard Winter Horizon Lantern Tide
Frontier Island Shadow Letter Promise Season Crossing Machine Witness Daughter Stranger Border
Empire Lighthouse Voyage Silence Memory Hunter Circus Ballad Storm Valley Bridge Theory Signal
Country Mountain Hotel Window Forest Desert Ocean Carnival Archive Orbit Monument Covenant""".split()
TITLE_PLACE = """Paris Lisbon Tangier Kyoto Berlin Havana Marseille Oslo Naples Seville Osaka Prague
Vienna Dakar Lagos Cairo Manila Hanoi Odessa Trieste Bergen Galway Tbilisi Porto Valparaíso""".split()


class Skewed:
    """Draw items with probability proportional to ``1 / (rank + q) ** s``.

    A Zipf-Mandelbrot law: ``q`` flattens the head so the most prolific person is in a few
    percent of films rather than in half of them; ``s`` sets how fast the tail thins out.
    """

    def __init__(self, items: list[str], rng: random.Random, s: float = 1.1, q: float = 12.0):
        self.items = list(items)
        rng.shuffle(self.items)  # a different ranking per role group: star actors are not star editors
        self.cum = list(itertools.accumulate(1.0 / (k + q) ** s for k in range(1, len(items) + 1)))

    def one(self, rng: random.Random) -> str:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]

    def distinct(self, rng: random.Random, k: int, exclude: set[str] = frozenset()) -> list[str]:
        """``k`` different items, none in ``exclude``; order is draw order (billing order)."""
        chosen: list[str] = []
        while len(chosen) < k:
            item = self.one(rng)
            if item not in chosen and item not in exclude:
                chosen.append(item)
        return chosen


def _people(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct full names; ~10% carry a middle initial, a few a surname particle."""
    names: set[str] = set()
    while len(names) < count:
        first = rng.choice(FIRST)
        last = rng.choice(PARTICLED) if rng.random() < 0.02 else rng.choice(LAST)
        middle = f" {rng.choice(INITIALS)}." if rng.random() < 0.1 else ""
        names.add(f"{first}{middle} {last}")
    return sorted(names)


class Pools:
    """Everything a synthetic film draws its names from; built deterministically from ``seed``."""

    def __init__(self, seed: int = 0, people: int = 3000, studios: int = 300):
        rng = random.Random(f"pools-{seed}")
        self.people = _people(rng, people)
        combos = [f"{h} {t}" for h in STUDIO_HEADS for t in STUDIO_TAILS]
        self.studios = sorted(rng.sample(combos, min(studios, len(combos))))
        self.papers = [f"{h} {t}" for h in PAPER_HEADS for t in PAPER_TAILS] + MAGAZINES
        # One ranking per role group; the same person can still act in one film and direct another.
        self.cast = Skewed(self.people, rng, s=1.0, q=60)
        self.direction = Skewed(self.people, rng, s=1.0, q=20)
        self.crew = Skewed(self.people, rng, s=1.0, q=20)
        self.producers = Skewed(self.people, rng, s=1.0, q=20)
        self.critics = Skewed(rng.sample(self.people, len(self.people) // 10), rng, s=1.0, q=3)
        self.companies = Skewed(self.studios, rng, s=1.0, q=10)
        self.publications = Skewed(self.papers, rng, s=0.9, q=2)
