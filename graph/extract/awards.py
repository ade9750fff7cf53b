"""Award outcomes stated in prose: wins, nominations, selections, declined awards.

A sentence is read as a list of *categories* ("Best Director", "Outstanding British Film", "the
Golden Bear", "Grand Jury Prize: World Cinema Documentary") and *award bodies* ("the 2002 César
Awards", "the 81st Academy Awards", "the 72nd ceremony", "the Oscars"). Each category takes

* its body: the one named right after it ("... at the Independent Spirit Awards"), else the last
  one named before it in the sentence, else the one the paragraph was last talking about;
* its outcome: the nearest cue before it, read backwards ("won four of them: A, B" is won,
  "was also nominated for A" is nominated, "did not win" is nominated);
* its year: the body's own ("the 2002 César Awards", "the 79th Academy Awards in February 2007"),
  else the nearest year before it in the sentence, else the paragraph's year moved by phrases like
  "a year later" or "the same year";
* its recipients: "Best Director for Lind", "Best Sound (Teo Brae and Cora Vey)", or the
  person the clause is about ("Lind was named Best Director", "Vey received a nomination").

Short mentions of people resolve to the full names the article already gave them.
"""

from __future__ import annotations

import re

from ..facts import AwardOutcome
from ..normalize import name_key
from .award_patterns import (
    _DAY_DATE,
    _FILM_CATEGORY,
    _FOR_WHICH,
    _ITEM,
    _NOMINATED_CLAUSE,
    _PRIZE_FOR,
    _QUALIFIER, _QUALIFIER_KIND,
    _RESPECTIVELY,
    _SHARED_WITH,
    _SONG, _SONG_PAREN,
    _cue_before,
    _loose_years,
    _relative_year,
    _day_year,
    _suffix,
    _year_after,
    _year_before,
)
from .award_prizes import lower_case_prizes, standalone_prizes
from .award_bodies import Body, _attached_body, _is_item, _bodies, _bodies_listed_after, _bodies_listed_before, _body_before, _body_ending_list, _prize_body
from .award_nominees import bare_nominations
from .award_people import (
    _ACTING,
    _PICTURE,
    _craft_people,
    _crew_subject,
    _gapped_recipient,
    _people,
    _pair_up,
    _possessive_nominee,
    _recipients_after,
    _subject,
    _subject_text,
)
from .award_crafts import craft_honours
from .award_forms import _best_of, _fixed_forms, _registries
from .context import Context
from .names import clean, split_names


# Between a category and a second verb of the same subject: a time, "and", adverbs ("X won A in
# 2019 and later received B"); after a comma only with a time that moves on ("X won A in January
# 2023, and a few weeks later received B"): a bare ", and" may open a clause about the film
_SAME_SUBJECT = re.compile(r"(?:\s+(?:in|on)\s+(?:(?:early|late|mid)\s+)?[\w ]{0,20}?\d{4})?(?:\s+and\s+"
                           r"(?:(?:also|then|later|subsequently)\s+)*|,\s+and\s+(?:a\s+few|two|three|several)\s+"
                           r"(?:days|weeks|months)\s+later\s+)")

def extract_awards(ctx: Context) -> None:
    """Add the award outcomes stated in the prose of the article to ``ctx.facts``."""
    for section in ctx.article.walk():
        if re.search(r"plot|synopsis|cast", section.path_label, re.I):
            continue
        person = None
        for paragraph in section.paragraphs:
            # "She did, however, win the Golden Globe ..." opening a paragraph means the person
            # the last paragraph's award went to; the ceremony and year start afresh
            state = {"body": None, "year": None, "person": person}
            for sentence in paragraph.sentences:
                if sentence.start in ctx.consumed:
                    continue
                evidence = ctx.sentence_evidence(section, sentence)
                before = dict(state)  # the body and year carried into this sentence
                found = _fixed_forms(sentence.text)
                if found:
                    state["year"] = next((o.year for o in found if o.year), state["year"])
                else:
                    carried = state["body"]
                    found = _read_sentence(ctx, sentence.text, state, lead=section is ctx.article.lead)
                    found += bare_nominations(ctx, sentence.text, carried)
                found += _best_of(ctx, sentence.text) + _registries(sentence.text)
                found += craft_honours(ctx, sentence.text, state)
                found += standalone_prizes(ctx, sentence.text, before) if "the " in sentence.text else []
                if re.search(r" (?:awards?|prizes?) (?:at|for (?:the )?best) ", sentence.text):
                    found += lower_case_prizes(ctx, sentence.text)
                for outcome in found:
                    outcome.evidence.append(evidence)
                    for person in outcome.recipients:
                        ctx.names.add(person, "person")
                    ctx.facts.awards.append(outcome)
            person = state["person"]


