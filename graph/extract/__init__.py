"""Fact extraction: a typed :class:`~graph.model.Article` in, :class:`~graph.facts.Facts` out.

Pure: no rdflib, no I/O. The extractors run in a fixed order because later ones use what earlier
ones learnt: the infobox teaches which names are organisations, the tables which are actors.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import Alias, Attribute, Facts
from ..model import Article
from ..normalize import loose_key, name_key, parse_money
from .awards import extract_awards
from .context import Context
from .events import extract_events
from .infobox import extract_infobox, register_names
from .lifetimes import extract_lifetimes
from .merge import merge
from .participants import extract_participants, extract_unparted_stars
from .cast import extract_prose_cast
from .companies import extract_prose_companies
from .company_services import extract_company_services
from .crew import extract_prose_crew, extract_titled_crew, sets_as_production_design
from .prose import credit_sections, extract_lead, extract_prose_credits
from .releases import extract_releases
from .reviews import extract_reviews
from .tables import extract_tables


def extract(article: Article) -> Facts:
    """All facts of ``article``, merged; each fact carries the evidence it was read from."""
    label = article.display_title
    ctx = Context(article=article, facts=Facts(title=article.title, label=label))
    register_names(ctx)
    extract_infobox(ctx)
    extract_tables(ctx)
    extract_lead(ctx)
    extract_prose_credits(ctx)
    sections = credit_sections(ctx)
    extract_prose_crew(ctx, sections)
    credit_ids = {id(s) for s in sections}
    extract_titled_crew(ctx, [s for s in ctx.article.walk() if id(s) not in credit_ids
                              and not any(w in s.path_label.casefold() for w in lexicon.NARRATIVE_SECTIONS)])
    sets_as_production_design(ctx)
    extract_prose_companies(ctx, sections)
    extract_company_services(ctx, [s for s in ctx.article.walk()
                                   if not any(w in s.path_label.casefold() for w in lexicon.NARRATIVE_SECTIONS)])
    extract_prose_cast(ctx)
    extract_participants(ctx)
    extract_unparted_stars(ctx)
    extract_releases(ctx)
    extract_awards(ctx)
    extract_reviews(ctx)
    extract_events(ctx)
    extract_lifetimes(ctx)
    _money(ctx)
    _aliases(ctx)
    return merge(ctx.facts)


_ABOUT = r"(?:about |around |roughly |approximately |nearly |almost |some |just |over |more than |an estimated |a total of |a modest |a mere )?"
_MONEY = (r"(?P<m>(?:[$€£¥₩₹₽]|US\$|Rs\.?\s?|DM\s?|[A-Z]{3}\s?)\d\S*(?:\s+(?:million|billion|crore|lakh))?"
          r"|\S+\s+(?:million|billion|crore)\s+(?:dollars|euros|pounds|yen|roubles|rubles|lire|francs|marks|rupees))")
# "a budget of about DM 3 million (roughly US$1.75 million)": the words after the verb are handed to
# parse_money whole, so a currency after the amount and a dollar figure beside it are read too
_BUDGET = re.compile(rf"\bbudget (?:of|was|estimated at|came to|totall?ed)\s+{_ABOUT}(?P<m>[^;]{{1,80}})")
_GROSS = re.compile(rf"\bgross(?:ed|ing)?\s+{_ABOUT}(?P<m>[^;]{{1,80}})")
# "grossed $17.5 million in the United States and Canada and roughly $46.7 million worldwide": the
# worldwide figure is the film's box office (but "the first release to pass $100 million worldwide" is
# a threshold, not a gross: a gross verb must come first)
_WORLDWIDE = re.compile(rf"(?<![-\w])(?:gross(?:ed|ing)?|earn(?:ed|ing)|took(?: in)?|taking|collected)\b[^.;]{{0,100}}?"
                        rf"{_ABOUT}{_MONEY}\s+(?:worldwide|globally|around the world|in total)")
# Weaker forms, read only when no sentence has the plain ones: "Made for about $18 million",
# "The production cost about $120 million"; "it earned about $52 million in North America".
_BUDGET_ALSO = re.compile(rf"(?:\b(?:[Mm]ade|[Pp]roduced|[Ss]hot) (?:for|on)|\bcost) {_ABOUT}{_MONEY}")
_GROSS_ALSO = re.compile(
    rf"\b(?:earned|earning|took(?: in)?|taking|made|collected|brought in|reached) {_ABOUT}{_MONEY}\s+(?:in|at|from|around|across|"
    r"during)\s+(?:the\s+)?(?:North America|world|box office|worldwide|United States|domestic|international|"
    r"(?:[\w-]+\s+)?box office|its (?:original )?(?:theatrical )?run)")


def _money(ctx: Context) -> None:
    """Budget and box office stated in prose, when the infobox does not give them."""
    for name, patterns in (("budget", (_BUDGET, _BUDGET_ALSO)), ("box office", (_WORLDWIDE, _GROSS, _GROSS_ALSO))):
        for pattern in patterns:
            for section, sentence in ctx.sentences():
                if ctx.facts.values(name):
                    break
                m = pattern.search(sentence.text)
                money = _opening_money(m.group("m")) if m else None
                if money:
                    ctx.facts.attributes.append(
                        Attribute(name, money, ctx.sentence_evidence(section, sentence)))


def _opening_money(words: str):
    """The amount that opens ``words``, or the dollar figure beside it ("DM 3 million (roughly
    US$1.75 million)"); None when the words open with something else ("a budget of the sequel's
    size, $5 million" is not this film's budget)."""
    money = parse_money(words)
    if not money:
        return None
    before = words[:words.find(money.text)]
    return money if len(before) <= 3 or re.fullmatch(r"[^()]{1,30}\(\s*[\w.~ ]*", before) else None


def _aliases(ctx: Context) -> None:
    """Other spellings of character names in the plot ("Deedee" for "Dee-Dee")."""
    characters = {loose_key(p.character): p.character for p in ctx.facts.performances if p.character}
    seen = set()
    plot = [s for s in ctx.article.walk() if re.search(r"plot|synopsis", s.title, re.I)]
    for section, sentence in ctx.sentences(plot):
        for word in re.findall(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", sentence.text):
            for candidate in (word, word.split()[0]):
                character = characters.get(loose_key(candidate))
                if character and name_key(candidate) != name_key(character) and (character, candidate) not in seen:
                    seen.add((character, candidate))
                    ctx.facts.aliases.append(
                        Alias(character, candidate, ctx.sentence_evidence(section, sentence)))