def _competed(outcome: str, cue: str, body: str) -> str:
    """``outcome``, but "competed for the Palme d'Or" at a festival is a selection (the gold
    format's "in competition"), and "nominated" at any other body."""
    if outcome == "nominated" and re.match(r"(?:competed|competing|in competition|vying)\b", cue) \
            and re.search(r"Festival|Biennale|Berlinale", body):
        return "selected"
    return outcome


def _read_sentence(ctx: Context, text: str, state: dict, lead: bool) -> list[AwardOutcome]:
    # Keep offsets: blank out clauses whose cue words would mislead ("for which it was nominated").
    scan = _NOMINATED_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    carried: Body | None = state["body"]
    bodies = _bodies(scan, carried)
    # "the most Golden Globes ever won": a body's name is no category
    items = [m for m in _ITEM.finditer(scan) if _is_item(scan, m)
             and not any(b.start <= m.start() < b.end or b.start <= m.start(m.lastgroup) and m.end() <= b.end
                         for b in bodies)]
    if not items:
        # "It received eleven nominations at the 23rd Academy Awards, held on March 29, 1951."
        # names no category, but the next sentences' categories belong to that ceremony.
        named = [b for b in bodies if b.name != (carried.name if carried else None) or b.year]
        # "At the 48th Annie Awards, it led the field.": an opening ceremony is the next sentences' too
        opening = named and (named[0].edition or named[0].year) and re.search(r"\b[Aa]t\s+(?:the\s+)?$", scan[:named[0].start])
        if named and (opening or _cue_before(scan, len(scan)) is not None):
            dated = [b for b in named if b.year or b.edition]
            # the ceremony itself, not a later mention of its prizes ("the most Golden Globes")
            chosen = dated[-1] if dated and dated[-1].name == named[-1].name else named[-1]
            state["body"] = chosen
            state["year"] = chosen.year or state["year"]
        return []
    explicit_years = _loose_years(scan)
    relative = _relative_year(scan, state["year"]) if not explicit_years else None
    # (start, end, category): "the Silver Shell for Best Actor" is one category.
    spans: list[tuple[int, int, str]] = []
    for m in items:
        if spans and m.start() < spans[-1][1]:
            continue
        category = re.sub(r"^the\s+", "", clean(m.group("cat") or m.group("prize")))
        end = m.end()
        if re.match(r"\s+(?:of\s+all\s+time|ever\s+made)\b", scan[end:]):
            continue  # "named it the best British film of all time": a poll's ranking, no prize
        prize_for = _PRIZE_FOR.match(scan, end) if m.group("prize") else None
        if prize_for:
            category = f"{category} for {clean(prize_for.group('cat'))}"
            end = prize_for.end()
        spans.append((m.start(), end, category))
    found: list[AwardOutcome] = []
    previous_end, prior = 0, (0, [])  # prior: the last category's end and recipients
    for i, (start, end, category) in enumerate(spans):
        limit = spans[i + 1][0] if i + 1 < len(spans) else len(scan)
        # "four nominations: Meirelles for Best Director, ...": the first of a gapped list follows a colon
        colon = scan.rfind(":", 0, start) if not previous_end else -1
        gapped = _gapped_recipient(ctx, scan[previous_end or max(colon, 0):start], category) \
            if previous_end or colon >= 0 else []
        previous_end = end
        owner: list[str] = []
        song = _SONG.match(scan, end, limit) or _SONG_PAREN.match(scan, end, limit)
        if song:
            # "Best Original Song for "City of Stars" (A, B and C)": the song names the nomination
            category = f'{category} ("{song.group("song")}")'
            end = song.end()
            owner = _people(ctx, song.group("owner") or song.groupdict().get("writers") or "")
        qualifier = _QUALIFIER.match(scan, end, limit)
        if qualifier and (_QUALIFIER_KIND.search(qualifier.group("q")) or not _people(ctx, qualifier.group("q"))) \
                and not ctx.names.ambiguous(qualifier.group("q").strip()):
            category = f"{category} ({qualifier.group('q').strip()})"
            end = qualifier.end()
        recipients, end = _recipients_after(ctx, scan, end, limit, category)
        recipients = recipients or owner  # "Best Original Song for Newman's "You've Got a Friend in Me""
        if not recipients and i + 1 < len(spans) and re.fullmatch(r"\s+and\s+", scan[end:spans[i + 1][0]]) \
                and re.match(r",?\s+for\b", scan[spans[i + 1][1]:]) and not _FILM_CATEGORY.match(category) \
                and _ACTING.search(category) == _ACTING.search(scan[spans[i + 1][0]:spans[i + 1][1]]):
            # "Best Director and Best Original Screenplay for Hazanavicius": both are his (but in
            # "Best Film and Best New Director for X" the first is the film's, and in "Best Director
            # and Best Actress for A and B" the actresses did not direct)
            recipients = _recipients_after(ctx, scan, spans[i + 1][1],
                                           spans[i + 2][0] if i + 2 < len(spans) else len(scan), category)[0]
        previous_end = end
        recipients = recipients or gapped
        # a prize that belongs to one body ("the Golden Bear", "a Peabody Award") is that body's,
        # whatever body the sentence named before it
        body = (_attached_body(scan, bodies, end, limit) or _prize_body(category, start) or _body_before(bodies, start)
                or _body_ending_list(scan, bodies, end))
        if body is not None and body.year is None:
            # "At the 2014 Golden Globe Awards it was nominated for the Golden Globe for X": the
            # prize's body keeps the year of the sentence's mention before
            body = next((b for b in reversed(bodies) if b.end <= start and b.name == body.name and b.year), body)
        if body is None and (re.match(r"(?:Best|Outstanding|Most)\b", category)
                             or re.search(r"\b(?:[Aa]t|[Dd]uring)\s+the\s+same\s+(?:festival|ceremony|event)\b", scan)):
            # Only a "Best ..." category takes the paragraph's body ("It was also nominated for
            # Best Sound"), or a prize "at the same festival"; a named prize without its body ("the
            # Nobel Prize") is not this film's.
            body = carried
        if body is None:
            continue
        named = re.match(r"(?P<prize>.+?) for (?P<rest>(?:Best|Outstanding|Most)\b.*)", category)
        if named and name_key(named.group("prize")) in name_key(body.name):
            category = named.group("rest")  # "the Golden Globe for Best Actress" at the Golden Globe Awards
        cue = _cue_before(scan, start)
        post = re.match(r"(?:\s+(?:prize|award|trophy))?(?:,\s+which)?\s+(?:was shared by|went\s+(?:jointly\s+)?to|"
                        r"was (?:jointly\s+)?(?:awarded|given|presented) to|was won by)\b", scan[spans[i][1]:])
        # "while Best Picture and Best Director went to Ordinary People and its director": both went elsewhere
        chained = re.match(r"\s+and\s+(?:the\s+)?(?:Best|Outstanding|Most)\b[^,;.]{0,40}?\s+went\s+to\s+(?P<who>[^,;.]+)",
                           scan[spans[i][1]:])
        # a prize that went elsewhere leaves a nomination; its nominee is the clause's own subject only
        # when a cue of this category stands between it and the last one ("B was in contention for X")
        elsewhere = False
        if recipients and post:
            # "took one award, Best Editing, which went to A. Shinde": the film's prize went to its
            # editor; "in contention for Best Actress, which went to B for Papicha" went elsewhere
            own = "which" in post.group(0) and cue is not None and cue[0] == "won" \
                and not re.match(r"\s+for\b", scan[end:])
            if "went to" in post.group(0) and not own and not all(ctx.names.known(r) for r in recipients):
                # "Best Director went to Pedro Ruiz for another film": someone else won it
                recipients, cue, elsewhere = [], ("nominated", cue[1] if cue else start), True
            else:
                cue = ("won", start)  # "Best Sound went to Polo and Hernández": this film's people won it
        if chained and not all(ctx.names.known(n) for n in split_names(chained.group("who"))):
            recipients, cue, elsewhere = [], ("nominated", cue[1] if cue else start), True
        elsewhere = elsewhere and (cue[1] < prior[0] or cue[1] == start)
        if cue is not None and re.match(r"\s+nominations?\b", scan[spans[i][1]:]):
            cue = ("nominated", cue[1])  # "and had a second Best Original Song nomination for"
        if cue is None:
            continue
        outcome, cue_start = cue
        if re.search(r"\b(?:not|never)\s+(?:\w+\s+)?$", scan[:cue_start]):
            continue  # "It was not nominated for the Academy Award for ...": no outcome at all
        named_after = _FOR_WHICH.match(scan, end, limit) if not recipients else None
        if named_after:
            recipients = _people(ctx, named_after.group("names"))
            outcome = "nominated" if named_after.group("nominated") else outcome
        separately = False
        if not recipients and not elsewhere:
            recipients = _possessive_nominee(ctx, scan[:start], category)
        if not recipients and prior[1] and _SAME_SUBJECT.fullmatch(scan[prior[0]:cue_start]):
            # "X was nominated for Best Actor and received the Rising Star Award", "X won A in
            # January 2023, and a few weeks later received B"
            recipients = list(prior[1])
        if not recipients and not elsewhere:
            recipients, separately = _subject(ctx, _subject_text(scan[:cue_start], state.get("person")), category)
            shared = _SHARED_WITH.match(scan, end, limit)
            if recipients and shared and re.search(r"\bshar(?:ed|ing)\b", scan[cue_start:start]):
                recipients = recipients + [p for p in _people(ctx, shared.group("names")) if p not in recipients]
            recipients = recipients or _crew_subject(ctx, scan[:cue_start]) or _craft_people(ctx, category, scan[:cue_start], scan[start:], body.name)
        year = body.year
        # "on February 24, 2008, at the 80th Academy Awards": a full date right before the ceremony is its day
        for held in _DAY_DATE.finditer(scan) if body is not carried and year is None else ():
            if any(b.name == body.name and re.fullmatch(r",?\s+(?:at|during)\s+(?:the\s+)?", scan[held.end():b.start])
                   for b in bodies):
                year = int(re.search(r"\d{4}", held.group(0)).group(0))
        if year is None and not lead:
            year = _year_before(explicit_years, start) or relative
            if year is None and body is carried and state["year"] is not None and not explicit_years:
                year = state["year"]
            if year is None:
                year = _year_after(explicit_years, end, limit)
            if year is None:
                # "one of four Golden Globes the film collected on February 28, 1951": a full date
                # names no ceremony year by itself, but is the only year the sentence gives
                year = _day_year(scan)
        for person in recipients:
            ctx.names.add(person, "person")  # "A, B and Mike Le Mare shared ..., and Le Mare was also nominated"
        # "won Best Supporting Actor at the Golden Globe Awards, the BAFTA Awards and the SAG Awards": one each
        listed = _bodies_listed_after(scan, bodies, body) if body is not carried else []
        # the bodies before one category share its date ("both the A Award and the B Award for X in 1997")
        sharing = [body] + (_bodies_listed_before(scan, bodies, body) if body is not carried
                            and re.fullmatch(r"\s+for\s+(?:the\s+)?", scan[body.end:start]) else [])
        for at in sharing + listed:
            ceremony = f"{at.edition}{_suffix(at.edition)} {at.name}" if at.edition else None
            for group in ([[r] for r in recipients] if separately and len(recipients) > 1 else [recipients]):
                # the Academy's picture prize is its producers'; another body's is the film's
                own = [] if at is not body and at.name != body.name and _PICTURE.match(category) else group
                found.append(AwardOutcome(award=at.name, outcome=_competed(outcome, scan[cue_start:start], at.name),
                                          # "a Peabody Award" at the Peabody Awards names no category
                                          category=None if name_key(category) + "s" == name_key(at.name) else category,
                                          year=year if at in sharing else at.year, ceremony=ceremony,
                                          edition=at.edition, recipients=list(own)))
        prior = (end, recipients)
        state["body"] = body
        if len(recipients) == 1:
            state["person"] = recipients[0]  # whom a later "he" or "she" means
        if year is not None:
            state["year"] = year
    _pair_up(found, bool(_RESPECTIVELY.search(scan)))
    if bodies and bodies[-1].end > max((s[1] for s in spans), default=0):
        # A ceremony named after the sentence's last prize is where the next sentence goes on
        # ("... the best film of 2018. It was selected ... at the 91st Academy Awards, held in
        # February 2019. Cuarón won Best Director").
        state["body"] = bodies[-1]
        state["year"] = bodies[-1].year or state["year"]
    return found
