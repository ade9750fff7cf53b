"""Prose patterns of the extractor, sentence in -> facts out.

Every case puts its sentences in one section of a small invented article (people and companies
made up for the purpose) and compares the facts of one kind that the prose adds with the expected
set. Negative cases expect nothing: the patterns must not fire on text that merely looks similar.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.parser import parse_article

INFOBOX = """- Directed by: Ada Quill, Bo Quill
- Screenplay by: Ada Quill, Ivo van Dorn
- Based on: The Lamp by Teo Brae
- Produced by: Ben Hart
- Starring: Cleo Marsh, Dev Rana, Mara Lind
- Music by: Ivo Lark
- Production company: Kite Pictures
- Release dates: 2001-04-02 (France)
- Language: French
"""
LEAD = "Paper Lanterns is a 2001 French drama film directed by Ada Quill."


def article(section: str, text: str, infobox: str = INFOBOX, extra: str = "") -> str:
    return (f"= Paper Lanterns (film) =\n\nPaper Lanterns\n{infobox}\n{LEAD}\n\n{extra}"
            f"=={section}==\n{text}\n")


def facts(section: str, text: str, **kw):
    return extract(parse_article(article(section, text, **kw), "case.txt"))


def prose(items):
    return [x for x in items if any(e.kind == "prose" and e.section != "Lead" for e in x.evidence)]


def read(performances):
    """The performances the article's body gives, without the infobox's billed stars that no
    sentence gives a part (each of those is a performance without a character)."""
    return [p for p in performances if not all(e.kind == "infobox" for e in p.evidence)]


def awards(section, text, **kw):
    return {(a.award, a.category, a.year, a.outcome, tuple(a.recipients)) for a in prose(facts(section, text, **kw).awards)}


def reviews(section, text, **kw):
    return {(r.critic, r.publication, r.rating) for r in prose(facts(section, text, **kw).reviews)}


def cast(section, text, **kw):
    return {(p.performer, p.character, p.language) for p in prose(facts(section, text, **kw).performances)}


def credits(section, text, **kw):
    return {(c.agent, c.role) for c in prose(facts(section, text, **kw).credits)}


def releases(section, text, **kw):
    return {(r.date.iso, tuple(r.regions), r.venue) for r in prose(facts(section, text, **kw).releases)}


AWARD_CASES = [
    # selections without a category: "the main slate of", "part of the official selection of", "the closing film of",
    # "entered in the feature competition of", "competed at"
    ("In the autumn it was selected for the main slate of the 1994 New York Film Festival.",
     {("New York Film Festival", None, 1994, "selected", ())}),
    ("It was also part of the official selection of the Busan International Film Festival in 2010.",
     {("Busan International Film Festival", None, 2010, "selected", ())}),
    ("A few weeks later it was chosen as the closing film of the Busan International Film Festival.",
     {("Busan International Film Festival", None, None, "selected", ())}),
    ("In October 2005 the film was entered in the feature competition of the Hawaii International Film Festival.",
     {("Hawaii International Film Festival", None, 2005, "selected", ())}),
    ("Paper Lanterns competed at the Montreal World Film Festival, where Marsh was named best actress.",
     {("Montreal World Film Festival", None, None, "selected", ()),
      ("Montreal World Film Festival", "Best Actress", None, "won", ("Cleo Marsh",))}),
    # out of competition "in the official selection of" a festival; "was later an official selection of"
    ("It was presented out of competition in the official selection of the 2008 Cannes Film Festival and was later an "
     "official selection of the Toronto International Film Festival.",
     {("Cannes Film Festival", None, 2008, "selected", ()), ("Toronto International Film Festival", None, None, "selected", ())}),
    # a festival section after the date of the premiere; a known section's numbered strand; a section
    # "that runs alongside" its festival
    ("Paper Lanterns had its premiere in May 2012 in the Directors' Fortnight at the Cannes Film Festival.",
     {("Cannes Film Festival", "Directors' Fortnight", 2012, "selected", ())}),
    ("It was then shown in the Generation 14plus section of the Berlin International Film Festival in February 2009.",
     {("Berlin International Film Festival", "Generation 14plus", 2009, "selected", ())}),
    ("It had its world premiere in May 2013 in the Directors' Fortnight, the independent section that runs alongside "
     "the Cannes Film Festival.", {("Cannes Film Festival", "Directors' Fortnight", 2013, "selected", ())}),
    # a prize named as its ceremony, then its month; "selected to compete for" a named prize; FESPACO in full
    ("The film received fifteen nominations at the 34th Japan Academy Prize in February 2011, including Best Picture "
     "and Best Director for Ben Hart.",
     {("Japan Academy Prize", "Best Picture", 2011, "nominated", ()),
      ("Japan Academy Prize", "Best Director", 2011, "nominated", ("Ben Hart",))}),
    ("It was selected to compete for the Grand Prix at the 1953 Cannes Film Festival.",
     {("Cannes Film Festival", "Grand Prix", 1953, "selected", ())}),
    ("At the 16th Panafrican Film and Television Festival of Ouagadougou (FESPACO) in 1999, Ben Hart won the award for "
     "Best Editing.", {("FESPACO", "Best Editing", 1999, "won", ("Ben Hart",))}),
    # a bare prize named by what it honours; a lower-case prize "for best film at" a festival, its
    # subject's; a list of bodies "by A, by B and by C"
    ("The same year it won the Prize for Social Progress at the Karlovy Vary International Film Festival.",
     {("Karlovy Vary International Film Festival", "Prize for Social Progress", None, "won", ())}),
    ("It won the award for best film at the Valdivia International Film Festival in 2004.",
     {("Valdivia International Film Festival", "Best Film", 2004, "won", ())}),
    ("Marsh won the award for the best young performer at the Critics' Choice Movie Awards.",
     {("Critics' Choice Movie Awards", "Best Young Performer", None, "won", ("Cleo Marsh",))}),
    ("In 1978 it was voted best picture by the New York Film Critics Circle, by the National Society of Film Critics "
     "and by the National Board of Review.",
     {("New York Film Critics Circle", "Best Picture", 1978, "won", ()), ("National Board of Review", "Best Picture", 1978, "won", ()),
      ("National Society of Film Critics", "Best Picture", 1978, "won", ())}),
    # a body's list of the year's best films, the body before the verb or after "by"
    ("The National Board of Review included it among its top ten films of 2015.",
     {("National Board of Review", "Top Ten Films", 2015, "won", ())}),
    ("Paper Lanterns was named one of the top ten independent films of 2015 by the National Board of Review.",
     {("National Board of Review", "Top Ten Independent Films", 2015, "won", ())}),
    ("The film spent several weeks in the top ten at the Japanese box office.", set()),
    # the film given a body's award, the year after it; "had given" a person one
    ("The National Board of Review gave Paper Lanterns its Best Film award for 2013.",
     {("National Board of Review", "Best Film", 2013, "won", ())}),
    ("Earlier, the National Board of Review had given Hart its Best Original Screenplay award for 2017.",
     {("National Board of Review", "Best Original Screenplay", 2017, "won", ("Ben Hart",))}),
    # a festival's programme named right after "selected for": a selection without a category
    ("It was shown at Cannes in May 1995 and was then selected for the 1995 New York Film Festival.",
     {("New York Film Festival", None, 1995, "selected", ())}),
    ("It was selected for the Directors' Fortnight at the 2004 Cannes Film Festival.",
     {("Cannes Film Festival", "Directors' Fortnight", 2004, "selected", ())}),
    ("Later in 2009 it was given the Human Values Award at the Thessaloniki International Film Festival.",
     {("Thessaloniki International Film Festival", "Human Values Award", 2009, "won", ())}),
    # a country's entry is no nomination; an entry's ceremony still dates the nomination after it
    ("The Best Film win made it Israel's submission for the Academy Award for Best Foreign Language Film.", set()),
    ("Selected as Denmark's entry for the 86th Academy Awards, it was nominated for Best Foreign Language Film in 2014.",
     {("Academy Awards", "Best Foreign Language Film", 2014, "nominated", ())}),
    # another film of the director's wins its own prizes
    ("His next film, The Glass Hour, won the Academy Award for Best Foreign Language Film, and he then returned to "
     "this story.", set()),
    # a known section without "the"; out of competition; a bare selection beside the section it repeats
    ("Paper Lanterns was presented in Un Certain Regard at the 2011 Cannes Film Festival in May.",
     {("Cannes Film Festival", "Un Certain Regard", 2011, "selected", ())}),
    ("The film had its first screenings in the Directors' Fortnight at the 2000 Cannes Film Festival.",
     {("Cannes Film Festival", "Directors' Fortnight", 2000, "selected", ())}),
    ("It was presented out of competition at the Cannes Film Festival in May 1990.",
     {("Cannes Film Festival", None, 1990, "selected", ())}),
    ("It premiered in the Midnight Screenings section of the 2016 Cannes Film Festival. It screened out of "
     "competition at Cannes and won prizes at home.", {("Cannes Film Festival", "Midnight Screenings", 2016, "selected", ())}),
    # "nominations but no wins"; "earned X the festival's <category> award"; a birthplace before a name
    ("The Golden Globe Awards in January 1976 brought two nominations but no wins: Best Motion Picture – Drama "
     "and Best Supporting Actor for Dev Rana.",
     {("Golden Globe Awards", "Best Motion Picture – Drama", 1976, "nominated", ()),
      ("Golden Globe Awards", "Best Supporting Actor", 1976, "nominated", ("Dev Rana",))}),
    ("Entered in competition at the 1997 Cannes Film Festival, the film earned Mara Lind the festival's Best "
     "Director award.", {("Cannes Film Festival", "Best Director", 1997, "won", ("Mara Lind",))}),
    ("The film was photographed by the Australian-born Tom Vey. At the 34th Golden Horse Awards in 1997, Vey won "
     "Best Cinematography.",
     {("Golden Horse Awards", "Best Cinematography", 1997, "won", ("Tom Vey",))}),
    # "honoured as", "named a nominee for"; the Academy's picture prize copied to no other body
    ("At the 2001 César Awards, Cleo Marsh was named Best Actress, Dev Rana was honoured as Best Supporting Actor, "
     "and Mara Lind was named a nominee for Best Supporting Actress.",
     {("César Awards", "Best Actress", 2001, "won", ("Cleo Marsh",)),
      ("César Awards", "Best Supporting Actor", 2001, "won", ("Dev Rana",)),
      ("César Awards", "Best Supporting Actress", 2001, "nominated", ("Mara Lind",))}),
    ("It went on to win Best Picture at the Academy Awards and the Golden Globe Awards.",
     {("Academy Awards", "Best Picture", None, "won", ("Ben Hart",)),
      ("Golden Globe Awards", "Best Picture", None, "won", ())}),
    # "<body> gave X <category>", and the next person with the verb left out; people in parentheses
    ("The British Academy Film Awards in 1980 gave Ada Quill Best Direction and Dev Rana Best Supporting Actor.",
     {("British Academy Film Awards", "Best Direction", 1980, "won", ("Ada Quill",)),
      ("British Academy Film Awards", "Best Supporting Actor", 1980, "won", ("Dev Rana",))}),
    ("The jury gave Ada Quill a standing ovation at the 2001 Berlin International Film Festival.", set()),
    ("At the 52nd Academy Awards it was nominated for Best Picture (shared by Ada Quill and Ben Hart).",
     {("Academy Awards", "Best Picture", None, "nominated", ("Ada Quill", "Ben Hart"))}),
    # a prize that "went jointly to" several people; the Academy's Best Picture is its producers'
    ("The film won two Oscars: Best Sound went jointly to Cleo Marsh and Dev Rana.",
     {("Academy Awards", "Best Sound", None, "won", ("Cleo Marsh", "Dev Rana"))}),
    ("At the 73rd Academy Awards it was nominated for Best Picture.",
     {("Academy Awards", "Best Picture", None, "nominated", ("Ben Hart",))}),
    ("The film competed for the Palme d'Or at the 1998 Cannes Film Festival. The Best Director prize went to Ben "
     "Hart, and Cleo Marsh was named Best Actor by the jury.",
     {("Cannes Film Festival", "Palme d'Or", 1998, "selected", ()),
      ("Cannes Film Festival", "Best Director", 1998, "won", ("Ben Hart",)),
      ("Cannes Film Festival", "Best Actor", 1998, "won", ("Cleo Marsh",))}),
    ("Year-end honours followed: the San Francisco Film Critics Circle gave it Best Picture and Best Screenplay "
     "(for Ben Hart).",
     {("San Francisco Film Critics Circle", "Best Picture", None, "won", ()),
      ("San Francisco Film Critics Circle", "Best Screenplay", None, "won", ("Ben Hart",))}),
    # a film-level category shares no recipient; pairs "respectively"; a prize that went to or was
    # awarded to someone; a work or performance standing for its maker
    ("The film earned nine nominations at the 30th Goya Awards in 2016, where it won Best Film and Best New "
     "Director for Ivo Lark.",
     {("Goya Awards", "Best Film", 2016, "won", ()), ("Goya Awards", "Best New Director", 2016, "won", ("Ivo Lark",))}),
    ("At the 6th Canadian Screen Awards, Cleo Marsh and Dev Rana were nominated for Best Lead Actress and Best "
     "Supporting Actor, respectively.",
     {("Canadian Screen Awards", "Best Lead Actress", None, "nominated", ("Cleo Marsh",)),
      ("Canadian Screen Awards", "Best Supporting Actor", None, "nominated", ("Dev Rana",))}),
    ("At the 2019 Africa Movie Academy Awards, Best Cinematography was awarded to Ivo Lark, and the Best Director "
     "prize went to Ben Hart.",
     {("Africa Movie Academy Awards", "Best Cinematography", 2019, "won", ("Ivo Lark",)),
      ("Africa Movie Academy Awards", "Best Director", 2019, "won", ("Ben Hart",))}),
    ("Cleo Marsh's performance as the widowed ferry pilot earned her a nomination for the BAFTA Award for Best "
     "Actress in a Leading Role.",
     {("British Academy Film Awards", "Best Actress in a Leading Role", None, "nominated", ("Cleo Marsh",))}),
    ("Its score, by Ivo Lark, won the Grammy Award for Best Score Soundtrack at the 2015 ceremony.",
     {("Grammy Awards", "Best Score Soundtrack", 2015, "won", ("Ivo Lark",))}),
    ("The film won three prizes at the David di Donatello Awards in 2004, including Best Producer for Ben Hart.",
     {("David di Donatello Awards", "Best Producer", 2004, "won", ("Ben Hart",))}),
    # "for X as Best ...", "with X nominated for", a work standing for its maker
    ("At the 71st Golden Globe Awards the film received nominations for Best Motion Picture – Drama and for Marsh "
     "as Best Actress – Motion Picture Drama. Lark's script also won the Writers Guild of America Award for Best "
     "Original Screenplay.",
     {("Golden Globe Awards", "Best Motion Picture – Drama", None, "nominated", ()),
      ("Golden Globe Awards", "Best Actress – Motion Picture Drama", None, "nominated", ("Cleo Marsh",)),
      ("Writers Guild of America Awards", "Best Original Screenplay", None, "won", ("Ivo Lark",))}),
    ("In January 1997 it was nominated at the Golden Globe Awards for Best Motion Picture – Drama, with Marsh "
     "nominated for Best Actress – Motion Picture Drama.",
     {("Golden Globe Awards", "Best Motion Picture – Drama", 1997, "nominated", ()),
      ("Golden Globe Awards", "Best Actress – Motion Picture Drama", 1997, "nominated", ("Cleo Marsh",))}),
    # a gapped list after a colon; a song named in parentheses with its writers; a cue inside
    # parentheses speaks of its own category only
    ("It received three nominations at the 76th Academy Awards in 2004: Lark for Best Director, Marsh for Best "
     "Adapted Screenplay and Rana for Best Film Editing.",
     {("Academy Awards", "Best Director", 2004, "nominated", ("Ivo Lark",)),
      ("Academy Awards", "Best Adapted Screenplay", 2004, "nominated", ("Cleo Marsh",)),
      ("Academy Awards", "Best Film Editing", 2004, "nominated", ("Dev Rana",))}),
    ("At the 86th Academy Awards in 2014 the film won one award: Lark took the Oscar for Best Original Screenplay. "
     "It was also nominated for Best Original Song (\"The Moon Song\", shared by Cleo Marsh and Dev Rana) and for "
     "Best Production Design (Teo Brae and Ben Hart).",
     {("Academy Awards", "Best Original Screenplay", 2014, "won", ("Ivo Lark",)),
      ("Academy Awards", 'Best Original Song ("The Moon Song")', 2014, "nominated", ("Cleo Marsh", "Dev Rana")),
      ("Academy Awards", "Best Production Design", 2014, "nominated", ("Teo Brae", "Ben Hart"))}),
    ("It received two nominations at the 37th César Awards in 2012: Best Film; Best Actor for both Cleo Marsh "
     "and Dev Rana. Marsh had already won Best Actor at the Lumière Awards in January 2012.",
     {("César Awards", "Best Film", 2012, "nominated", ()),
      ("César Awards", "Best Actor", 2012, "nominated", ("Cleo Marsh", "Dev Rana")),
      ("Lumière Awards", "Best Actor", 2012, "won", ("Cleo Marsh",))}),
    # A list after "won N of them", recipients after "for", surnames resolved, the subject of a clause.
    ("Paper Lanterns led the 2002 César Awards with nine nominations and won three of them: Best Film, "
     "Best Screenplay for van Dorn and Best Music for Ivo Lark; Cleo Marsh was nominated for Best Actress but lost.",
     {("César Awards", "Best Film", 2002, "won", ()),
      ("César Awards", "Best Screenplay", 2002, "won", ("Ivo van Dorn",)),
      ("César Awards", "Best Music", 2002, "won", ("Ivo Lark",)),
      ("César Awards", "Best Actress", 2002, "nominated", ("Cleo Marsh",))}),
    ("At the 2001 European Film Awards it won Best Film, and Marsh was named Best Actress.",
     {("European Film Awards", "Best Film", 2001, "won", ()),
      ("European Film Awards", "Best Actress", 2001, "won", ("Cleo Marsh",))}),
    # Recipients in parentheses; a ceremony named by its ordinal; "for which it was nominated".
    ("The film won all three Academy Awards for which it was nominated at the 74th ceremony in March 2002: "
     "Best Film Editing (Zed Orr); Best Sound (Ana Bell and Rui Sol); and Best Makeup for Lia Kern.",
     {("Academy Awards", "Best Film Editing", 2002, "won", ("Zed Orr",)),
      ("Academy Awards", "Best Sound", 2002, "won", ("Ana Bell", "Rui Sol")),
      ("Academy Awards", "Best Makeup", 2002, "won", ("Lia Kern",))}),
    # Each category takes the body named right after it; the year comes from earlier in the sentence.
    ("In February 2002 it won Outstanding British Film at the British Academy Film Awards and was named "
     "Best Documentary at the Independent Spirit Awards.",
     {("British Academy Film Awards", "Outstanding British Film", 2002, "won", ()),
      ("Independent Spirit Awards", "Best Documentary", 2002, "won", ())}),
    # Named prizes, "won both the A and the B".
    ("At the 2002 Sundance Film Festival the film won both the Grand Jury Prize: World Cinema Documentary "
     "and the World Cinema Audience Award: Documentary.",
     {("Sundance Film Festival", "Grand Jury Prize: World Cinema Documentary", 2002, "won", ()),
      ("Sundance Film Festival", "World Cinema Audience Award: Documentary", 2002, "won", ())}),
    ("In May 2002 it shared the Jury Prize at the 55th Cannes Film Festival with another film.",
     {("Cannes Film Festival", "Jury Prize", 2002, "won", ())}),
    # A nomination list after a dash; "did not win" does not turn the nominations into wins.
    ("It also received two nominations at the 2002 Academy Awards – Best Cinematography and Best Sound – "
     "but did not win either.",
     {("Academy Awards", "Best Cinematography", 2002, "nominated", ()),
      ("Academy Awards", "Best Sound", 2002, "nominated", ())}),
    # The body and year carry over to the next sentence of the paragraph.
    ("At the 74th Academy Awards in March 2002 the film won Best Cinematography. It was also nominated "
     "for Best Original Screenplay for van Dorn.",
     {("Academy Awards", "Best Cinematography", 2002, "won", ()),
      ("Academy Awards", "Best Original Screenplay", 2002, "nominated", ("Ivo van Dorn",))}),
    # "A year later", "the same year" move the paragraph's year.
    ("In February 2002 it won Best Film at the Goya Awards. A year later it won the Golden Lion.",
     {("Goya Awards", "Best Film", 2002, "won", ()),
      ("Venice International Film Festival", "Golden Lion", 2003, "won", ())}),
    # "were both nominated": one nomination each.
    ("At the British Academy Film Awards in 2003, Cleo Marsh and Mara Lind were both nominated for Best Actress.",
     {("British Academy Film Awards", "Best Actress", 2003, "nominated", ("Cleo Marsh",)),
      ("British Academy Film Awards", "Best Actress", 2003, "nominated", ("Mara Lind",))}),
    # A parenthesised qualifier of the category is not a recipient.
    ("The film received a nomination at the 30th Academy Awards, held in March 1958, for Best Art Direction "
     "(Black-and-White) for Lia Kern.",
     {("Academy Awards", "Best Art Direction (Black-and-White)", 1958, "nominated", ("Lia Kern",))}),
    ("Marsh declined the Best Actress award at the 2003 Goya Awards.",
     {("Goya Awards", "Best Actress", 2003, "declined", ("Cleo Marsh",))}),
    ("Later that year the New York Film Critics Circle named it the Best Foreign Language Film of 2001.",
     {("New York Film Critics Circle", "Best Foreign Language Film", 2001, "won", ())}),
    ("It won the Gold Hugo for Best Feature at the 2001 Chicago International Film Festival.",
     {("Chicago International Film Festival", "Gold Hugo for Best Feature", 2001, "won", ())}),
    # A gapped list of nominees; a subject before a comma; a ceremony carried from a sentence
    # that names no category; a prize named after its own body.
    ("At the 2002 César Awards, Marsh was nominated for Best Actress, Rana for Best Actor and "
     "Lind and Lark for Best Music.",
     {("César Awards", "Best Actress", 2002, "nominated", ("Cleo Marsh",)),
      ("César Awards", "Best Actor", 2002, "nominated", ("Dev Rana",)),
      ("César Awards", "Best Music", 2002, "nominated", ("Mara Lind", "Ivo Lark"))}),
    ("It received four nominations at the 27th César Awards, held in March 2002. Marsh, nominated for "
     "Best Actress, lost to a newcomer, and Ivo Lark accepted the award for Best Music.",
     {("César Awards", "Best Actress", 2002, "nominated", ("Cleo Marsh",)),
      ("César Awards", "Best Music", 2002, "won", ("Ivo Lark",))}),
    ("At the 2002 César Awards, Lark won Best Music, Marsh Best Actress and Rana Best Actor.",
     {("César Awards", "Best Music", 2002, "won", ("Ivo Lark",)),
      ("César Awards", "Best Actress", 2002, "won", ("Cleo Marsh",)),
      ("César Awards", "Best Actor", 2002, "won", ("Dev Rana",))}),
    ("Marsh won the Golden Globe for Best Actress at the 2002 Golden Globe Awards.",
     {("Golden Globe Awards", "Best Actress", 2002, "won", ("Cleo Marsh",))}),
    ("At the 2002 César Awards, Marsh was nominated for Best Actress, and she and Lark were nominated for "
     "Best Music.",
     {("César Awards", "Best Actress", 2002, "nominated", ("Cleo Marsh",)),
      ("César Awards", "Best Music", 2002, "nominated", ("Cleo Marsh", "Ivo Lark"))}),
    ("At the 2002 César Awards, Lark won Best Music, and he shared Best Sound with Rana.",
     {("César Awards", "Best Music", 2002, "won", ("Ivo Lark",)),
      ("César Awards", "Best Sound", 2002, "won", ("Ivo Lark", "Dev Rana"))}),
    ("At the 2002 César Awards, Rana's nomination for Best Actor ended in a loss.",
     {("César Awards", "Best Actor", 2002, "nominated", ("Dev Rana",))}),
    ("At the 2002 César Awards, Marsh and the composer Ivo Lark were nominated for Best Music.",
     {("César Awards", "Best Music", 2002, "nominated", ("Cleo Marsh", "Ivo Lark"))}),
    ("At the 2002 César Awards, Marsh won Best Actress. A year later, Marsh was again named Best Actress "
     "at the 2003 César Awards.",
     {("César Awards", "Best Actress", 2002, "won", ("Cleo Marsh",)),
      ("César Awards", "Best Actress", 2003, "won", ("Cleo Marsh",))}),
    ("At the 2002 César Awards, Marsh's performance earned her a nomination for Best Actress, and its music "
     "earned Lark a nomination for Best Music.",
     {("César Awards", "Best Actress", 2002, "nominated", ("Cleo Marsh",)),
      ("César Awards", "Best Music", 2002, "nominated", ("Ivo Lark",))}),
    ("At the 2002 César Awards, Nils Aven beat Rana for Best Actor.",
     {("César Awards", "Best Actor", 2002, "nominated", ("Dev Rana",))}),
    ("The 2002 César Awards named Cleo Marsh Best Actress.",
     {("César Awards", "Best Actress", 2002, "won", ("Cleo Marsh",))}),
    ("At the 2002 César Awards it was nominated for Best Sound, by Rana and Lark.",
     {("César Awards", "Best Sound", 2002, "nominated", ("Dev Rana", "Ivo Lark"))}),
    ("At the 2002 César Awards, Lind and Lark won Best Story and Screenplay, and Marsh won Best Actress and "
     "Rana Best Actor.",
     {("César Awards", "Best Story and Screenplay", 2002, "won", ("Mara Lind", "Ivo Lark")),
      ("César Awards", "Best Actress", 2002, "won", ("Cleo Marsh",)),
      ("César Awards", "Best Actor", 2002, "won", ("Dev Rana",))}),
    ("At the 2002 César Awards it won Best Music, shared by Lark and Rana, and was up for Best Sound, for "
     "which Cleo Marsh and Nils Aven were nominated.",
     {("César Awards", "Best Music", 2002, "won", ("Ivo Lark", "Dev Rana")),
      ("César Awards", "Best Sound", 2002, "nominated", ("Cleo Marsh", "Nils Aven"))}),
    ("At the 2002 César Awards, Marsh received the award for Best Actress and Rana the award for Best Actor. "
     "The prize for Best Sound went to Lark and Lind, and Best Music was shared by Cleo Marsh and Ivo Lark.",
     {("César Awards", "Best Actress", 2002, "won", ("Cleo Marsh",)),
      ("César Awards", "Best Actor", 2002, "won", ("Dev Rana",)),
      ("César Awards", "Best Sound", 2002, "won", ("Ivo Lark", "Mara Lind")),
      ("César Awards", "Best Music", 2002, "won", ("Cleo Marsh", "Ivo Lark"))}),
    ("At the 2002 César Awards the film was named Best Film, an award shared by Hart and Lind, although Best "
     "Director went to Pedro Ruiz for another film.",
     {("César Awards", "Best Film", 2002, "won", ("Ben Hart", "Mara Lind")),
      ("César Awards", "Best Director", 2002, "nominated", ())}),
    ("At the 2002 César Awards it won Best Director and Best Original Screenplay for Lind, and Rana and "
     "Lark's nomination for Best Sound went to another film.",
     {("César Awards", "Best Director", 2002, "won", ("Mara Lind",)),
      ("César Awards", "Best Original Screenplay", 2002, "won", ("Mara Lind",)),
      ("César Awards", "Best Sound", 2002, "nominated", ("Dev Rana", "Ivo Lark"))}),
    ("At the 2002 Independent Spirit Awards, held the day before the Oscars, Marsh won Best Female Lead.",
     {("Independent Spirit Awards", "Best Female Lead", 2002, "won", ("Cleo Marsh",))}),
    ("In 1999 the Library of Congress selected Paper Lanterns for the National Film Registry.",
     {("National Film Registry", None, 1999, "selected", ())}),
    # Critics' groups in lower case, and a second honour of the same sentence for a person
    ("The National Board of Review named it the best foreign-language film of 2001 and chose Marsh as "
     "the year's best actress.",
     {("National Board of Review", "Best Foreign-Language Film", 2001, "won", ()),
      ("National Board of Review", "Best Actress", 2001, "won", ("Cleo Marsh",))}),
    ("The Paris Film Critics Circle had already named it the best animated feature of 2001, and Lark's "
     "score won Best Music at the 2002 César Awards.",
     {("Paris Film Critics Circle", "Best Animated Feature", 2001, "won", ()),
      ("César Awards", "Best Music", 2002, "won", ("Ivo Lark",))}),
    # A full date is the year when nothing else gives one; a paragraph's "She" is the last one's person
    ("Marsh was nominated for Best Actress at the César Awards.\n\nShe did, however, win the Golden Globe "
     "for Best Actress – Drama, one of three Golden Globes the film collected on February 2, 2002.",
     {("César Awards", "Best Actress", None, "nominated", ("Cleo Marsh",)),
      ("Golden Globe Awards", "Best Actress – Drama", 2002, "won", ("Cleo Marsh",))}),
    ("Marsh received nominations from the Directors Guild of America and the Writers Guild of America.",
     {("Directors Guild of America", None, None, "nominated", ("Cleo Marsh",)),
      ("Writers Guild of America", None, None, "nominated", ("Cleo Marsh",))}),
    ("At the 22nd Academy Awards, held in 1950, the film received an honorary award as the most outstanding "
     "foreign-language film of the year.",
     {("Academy Awards", "Honorary Award (most outstanding foreign-language film of the year)", 1950, "won", ())}),
    ("At the 1989 Blue Ribbon Awards, the film was given a special award.",
     {("Blue Ribbon Awards", "Special Award", 1989, "won", ())}),
    ("The following year Marsh was nominated for the Academy Award for Best Actress.",
     {("Academy Awards", "Best Actress", None, "nominated", ("Cleo Marsh",))}),
    ("The film won the BAFTA Award for Best Film from any Source in 1950.",
     {("British Academy Film Awards", "Best Film from any Source", 1950, "won", ())}),
    ("In France the film won the Lumière Prize for Outstanding Foreign Language Film.",
     {("Lumière Prize", "Outstanding Foreign Language Film", None, "won", ())}),
    ("Rana, Lark and Ivo van Dorn shared a nomination for Best Sound at the 2002 César Awards, and van Dorn "
     "was also nominated for Best Editing.",
     {("César Awards", "Best Sound", 2002, "nominated", ("Dev Rana", "Ivo Lark", "Ivo van Dorn")),
      ("César Awards", "Best Editing", 2002, "nominated", ("Ivo van Dorn",))}),
    ("The Venice Film Festival gave Marsh its award for Best Actress. In Italy, Marsh was named Best Actress at "
     "the Nastro d'Argento awards.",
     {("Venice International Film Festival", "Best Actress", None, "won", ("Cleo Marsh",)),
      ("Nastro d'Argento Awards", "Best Actress", None, "won", ("Cleo Marsh",))}),
    # A song names its nomination; its writers follow in parentheses or "credited to"
    ("At the 2017 César Awards it took Best Original Song for \"City of Stars\", credited to Lark, Marsh and Rana, "
     "and had a second Best Original Song nomination for \"Audition\" (Lark, Marsh and Rana).",
     {("César Awards", 'Best Original Song ("City of Stars")', 2017, "won", ("Ivo Lark", "Cleo Marsh", "Dev Rana")),
      ("César Awards", 'Best Original Song ("Audition")', 2017, "nominated", ("Ivo Lark", "Cleo Marsh", "Dev Rana"))}),
    # The ceremony carries to the next sentence even when a later mention of its prizes follows it
    ("At the 74th Golden Globe Awards in January 2017, the film won all seven categories in which it was "
     "nominated, the most Golden Globes ever won by a single film. It took Best Director for Rana.",
     {("Golden Globe Awards", "Best Director", 2017, "won", ("Dev Rana",))}),
    ("It competed for the Golden Lion at the 75th Venice International Film Festival.",
     {("Venice International Film Festival", "Golden Lion", None, "selected", ())}),
    ("The Los Angeles Film Critics Association awarded Lark Best Music.",
     {("Los Angeles Film Critics Association", "Best Music", None, "won", ("Ivo Lark",))}),
    ("Marsh was honoured with the Volpi Cup for Best Actress at the 2001 Venice Film Festival.",
     {("Venice International Film Festival", "Volpi Cup for Best Actress", 2001, "won", ("Cleo Marsh",))}),
    ("France selected it as its entry for Best Foreign Language Film at the 2002 Academy Awards.",
     {("Academy Awards", "Best Foreign Language Film", 2002, "selected", ())}),
    ("Marsh was nominated for the BAFTA Award for Best Actress in a Leading Role and received the BAFTA Rising "
     "Star Award.",
     {("British Academy Film Awards", "Best Actress in a Leading Role", None, "nominated", ("Cleo Marsh",)),
      ("British Academy Film Awards", "BAFTA Rising Star Award", None, "won", ("Cleo Marsh",))}),
    ("At the 68th Academy Awards in 1996, Rana received a Special Achievement Award for his leadership of the team. "
     "The film was also nominated for Best Original Song for Lark's \"Friend in Me\".",
     {("Academy Awards", "Special Achievement Award", 1996, "won", ("Dev Rana",)),
      ("Academy Awards", 'Best Original Song ("Friend in Me")', 1996, "nominated", ("Ivo Lark",))}),
    ("At the 2001 Hong Kong Film Awards the film won Best Picture for producers Cleo Marsh and Dev Rana.",
     {("Hong Kong Film Awards", "Best Picture", 2001, "won", ("Cleo Marsh", "Dev Rana"))}),
    ("At the 2002 Golden Globe Awards, the film was nominated for Best Motion Picture – Drama, and both Marsh "
     "and Lind for Best Supporting Actress.",
     {("Golden Globe Awards", "Best Motion Picture – Drama", 2002, "nominated", ()),
      ("Golden Globe Awards", "Best Supporting Actress", 2002, "nominated", ("Cleo Marsh", "Mara Lind"))}),
    ("At Cannes in 2000, Marsh received the festival's Best Actress award.",
     {("Cannes Film Festival", "Best Actress", 2000, "won", ("Cleo Marsh",))}),
    ("It was also named best animated feature at the Annie Awards.",
     {("Annie Awards", "Best Animated Feature", None, "won", ())}),
    ("It was also the winner of the César Award for Best Foreign Film in 2001.",
     {("César Awards", "Best Foreign Film", 2001, "won", ())}),
    ("At the 2002 Independent Spirit Awards, the film won Best Feature, Best Director (Quill) and Best Screenplay "
     "(van Dorn).",
     {("Independent Spirit Awards", "Best Feature", 2002, "won", ()),
      ("Independent Spirit Awards", "Best Director", 2002, "won", ("Ada Quill", "Bo Quill")),
      ("Independent Spirit Awards", "Best Screenplay", 2002, "won", ("Ivo van Dorn",))}),
    ("The film won the Golden Globe Award for Best Foreign Language Film and was nominated for the Academy Award "
     "in the same category.",
     {("Golden Globe Awards", "Best Foreign Language Film", None, "won", ())}),
    ("The film earned Marsh the Silver Bear for Best Actress at the Berlin International Film Festival.",
     {("Berlin International Film Festival", "Silver Bear for Best Actress", None, "won", ("Cleo Marsh",))}),
    # Nothing: no award body, no outcome, or not a category.
    ("The film was selected as the French entry for Best Foreign Language Film.", set()),
    ("Best known for its score, the film was one of the best of 2001.", set()),
    ("Critics named it among the best films of the decade.", set()),
    ("At the 42nd Nordic Academy Film Prize in 2019 it won three awards, including Picture of the Year, Director of "
     "the Year for Ada Quill and a posthumous Best Supporting Actress award for Mara Lind.",
     {("Nordic Academy Film Prize", "Picture of the Year", 2019, "won", ()),
      ("Nordic Academy Film Prize", "Director of the Year", 2019, "won", ("Ada Quill",)),
      ("Nordic Academy Film Prize", "Best Supporting Actress", 2019, "won", ("Mara Lind",))}),
    ("In 2004 it won the César Award for Best European Union Film.",
     {("César Awards", "Best European Union Film", 2004, "won", ())}),
    ("It won the Grand Prize at the Cannes Film Festival.", {("Cannes Film Festival", "Grand Prize", None, "won", ())}),
    ("It went on to win the Golden Globe Award and the BAFTA Award for best foreign-language film.", set()),
    ("At the 74th Academy Awards in 2002, the film won Best Animated Feature, and its two screenwriters were "
     "nominated for Best Adapted Screenplay.", {("Academy Awards", "Best Animated Feature", 2002, "won", ()),
                                                ("Academy Awards", "Best Adapted Screenplay", 2002, "nominated",
                                                 ("Ada Quill", "Ivo van Dorn"))}),
    ("It was nominated for the Academy Award for Best Foreign Language Film and won eight prizes at the Nordic Academy "
     "Film Prize.", {("Academy Awards", "Best Foreign Language Film", None, "nominated", ())}),
    ("France chose it as its submission for the Academy Award for Best Foreign Language Film, but it was not nominated.",
     set()),
    ("At the 85th Academy Awards, Lark was nominated for Best Adapted Screenplay, and Rana and the set decorator Mara "
     "Lind for Best Production Design.", {("Academy Awards", "Best Adapted Screenplay", None, "nominated", ("Ivo Lark",)),
                                           ("Academy Awards", "Best Production Design", None, "nominated",
                                            ("Dev Rana", "Mara Lind"))}),
    ("At the 91st Academy Awards, the other nominations were for Best Production Design, shared by Cleo Marsh and Mara "
     "Lind, and for Best Sound Editing, by Dev Rana and Ivo Lark.",
     {("Academy Awards", "Best Production Design", None, "nominated", ("Cleo Marsh", "Mara Lind")),
      ("Academy Awards", "Best Sound Editing", None, "nominated", ("Dev Rana", "Ivo Lark"))}),
    ("At the 91st Academy Awards, the prize for Best Director was shared by Ivo Lark and Ben Hart.",
     {("Academy Awards", "Best Director", None, "won", ("Ivo Lark", "Ben Hart"))}),
    ("It was nominated for Best Animated Feature at the 86th Academy Awards in 2014, with Hart and Lark as nominees.",
     {("Academy Awards", "Best Animated Feature", 2014, "nominated", ("Ben Hart", "Ivo Lark"))}),
    ("At the 29th European Film Awards in December 2016 it won three awards: European Film, European Director for Ada "
     "Quill and European Actress for Mara Lind.",
     {("European Film Awards", "European Film", 2016, "won", ()),
      ("European Film Awards", "European Director", 2016, "won", ("Ada Quill",)),
      ("European Film Awards", "European Actress", 2016, "won", ("Mara Lind",))}),
    ("It went on to win the Academy Award for Best Documentary Feature at the 91st Academy Awards in 2019, which Ada "
     "Quill, Ben Hart and Ivo Lark received.",
     {("Academy Awards", "Best Documentary Feature", 2019, "won", ("Ada Quill", "Ben Hart", "Ivo Lark"))}),
    ("It won the Academy Award for Best Animated Feature at the 91st Academy Awards in 2019; the statuette was shared "
     "by Hart and Lark.", {("Academy Awards", "Best Animated Feature", 2019, "won", ("Ben Hart", "Ivo Lark"))}),
    ("At the 76th Academy Awards in 2004, it won the Oscar for Best Animated Feature, which Lark accepted.",
     {("Academy Awards", "Best Animated Feature", 2004, "won", ("Ivo Lark",))}),
    ("It earned ten nominations at the 45th César Awards, among them Best Film, Best Director and Best Actress for "
     "both Cleo Marsh and Mara Lind.",
     {("César Awards", "Best Film", None, "nominated", ()), ("César Awards", "Best Director", None, "nominated", ("Ada Quill", "Bo Quill")),
      ("César Awards", "Best Actress", None, "nominated", ("Cleo Marsh", "Mara Lind"))}),
    ("It was nominated for Best Film, Best Director and Best Actress at the 45th César Awards.",
     {("César Awards", "Best Film", None, "nominated", ()), ("César Awards", "Best Director", None, "nominated", ("Ada Quill", "Bo Quill")),
      ("César Awards", "Best Actress", None, "nominated", ())}),
    ("Ada Quill received the Directors Guild of America Award for Outstanding Directorial Achievement in a Feature Film.",
     {("Directors Guild of America Awards", "Outstanding Directorial Achievement in a Feature Film", None, "won",
       ("Ada Quill",))}),
    ("At the 52nd Academy Awards in 1980 it won the Oscar for Best Visual Effects, which was shared by Ben Hart and Dev Rana.",
     {("Academy Awards", "Best Visual Effects", 1980, "won", ("Ben Hart", "Dev Rana"))}),
    ("At the British Academy Film Awards Ben Hart won the award for Best Production Design, while Cleo Marsh was "
     "nominated for Most Promising Newcomer to Leading Film Roles and Mara Lind for Best Supporting Actress.",
     {("British Academy Film Awards", "Best Production Design", None, "won", ("Ben Hart",)),
      ("British Academy Film Awards", "Most Promising Newcomer to Leading Film Roles", None, "nominated", ("Cleo Marsh",)),
      ("British Academy Film Awards", "Best Supporting Actress", None, "nominated", ("Mara Lind",))}),
    ("The film swept the 25th European Film Awards, taking Best Film, Best Director and Best Actor for Dev Rana.",
     {("European Film Awards", "Best Film", None, "won", ()), ("European Film Awards", "Best Director", None, "won",
                                                               ("Ada Quill", "Bo Quill")),
      ("European Film Awards", "Best Actor", None, "won", ("Dev Rana",))}),
    ("At the 58th Academy Awards in 1986, Cleo Marsh won for Best Costume Design; Ada Quill was nominated for Best "
     "Director, the cinematographers Ben Hart, Dev Rana and Mara Lind for Best Cinematography.",
     {("Academy Awards", "Best Costume Design", 1986, "won", ("Cleo Marsh",)),
      ("Academy Awards", "Best Director", 1986, "nominated", ("Ada Quill",)),
      ("Academy Awards", "Best Cinematography", 1986, "nominated", ("Ben Hart", "Dev Rana", "Mara Lind"))}),
    ("At the 51st Golden Globe Awards it won Best Screenplay for Ivo van Dorn, while Cleo Marsh and Mara Lind were also "
     "nominated.", {("Golden Globe Awards", "Best Screenplay", None, "won", ("Ivo van Dorn",)),
                    ("Golden Globe Awards", None, None, "nominated", ("Cleo Marsh",)),
                    ("Golden Globe Awards", None, None, "nominated", ("Mara Lind",))}),
    ("At the Goya Awards Cleo Marsh was nominated for Best Actress, and Cleo Marsh was nominated as well.",
     {("Goya Awards", "Best Actress", None, "nominated", ("Cleo Marsh",))}),
    ("Cleo Marsh also won Best Supporting Actress at the Golden Globe Awards, the BAFTA Awards and the Screen Actors "
     "Guild Awards that season.",
     {("Golden Globe Awards", "Best Supporting Actress", None, "won", ("Cleo Marsh",)),
      ("British Academy Film Awards", "Best Supporting Actress", None, "won", ("Cleo Marsh",)),
      ("Screen Actors Guild Awards", "Best Supporting Actress", None, "won", ("Cleo Marsh",))}),
    ("In 1991 the Library of Congress selected Paper Lanterns Jr. for preservation in the United States National Film "
     "Registry.", {("National Film Registry", None, 1991, "selected", ())}),
    ("It won the Producers Guild of America Award for Outstanding Producer of Documentary Theatrical Motion Pictures in "
     "2019, an honour shared by Ben Hart and Dev Rana.",
     {("Producers Guild of America Awards", "Outstanding Producer of Documentary Theatrical Motion Pictures", None, "won",
       ("Ben Hart", "Dev Rana"))}),
    ("In November 2007 it was shortlisted, and on February 24, 2008, at the 80th Academy Awards, Ben Hart and Dev Rana "
     "won the Oscar for Best Documentary Feature.",
     {("Academy Awards", "Best Documentary Feature", 2008, "won", ("Ben Hart", "Dev Rana"))}),
    ("It was not nominated for the Academy Award for Best Documentary Feature, an omission that drew comment.", set()),
    ("It went on to win Best Film, Best Director and Best Screenwriter at the 2009 European Film Awards.",
     {("European Film Awards", "Best Film", 2009, "won", ()),
      ("European Film Awards", "Best Director", 2009, "won", ("Ada Quill", "Bo Quill")),
      ("European Film Awards", "Best Screenwriter", 2009, "won", ("Ada Quill", "Ivo van Dorn"))}),
    ("At the Golden Globe Awards, Cleo Marsh won Best Actress and the two writers shared the award for Best Screenplay.",
     {("Golden Globe Awards", "Best Actress", None, "won", ("Cleo Marsh",)),
      ("Golden Globe Awards", "Best Screenplay", None, "won", ("Ada Quill", "Ivo van Dorn"))}),
    ("At the Golden Globe Awards, the three writers shared the award for Best Screenplay.",
     {("Golden Globe Awards", "Best Screenplay", None, "won", ())}),
    ("Its screenwriters were nominated for the Goya Award for Best Original Screenplay.",
     {("Goya Awards", "Best Original Screenplay", None, "nominated", ("Ada Quill", "Ivo van Dorn"))}),
    # a month after a category is its date; a guild's category without "Best"; categories a body
    # "gave" or that "went to" people one by one
    ("Marsh won the Golden Globe Award for Best Actress in January 2023.",
     {("Golden Globe Awards", "Best Actress", 2023, "won", ("Cleo Marsh",))}),
    ("Ben Hart won the Writers Guild of America Award for Documentary Screenplay in February 2010.",
     {("Writers Guild of America Awards", "Documentary Screenplay", 2010, "won", ("Ben Hart",))}),
    ("In 1967 the New York Film Critics Circle gave its Best Actor prize to Rana.",
     {("New York Film Critics Circle", "Best Actor", 1967, "won", ("Dev Rana",))}),
    ("In December 2022 the Boston Society of Film Critics gave its awards for Best Actress to Marsh and Best "
     "Supporting Actor to Rana.",
     {("Boston Society of Film Critics", "Best Actress", 2022, "won", ("Cleo Marsh",)),
      ("Boston Society of Film Critics", "Best Supporting Actor", 2022, "won", ("Dev Rana",))}),
    # a festival's competition is a selection; a ceremony named after "at the" carries to the next
    # sentence; a category ending "and Make Up Design"
    ("It was then selected for the main competition at the Cannes Film Festival in May 1964.",
     {("Cannes Film Festival", "Palme d'Or", 1964, "selected", ())}),
    ("Paper Lanterns was shown in competition at the 1984 Cannes Film Festival, where Marsh won Best Actress.",
     {("Cannes Film Festival", "Palme d'Or", 1984, "selected", ()), ("Cannes Film Festival", "Best Actress", 1984, "won", ("Cleo Marsh",))}),
    ("The film dominated the technical categories at the 22nd Hong Kong Film Awards in 2003. Marsh received Best "
     "Costume and Make Up Design, and Rana took Best Action Choreography.",
     {("Hong Kong Film Awards", "Best Costume and Make Up Design", 2003, "won", ("Cleo Marsh",)),
      ("Hong Kong Film Awards", "Best Action Choreography", 2003, "won", ("Dev Rana",))}),
    # a ceremony that opens a sentence without a cue is the next sentence's; "held virtually in"
    ("At the 48th Annie Awards, held virtually in April 2021, Paper Lanterns led the independent field. It won "
     "Best Independent Feature; Cleo Marsh received Best Voice Acting in a Feature.",
     {("Annie Awards", "Best Independent Feature", 2021, "won", ()),
      ("Annie Awards", "Best Voice Acting in a Feature", 2021, "won", ("Cleo Marsh",))}),
    # the film's title for "it"; "gave X its award for"; "chose X as"; "voted it Best Film"; two bodies
    # that "both" named it; "A and B, which also named it": only B; the body after "at the"
    ("The National Board of Review named Paper Lanterns the best film of 2019 and gave Hart its award for Best "
     "Adapted Screenplay.",
     {("National Board of Review", "Best Film", 2019, "won", ()),
      ("National Board of Review", "Best Adapted Screenplay", 2019, "won", ("Ben Hart",))}),
    ("In 2019 the New York Film Critics Circle voted it Best Film and chose Rana as Best Supporting Actor.",
     {("New York Film Critics Circle", "Best Film", 2019, "won", ()),
      ("New York Film Critics Circle", "Best Supporting Actor", 2019, "won", ("Dev Rana",))}),
    ("Both the Los Angeles Film Critics Association and the National Board of Review named it the best documentary "
     "of 1999.", {("Los Angeles Film Critics Association", "Best Documentary", 1999, "won", ()),
                  ("National Board of Review", "Best Documentary", 1999, "won", ())}),
    ("Lark's score was honoured by the New York Film Critics Circle and the Los Angeles Film Critics Association, "
     "which also named the film the best foreign-language film of 1988.",
     {("Los Angeles Film Critics Association", "Best Foreign-Language Film", 1988, "won", ())}),
    ("In 1964 the Italian critics' Nastro d'Argento awards went to Lark for Best Score, to Hart for Best Producer "
     "and to Marsh for Best Actress.",
     {("Nastro d'Argento Awards", "Best Score", 1964, "won", ("Ivo Lark",)),
      ("Nastro d'Argento Awards", "Best Producer", 1964, "won", ("Ben Hart",)),
      ("Nastro d'Argento Awards", "Best Actress", 1964, "won", ("Cleo Marsh",))}),
    # "for X as Category": the person belongs to the category after them, not to the one before
    ("The film's five Oscar nominations in March 2023 were for Best Picture, for Hart as Best Director, "
     "for Marsh as Best Actress, for Rana in Best Supporting Actor and for Lark in Best Original Score.",
     {("Academy Awards", "Best Picture", 2023, "nominated", ("Ben Hart",)),
      ("Academy Awards", "Best Director", 2023, "nominated", ("Ben Hart",)),
      ("Academy Awards", "Best Actress", 2023, "nominated", ("Cleo Marsh",)),
      ("Academy Awards", "Best Supporting Actor", 2023, "nominated", ("Dev Rana",)),
      ("Academy Awards", "Best Original Score", 2023, "nominated", ("Ivo Lark",))}),
    ("At the 23rd Filmfare Awards in 1976, the film took only one award, Best Editing, which went to Zed Orr.",
     {("Filmfare Awards", "Best Editing", 1976, "won", ("Zed Orr",))}),
    # ... but a prize that went to someone else for another film leaves the clause's subject a nominee
    ("At the 45th César Awards in 2020 Lark was nominated for Best Original Music, and Mara Lind was in contention "
     "for Most Promising Actress, which went to Lyna Khoudri for Papicha.",
     {("César Awards", "Best Original Music", 2020, "nominated", ("Ivo Lark",)),
      ("César Awards", "Most Promising Actress", 2020, "nominated", ("Mara Lind",))}),
    ("At the 92nd Academy Awards in 2020, it was nominated for Best Picture, while both Rana and Marsh were "
     "nominated for Best Supporting Actor.",
     {("Academy Awards", "Best Picture", 2020, "nominated", ("Ben Hart",)),
      ("Academy Awards", "Best Supporting Actor", 2020, "nominated", ("Dev Rana",)),
      ("Academy Awards", "Best Supporting Actor", 2020, "nominated", ("Cleo Marsh",))}),
    # a gapped list of "X as Category"; "in the running for"; an adverb after "was"; a registry in
    # the same sentence as another award
    ("At the 49th Academy Awards in March 1977, the film was nominated for Best Picture but lost. Its other "
     "nominations were for Marsh as Best Actress, Rana as Best Supporting Actor and Lark for Best Original Score.",
     {("Academy Awards", "Best Picture", 1977, "nominated", ("Ben Hart",)),
      ("Academy Awards", "Best Actress", 1977, "nominated", ("Cleo Marsh",)),
      ("Academy Awards", "Best Supporting Actor", 1977, "nominated", ("Dev Rana",)),
      ("Academy Awards", "Best Original Score", 1977, "nominated", ("Ivo Lark",))}),
    ("The Golden Globe Awards gave Marsh Best Actress; the film was in the running for Best Motion Picture – Drama "
     "as well.", {("Golden Globe Awards", "Best Actress", None, "won", ("Cleo Marsh",)),
                  ("Golden Globe Awards", "Best Motion Picture – Drama", None, "nominated", ())}),
    ("Rana was posthumously named Best Actor at the British Academy Film Awards in 1978, and in 2000 the Library "
     "of Congress chose Paper Lanterns for preservation in the National Film Registry.",
     {("British Academy Film Awards", "Best Actor", 1978, "won", ("Dev Rana",)),
      ("National Film Registry", None, 2000, "selected", ())}),
    # "was a nominee for"; a song's writers after it; a long way from "received" to "nomination";
    # "in contention there for"; "through X, for"
    ("At the Golden Globe Awards in 1965, Marsh was named Best Actress, while Rana was a nominee for Best Actor.",
     {("Golden Globe Awards", "Best Actress", 1965, "won", ("Cleo Marsh",)),
      ("Golden Globe Awards", "Best Actor", 1965, "nominated", ("Dev Rana",))}),
    ('It was also up for two Golden Globe Awards in 2005: Best Actor for Rana, and Best Original Song for "Lamps", '
     'which was credited to Zed Orr and Lark.',
     {("Golden Globe Awards", "Best Actor", 2005, "nominated", ("Dev Rana",)),
      ("Golden Globe Awards", 'Best Original Song ("Lamps")', 2005, "nominated", ("Zed Orr", "Ivo Lark"))}),
    ("Rana also received a 2005 Screen Actors Guild Awards nomination for Outstanding Performance by a Male Actor in a "
     "Leading Role.", {("Screen Actors Guild Awards", "Outstanding Performance by a Male Actor in a Leading Role", 2005,
                        "nominated", ("Dev Rana",))}),
    ("At the 68th British Academy Film Awards in 2015, it won Best Film. It was also in contention there for Best "
     "Original Screenplay (Quill), for Best Editing (Lind) and, through Rana, for Best Supporting Actor.",
     {("British Academy Film Awards", "Best Film", 2015, "won", ()),
      ("British Academy Film Awards", "Best Original Screenplay", 2015, "nominated", ("Ada Quill",)),
      ("British Academy Film Awards", "Best Editing", 2015, "nominated", ("Mara Lind",)),
      ("British Academy Film Awards", "Best Supporting Actor", 2015, "nominated", ("Dev Rana",))}),
    # "the latter shared by"; "with producers A and B named on the nomination"; a proper adjective in
    # a critics' category
    ("At the 58th National Film Awards, the film won Best Feature Film and Best Child Artist, the latter shared by "
     "Zed Orr and Lia Kern.", {("National Film Awards", "Best Feature Film", None, "won", ()),
                              ("National Film Awards", "Best Child Artist", None, "won", ("Zed Orr", "Lia Kern"))}),
    ("It was nominated for the Producers Guild of America Award for Best Theatrical Motion Picture, with producers "
     "Zed Orr and Lia Kern named on the nomination.",
     {("Producers Guild of America Awards", "Best Theatrical Motion Picture", None, "nominated", ("Zed Orr", "Lia Kern"))}),
    ("The Toronto Film Critics Association named it the best Canadian film of the year.",
     {("Toronto Film Critics Association", "Best Canadian Film", None, "won", ())}),
    # "shown in the festival's official selection"; a named prize "at the
    # same festival"; "among the nominees for"; "was voted"
    ("It screened at the 2009 Cannes Film Festival, where it became the first stop-motion feature ever shown in the "
     "festival's official selection.", {("Cannes Film Festival", None, 2009, "selected", ())}),
    ("At the 2014 Cannes Film Festival it won the Palme d'Or. At the same festival the film also received the FIPRESCI "
     "Prize.", {("Cannes Film Festival", "Palme d'Or", 2014, "won", ()),
                ("Cannes Film Festival", "FIPRESCI Prize", 2014, "won", ())}),
    ("Later that year it was among the nominees for Best Film at the 27th European Film Awards, where it lost to Ida.",
     {("European Film Awards", "Best Film", None, "nominated", ())}),
    ("At the Empire Awards in 2005 it was voted Best British Film.", {("Empire Awards", "Best British Film", 2005, "won", ())}),
    # people and acting categories in pairs without "respectively"; "Best Picture and Best Director went
    # to <another film> and its director": nominations, no one's; "gave X its Best Actress prize";
    # "honoured X as"
    ("At the Golden Globe Awards in 1981, the film was nominated for Best Motion Picture – Drama, and Rana and Marsh "
     "were nominated for Best Supporting Actor and Best Supporting Actress.",
     {("Golden Globe Awards", "Best Motion Picture – Drama", 1981, "nominated", ()),
      ("Golden Globe Awards", "Best Supporting Actor", 1981, "nominated", ("Dev Rana",)),
      ("Golden Globe Awards", "Best Supporting Actress", 1981, "nominated", ("Cleo Marsh",))}),
    ("At the 53rd Academy Awards in 1981, Rana won Best Actor and Lind Best Film Editing, while Best Picture and "
     "Best Director went to Ordinary People and its director Robert Redford.",
     {("Academy Awards", "Best Actor", 1981, "won", ("Dev Rana",)),
      ("Academy Awards", "Best Film Editing", 1981, "won", ("Mara Lind",)),
      ("Academy Awards", "Best Picture", 1981, "nominated", ()),
      ("Academy Awards", "Best Director", 1981, "nominated", ())}),
    ("The New York Film Critics Circle named Paper Lanterns the Best Film of 2017 and gave Marsh its Best Actress "
     "prize, while the Los Angeles Film Critics Association honoured Rana as Best Supporting Actor.",
     {("New York Film Critics Circle", "Best Film", 2017, "won", ()),
      ("New York Film Critics Circle", "Best Actress", 2017, "won", ("Cleo Marsh",)),
      ("Los Angeles Film Critics Association", "Best Supporting Actor", 2017, "won", ("Dev Rana",))}),
    ("At the 1975 British Academy Film Awards, the film won Best Sound Track, for which Lark and Mara Lind were "
     "among the recipients.",
     {("British Academy Film Awards", "Best Sound Track", 1975, "won", ("Ivo Lark", "Mara Lind"))}),
    # a second body after "and by"; "and its Best Actor award to"; a named prize "gave X its ... Award";
    # a second honour with its verb left out
    ("The film was named best picture of the year by the National Board of Review and by the New York Film Critics "
     "Circle, which additionally gave its Best Actress award to Cleo Marsh and its Best Actor award to Dev Rana.",
     {("National Board of Review", "Best Picture", None, "won", ()),
      ("New York Film Critics Circle", "Best Picture", None, "won", ()),
      ("New York Film Critics Circle", "Best Actress", None, "won", ("Cleo Marsh",)),
      ("New York Film Critics Circle", "Best Actor", None, "won", ("Dev Rana",))}),
    ("In September 2019 the Toronto International Film Festival gave Dev Rana its inaugural Mary Pickford Award.",
     {("Toronto International Film Festival", "Mary Pickford Award", 2019, "won", ("Dev Rana",))}),
    ("The National Society of Film Critics named it the best film of 1967, and its members also voted Dev Rana best "
     "director and Cleo Marsh best actress.",
     {("National Society of Film Critics", "Best Film", 1967, "won", ()),
      ("National Society of Film Critics", "Best Director", 1967, "won", ("Dev Rana",)),
      ("National Society of Film Critics", "Best Actress", 1967, "won", ("Cleo Marsh",))}),
    # a festival's prize "competed for" is a selection (in competition); another body's is a nomination
    ("It competed for the Palme d'Or at the 2016 Cannes Film Festival.",
     {("Cannes Film Festival", "Palme d'Or", 2016, "selected", ())}),
    ("The film was one of the titles competing for the Golden Lion at the 56th Venice International Film Festival in "
     "1999.", {("Venice International Film Festival", "Golden Lion", 1999, "selected", ())}),
    ("It was nominated for the Palme d'Or at the 2016 Cannes Film Festival.",
     {("Cannes Film Festival", "Palme d'Or", 2016, "nominated", ())}),
    ("At the 2002 Academy Awards it competed for Best Picture.",
     {("Academy Awards", "Best Picture", 2002, "nominated", ("Ben Hart",))}),
    # a main competition is one for the festival's top prize, where that prize is known
    ("Paper Lanterns had its world premiere in competition at the 67th Cannes Film Festival on 16 May 2014.",
     {("Cannes Film Festival", "Palme d'Or", 2014, "selected", ())}),
    ("It went on to screen in competition at the Annecy International Animation Film Festival in June 2016.",
     {("Annecy International Animation Film Festival", None, 2016, "selected", ())}),
    # a festival's named section or sidebar is a selection with the section as its category
    ("Paper Lanterns premiered in the Un Certain Regard section of the 2016 Cannes Film Festival.",
     {("Cannes Film Festival", "Un Certain Regard", 2016, "selected", ())}),
    ("Paper Lanterns was selected for the Directors' Fortnight, a parallel section of the 2006 Cannes Film "
     "Festival, and was screened there on 21 May 2006.",
     {("Cannes Film Festival", "Directors' Fortnight", 2006, "selected", ())}),
    ("It became the first film of its country to open the International Film Critics' Week at the 2018 Venice "
     "Film Festival.", {("Venice International Film Festival", "International Film Critics' Week", 2018, "selected", ())}),
    ("It was shown in the Midnight Vision strand of the 2019 Toronto International Film Festival.",
     {("Toronto International Film Festival", "Midnight Vision", 2019, "selected", ())}),
    # a country between "screened in the" and the festival is no section
    ("It was screened in the United States at the 1999 New York Film Festival.", set()),
    # a festival that showed the film is no selection by itself (its premiere is a release event)
    ("October Films released it in New York in November 1996, after a screening at the New York Film Festival.", set()),
    # a critics' list: "honoured A as best C, B as best D and E for his craft"; the opening date is the prize's
    ("In January 1997 the National Society of Film Critics voted Paper Lanterns the best film of 1996 and honoured "
     "Hart as best director, Marsh as best actress and Rana for his cinematography.",
     {("National Society of Film Critics", "Best Film", 1997, "won", ()),
      ("National Society of Film Critics", "Best Director", 1997, "won", ("Ben Hart",)),
      ("National Society of Film Critics", "Best Actress", 1997, "won", ("Cleo Marsh",)),
      ("National Society of Film Critics", "Best Cinematography", 1997, "won", ("Dev Rana",))}),
    ("The New York Film Critics Circle also named Hart best director, Marsh best actress and Rana best "
     "cinematographer.",
     {("New York Film Critics Circle", "Best Director", None, "won", ("Ben Hart",)),
      ("New York Film Critics Circle", "Best Actress", None, "won", ("Cleo Marsh",)),
      ("New York Film Critics Circle", "Best Cinematographer", None, "won", ("Dev Rana",))}),
    # two prizes before one category share it and its year; a venue before a prize is no prize
    ("In Denmark, the film received both the Bodil Award and the Robert Award for Best Danish Film in 1997.",
     {("Bodil Awards", "Best Danish Film", 1997, "won", ()), ("Robert Awards", "Best Danish Film", 1997, "won", ())}),
    ("The film won the Grand Prix at the 1949 Cannes Film Festival and the BAFTA Award for Best British Film in 1950.",
     {("Cannes Film Festival", "Grand Prix", 1949, "won", ()),
      ("British Academy Film Awards", "Best British Film", 1950, "won", ())}),
    # "X's performance brought her nominations for the A and the B for C": X is the nominee at both
    ("Paper Lanterns won the Grand Prix at the 1996 Cannes Film Festival, and Marsh's performance brought her "
     "nominations for the Academy Award and the Golden Globe for Best Actress.",
     {("Cannes Film Festival", "Grand Prix", 1996, "won", ()),
      ("Academy Awards", "Best Actress", None, "nominated", ("Cleo Marsh",)),
      ("Golden Globe Awards", "Best Actress", None, "nominated", ("Cleo Marsh",))}),
    # a prize that is its own body, won by the film; a festival's prize named in an apposition
    ("It won the Prix Jean Vigo, a French award for young filmmakers, and was awarded the Tanit d'Or, the principal "
     "prize of the newly founded Carthage Film Festival.",
     {("Prix Jean Vigo", None, None, "won", ()), ("Carthage Film Festival", "Tanit d'Or", None, "won", ())}),
    # a prize that names its body in the singular is that body's, with no category, whatever body came before
    ("Paper Lanterns received the Peabody Award in 1985.", {("Peabody Awards", None, 1985, "won", ())}),
    ("It was nominated for the Academy Award for Best Documentary Feature and won the BAFTA Award for Best "
     "Documentary and a Peabody Award. At the César Awards it won Best Documentary Film, and it also won the "
     "European Film Award for Best Documentary.",
     {("Academy Awards", "Best Documentary Feature", None, "nominated", ()),
      ("British Academy Film Awards", "Best Documentary", None, "won", ()), ("Peabody Awards", None, None, "won", ()),
      ("César Awards", "Best Documentary Film", None, "won", ()),
      ("European Film Awards", "Best Documentary", None, "won", ())}),
    ("At the 1999 Academy Awards it was nominated for Best Foreign Language Film, having won the Golden Bear.",
     {("Academy Awards", "Best Foreign Language Film", 1999, "nominated", ()),
      ("Berlin International Film Festival", "Golden Bear", None, "won", ())}),
    # a festival's named prize in "d'Or" or "Grand"; "for best first feature" or "the top prize of" between the
    # prize and its festival; "carried off"; "was honoured for"
    ("It won the Caméra d'Or for best first feature at the 1995 Cannes Film Festival.",
     {("Cannes Film Festival", "Caméra d'Or", 1995, "won", ())}),
    ("In December 2007 it took the Grand Coral, the top prize of the Havana Film Festival.",
     {("Havana Film Festival", "Grand Coral", 2007, "won", ())}),
    ("It carried off the Golden Lion at the 1967 Venice Film Festival.",
     {("Venice International Film Festival", "Golden Lion", 1967, "won", ())}),
    ("At the 1965 Blue Ribbon Awards, Marsh received the prize for Best Supporting Actress and Lind was honoured for "
     "Best Cinematography.", {("Blue Ribbon Awards", "Best Supporting Actress", 1965, "won", ("Cleo Marsh",)),
                              ("Blue Ribbon Awards", "Best Cinematography", 1965, "won", ("Mara Lind",))}),
    # a body's prize won with no category, where the article names the category won there: said twice
    ("At the 31st Independent Spirit Awards in February 2016 Marsh won Best Supporting Female, becoming the first "
     "transgender performer to win an Independent Spirit Award.",
     {("Independent Spirit Awards", "Best Supporting Female", 2016, "won", ("Cleo Marsh",))}),
    ("It won the European Film Award in that category. In December 2017 it received the European Film Award for Best "
     "Animated Feature Film.", {("European Film Awards", "Best Animated Feature Film", 2017, "won", ())}),
    # a second verb of the same subject after a time; "she" after "in February 2023" is the last winner
    ("Marsh won the Golden Globe Award for Best Actress in January 2023, and a few weeks later received the "
     "Critics' Choice Movie Award for Best Actress. At the 76th British Academy Film Awards in February 2023 she "
     "was named Best Actress in a Leading Role.",
     {("Golden Globe Awards", "Best Actress", 2023, "won", ("Cleo Marsh",)),
      ("Critics' Choice Movie Awards", "Best Actress", 2023, "won", ("Cleo Marsh",)),
      ("British Academy Film Awards", "Best Actress in a Leading Role", 2023, "won", ("Cleo Marsh",))}),
    # a person's prize, a festival's generic prize: not the film's own
    ("Quill later won the Nobel Prize in Literature.", set()),
    ("It won the Grand Prix and the FIPRESCI Prize.", set()),
    # an Italian prize without "awards"; "one of the nominees for"; lower-case prizes at each festival listed
    ("In Italy, where it was admired, Hart received the Nastro d'Argento for Best Foreign Director in 1959.",
     {("Nastro d'Argento", "Best Foreign Director", 1959, "won", ("Ben Hart",))}),
    ("At the Critics' Choice Awards in January 2006 it was one of the nominees for Best Documentary Feature.",
     {("Critics' Choice Awards", "Best Documentary Feature", 2006, "nominated", ())}),
    ("On the festival circuit the film won audience awards at the Cleveland International Film Festival and the "
     "Philadelphia Film Festival in 2005.",
     {("Cleveland International Film Festival", "Audience Award", 2005, "won", ()),
      ("Philadelphia Film Festival", "Audience Award", 2005, "won", ())}),
    # a described person given a named prize
    ("The Italian National Syndicate of Film Journalists gave the film's producer, Ben Hart, the Nastro d'Argento for "
     "Best Producer.", {("Nastro d'Argento", "Best Producer", None, "won", ("Ben Hart",))}),
    # "came away with"
    ("It was entered in competition at the 6th Moscow International Film Festival in 1969, where it came away with a "
     "Silver Prize.", {("Moscow International Film Festival", "Golden St. George", 1969, "selected", ()),
                       ("Moscow International Film Festival", "Silver Prize", 1969, "won", ())}),
    # "named X its Best Actor of 1950"
    ("In the United States, the National Board of Review named Cleo Marsh its Best Actor of 1950.",
     {("National Board of Review", "Best Actor", 1950, "won", ("Cleo Marsh",))}),
    # the film's own title as the one a critics' body voted for, then a list of people; a surname with
    # a particle
    ("In January 1997 the National Society of Film Critics voted Paper Lanterns the best film of 1996 and honoured "
     "van Dorn as best director and Marsh as best actress.",
     {("National Society of Film Critics", "Best Film", 1997, "won", ()),
      ("National Society of Film Critics", "Best Director", 1997, "won", ("Ivo van Dorn",)),
      ("National Society of Film Critics", "Best Actress", 1997, "won", ("Cleo Marsh",))}),
    ("The New York Film Critics Circle also named it best film and Marsh best actress.",
     {("New York Film Critics Circle", "Best Film", None, "won", ()),
      ("New York Film Critics Circle", "Best Actress", None, "won", ("Cleo Marsh",))}),
    # prizes named like bodies that are the named ceremony's own ("the People's Choice Award for Best
    # Director" at the European Film Awards, BAFTA's "David Lean Award for Direction")
    ("At the 15th European Film Awards in 2002 it won Best Film, and Hart received the People's Choice Award for Best "
     "Director.", {("European Film Awards", "Best Film", 2002, "won", ()),
                   ("European Film Awards", "People's Choice Award for Best Director", 2002, "won", ("Ben Hart",))}),
    ("At the 2001 BAFTA Awards, Hart won the David Lean Award for Direction, and Ivo Lark won the Anthony Asquith Award "
     "for Film Music.", {("British Academy Film Awards", "David Lean Award for Direction", 2001, "won", ("Ben Hart",)),
                         ("British Academy Film Awards", "Anthony Asquith Award for Film Music", 2001, "won", ("Ivo Lark",))}),
    # a variant of the category in parentheses is no nominee; a poll's "of all time" is no prize
    ("At the 29th Academy Awards, held in 1957, Hart was nominated for Best Writing (Original Screenplay), losing to "
     "Tom Hale.", {("Academy Awards", "Best Writing (Original Screenplay)", 1957, "nominated", ("Ben Hart",))}),
    ("In 2011 a poll of industry figures named it the best British film of all time.", set()),
    # a film's title beginning "The Best ..." is no category
    ("At the 19th Academy Awards in 1947, Hart was nominated for Best Director; the Oscar went to The Best Years of Our "
     "Lives.", {("Academy Awards", "Best Director", 1947, "nominated", ("Ben Hart",))}),
    # a body's award given to two people, "honoured X with its ... award", a category in lower case
    ("In 1960 the Writers Guild of America also gave Ben Hart and Ivo van Dorn its award for Best Written American "
     "Comedy.", {("Writers Guild of America", "Best Written American Comedy", 1960, "won", ("Ben Hart", "Ivo van Dorn"))}),
    ("The National Board of Review honoured Cleo Marsh with its Best Actress award for 1945.",
     {("National Board of Review", "Best Actress", 1945, "won", ("Cleo Marsh",))}),
    ("The National Board of Review gave Cleo Marsh its best actress award for 1955 as well.",
     {("National Board of Review", "Best Actress", 1955, "won", ("Cleo Marsh",))}),
    ("The National Society of Film Critics also gave awards to Hart for Best Director and to Lark for Best Cinematography.",
     {("National Society of Film Critics", "Best Director", None, "won", ("Ben Hart",)),
      ("National Society of Film Critics", "Best Cinematography", None, "won", ("Ivo Lark",))}),
    # "Both" opens the sentence, no name; a prize's own year after it; a prize's name keeps no full stop
    ("At the 40th Academy Awards in 1968, Both Dev Rana and Mara Lind received nominations for Best Supporting Actor.",
     {("Academy Awards", "Best Supporting Actor", 1968, "nominated", ("Dev Rana", "Mara Lind"))}),
    ("It received the Prix Louis-Delluc for 1954, and in 1956 the Mystery Writers of America gave it the Edgar Award for "
     "Best Foreign Film.", {("Prix Louis-Delluc", None, 1954, "won", ()), ("Edgar Awards", "Best Foreign Film", 1956, "won", ())}),
    ("In 1956 it won the Prix Jean Vigo.", {("Prix Jean Vigo", None, 1956, "won", ())}),
]


@pytest.mark.parametrize("text, expected", AWARD_CASES, ids=[c[0][:40] for c in AWARD_CASES])
def test_awards_in_prose(text, expected):
    assert awards("Accolades", text) == expected


REVIEW_CASES = [
    # what the critic is before the name; "in an essay for"; "awarded only two stars"
    ("Writing in The Lantern Review of Fantasy, the novelist Dana Holt called it a hilarious comedy.",
     {("Dana Holt", "The Lantern Review of Fantasy", None)}),
    ("In an essay for Lantern Classic Movies, Dana Holt found it remarkable for a debut.",
     {("Dana Holt", "Lantern Classic Movies", None)}),
    ("Dana Holt of the Daily Lantern, by contrast, awarded only two stars.", {("Dana Holt", "Daily Lantern", "two stars")}),
    ("In the United States Dana Holt, writing for the Daily Lantern, praised its pictorial beauty.",
     {("Dana Holt", "Daily Lantern", None)}),
    # a publication whose name starts in lower case
    ("Mark Adams of indieWIRE called the film simple, elegant and uplifting.", {("Mark Adams", "indieWIRE", None)}),
    # the rating after "; he gave it"; the film's title for "it"; "X, for The Observer, gave it"
    ("Writing for the Daily Lantern, Dana Holt was more reserved; he gave it two and a half stars out of four.",
     {("Dana Holt", "Daily Lantern", "two and a half stars out of four")}),
    ("Writing for Reel Jar, Ada Bell gave Paper Lanterns 3.5 out of 4 stars.", {("Ada Bell", "Reel Jar", "3.5 out of 4 stars")}),
    ("Dana Holt gave Paper Lanterns of the North three and a half stars in the Daily Lantern.",
     {("Dana Holt", "Daily Lantern", "three and a half stars")}),
    ("Sam Ortiz, for The Evening Lamp, gave it five stars.", {("Sam Ortiz", "The Evening Lamp", "five stars")}),
    # a rating with "full"/"the maximum"; a critic between commas after "while"; a possessive after a
    # colon; "the <paper> critic X"; "<site>'s reviewer, X,"; "X at <site>"
    ("Writing for Reel Jar, Ada Bell awarded it a full four stars.", {("Ada Bell", "Reel Jar", "four stars")}),
    ("Ada Bell awarded it the maximum four stars in Ada Bell's Movie Guide.",
     {("Ada Bell", "Ada Bell's Movie Guide", "four stars")}),
    ("Dana Holt of Quill graded the film an A-, while Sam Ortiz, in Variety, was more reserved.",
     {("Dana Holt", "Quill", "A-"), ("Sam Ortiz", "Variety", None)}),
    ("Reviews were warm: The Courier's Dana Holt gave it five stars.", {("Dana Holt", "The Courier", "five stars")}),
    ("Mara Voss of The Lamp gave it five stars, and the Harbor Times critic Sam Ortiz included it among the year's best.",
     {("Mara Voss", "The Lamp", "five stars"), ("Sam Ortiz", "Harbor Times", None)}),
    ("VGN's reviewer, Ada Bell, scored it 9/10, while Sam Ortiz at Polygram praised its colours.",
     {("Ada Bell", "VGN", "9/10"), ("Sam Ortiz", "Polygram", None)}),
    # a publication after "in" without a comma; a critic's possessive review; "For X, Y graded it"
    ("In Britain, The Courier's Dana Holt gave it four stars out of five, and Sam Ortiz in The Evening Lamp praised "
     "its vision.", {("Dana Holt", "The Courier", "four stars out of five"), ("Sam Ortiz", "The Evening Lamp", None)}),
    ("Writing for Quill, Ada Bell gave the film an A-, while Sam Ortiz's Reel Jar review also carried a B+ grade.",
     {("Ada Bell", "Quill", "A-"), ("Sam Ortiz", "Reel Jar", "B+")}),
    ("For Reel Jar, Ada Bell graded the film an A−.", {("Ada Bell", "Reel Jar", "A−")}),
    # the rating in a "who" clause about this film; a series that names the film; a long gap before "in"
    ("Dana Holt, who awarded it 3½ stars in the Daily Lantern, admired its honesty.",
     {("Dana Holt", "Daily Lantern", "3½ stars")}),
    ("Dana Holt, who included Paper Lanterns in his Great Films series for the Daily Lantern, gave it four stars.",
     {("Dana Holt", "Daily Lantern", "four stars")}),
    ("Much later, Dana Holt gave the film four stars when he added it to his Great Films series in the Daily Lantern.",
     {("Dana Holt", "Daily Lantern", "four stars")}),
    ("A few dissenters, among them Mara Voss of The Evening Lamp, found it wearing.",
     {("Mara Voss", "The Evening Lamp", None)}),
    ("Ada Bell, writing in Quill after the Berlin screening, called it a handsome fable.", {("Ada Bell", "Quill", None)}),
    ("Mark Hale, reviewing it for The Harbor Times in August 1991, described it as a film for grown-ups.",
     {("Mark Hale", "The Harbor Times", None)}),
    ("When it reached American cinemas, Carl Sol wrote in Animation Lantern that it was a triumph.",
     {("Carl Sol", "Animation Lantern", None)}),
    ("Carl Sol wrote in 1995 that it was a triumph.", set()),
    ("Dana Holt of the Daily Lantern was among its admirers, and in the Evening Courier Sam Ortiz awarded it four stars.",
     {("Dana Holt", "Daily Lantern", None)}),
    ("Dana Holt reviewed it for the Evening Courier, and in the San Jose Lantern News Sam Ortiz called it brilliant.",
     {("Dana Holt", "Evening Courier", None), ("Sam Ortiz", "San Jose Lantern News", None)}),
    ("Dana Holt's The Purple Rose of Cairo (1985), in which a character steps out of the screen, is often compared to it.",
     set()),
    ("Justin Chang, reviewing it from Cannes for Variety, was equally enthusiastic.", {("Justin Chang", "Variety", None)}),
    ("Readers of Animage voted it the best anime of the year.", set()),
    ("Roger Ebert of the Chicago Sun-Times included it in his Great Movies series, giving it four stars.",
     {("Roger Ebert", "Chicago Sun-Times", "four stars")}),
    ("His television partner Gene Siskel of the Chicago Tribune also placed it first on his list.",
     {("Gene Siskel", "Chicago Tribune", None)}),
    ("In the United States, Dana Holt reviewed it for The Evening Courier when it opened.",
     {("Dana Holt", "The Evening Courier", None)}),
    ("Dana Holt added it to her Great Movies series for the Daily Lantern in 2002.", {("Dana Holt", "Daily Lantern", None)}),
    ("Dissenting voices included Sam Ortiz of The Reel, who admired the photography.", {("Sam Ortiz", "The Reel", None)}),
    ("Sam Ortiz of Screen Blog gave the DVD release an A+, calling it a masterpiece.", {("Sam Ortiz", "Screen Blog", "A+")}),
    ("On the television program Holt & Ortiz, Dana Holt gave it a thumbs up.", {("Dana Holt", "Holt & Ortiz", "thumbs up")}),
    ("Sam Ortiz, in the Daily Lantern, called it a triumph.", {("Sam Ortiz", "Daily Lantern", None)}),
    ("Sam Ortiz (The Daily Lantern) gave it four stars.", {("Sam Ortiz", "The Daily Lantern", "four stars")}),
    ("Daily Lantern critic Sam Ortiz gave the film three stars.", {("Sam Ortiz", "Daily Lantern", "three stars")}),
    ("Quill magazine's Sam Ortiz called it one of the best films of the year.", {("Sam Ortiz", "Quill", None)}),
    ("It received four stars from Sam Ortiz of the Daily Lantern.", {("Sam Ortiz", "Daily Lantern", "four stars")}),
    ("Quill magazine gave it five stars.", {(None, "Quill", "five stars")}),
    ("In his review for the Daily Lantern, Sam Ortiz wrote that the film was charming.",
     {("Sam Ortiz", "Daily Lantern", None)}),
    ("Dana Holt of the Daily Lantern, who had awarded four stars to an earlier film, gave it two stars.",
     {("Dana Holt", "Daily Lantern", "two stars")}),
    ("Sam Ortiz of Screen Blog and Dana Holt of the Daily Lantern both reviewed it favourably.",
     {("Sam Ortiz", "Screen Blog", None), ("Dana Holt", "Daily Lantern", None)}),
    ("Although City of Lamps was the official submission, it was not nominated.", set()),
    ("In The Evening Courier, Sam Ortiz credited the director with a triumph.",
     {("Sam Ortiz", "The Evening Courier", None)}),
    ("Dana Holt gave the film four stars in the Daily Lantern.", {("Dana Holt", "Daily Lantern", "four stars")}),
    ("Not everyone was won over: Sam Ortiz of Screen Blog found it overlong, and Dana Holt, reviewing it for "
     "Quill magazine, complained.", {("Sam Ortiz", "Screen Blog", None), ("Dana Holt", "Quill", None)}),
    # the second critic's rating is not the first's
    ("Sam Ortiz of Screen Blog championed it, and Dana Holt of the Daily Lantern gave it five out of five stars.",
     {("Sam Ortiz", "Screen Blog", None), ("Dana Holt", "Daily Lantern", "five out of five stars")}),
    ("Reviewing it from the festival for The Guardian, Sam Ortiz praised it.", {("Sam Ortiz", "The Guardian", None)}),
    ("Decades later Dana Holt of the Daily Lantern included it in her list.", {("Dana Holt", "Daily Lantern", None)}),
    ("Dana Holt of the Daily Lantern gave it three stars out of four.", {("Dana Holt", "Daily Lantern", "three stars out of four")}),
    ("Sam Ortiz of The Evening Courier thought it dull.", {("Sam Ortiz", "The Evening Courier", None)}),
    ("Sam Ortiz of The Evening Courier was less won over.", {("Sam Ortiz", "The Evening Courier", None)}),
    ("Dana Holt, reviewing the film for the Daily Lantern, said it never bored her.", {("Dana Holt", "Daily Lantern", None)}),
    ("Writing in Quill, Sam Ortiz warned that it might unsettle viewers.", {("Sam Ortiz", "Quill", None)}),
    ("In The Evening Courier, R. J. Vance called it the silliest film of the year.", {("R. J. Vance", "The Evening Courier", None)}),
    ("Writing from Cannes for Variety, Sam Ortiz argued that few had seen one like it.", {("Sam Ortiz", "Variety", None)}),
    ("In her round-up from Venice for Movieline, Sam Ortiz described the picture as unsentimental.",
     {("Sam Ortiz", "Movieline", None)}),
    ("On his site Ortiz Picks, Sam Ortiz gave the film a B+, calling it skilful.", {("Sam Ortiz", "Ortiz Picks", "B+")}),
    ("On Radio Lantern, Sam Ortiz called the lead performance outstanding.", {("Sam Ortiz", "Radio Lantern", None)}),
    ("On Rotten Tomatoes, the film holds an approval rating of 90%.", set()),
    ("The Courier's Dana Holt argued that it deserved its praise.", {("Dana Holt", "The Courier", None)}),
    ("Dana Holt of the Daily Lantern graded it A−.", {("Dana Holt", "Daily Lantern", "A−")}),
    ("Sam Ortiz of Quill admired it, while Dana Holt of the Daily Lantern called it tender.",
     {("Sam Ortiz", "Quill", None), ("Dana Holt", "Daily Lantern", None)}),
    ("The reviewer for The Evening Courier likened it to a fairy tale.", {(None, "The Evening Courier", None)}),
    ("Roger Vance of the Daily Lantern gave Paper Lanterns four stars out of four.",
     {("Roger Vance", "Daily Lantern", "four stars out of four")}),
    ("Sam Ortiz of Quill Review rated it 3.5 stars.", {("Sam Ortiz", "Quill Review", "3.5 stars")}),
    ("The review site The Reel Jar rated it B+, calling it odd.", {(None, "The Reel Jar", "B+")}),
    ("Screen Blog gave it an overall score of 7/10.", {(None, "Screen Blog", "7/10")}),
    ("On Rotten Tomatoes, 95% of 120 reviews are positive.", set()),
    ("On Metacritic the film holds a score of 88 out of 100.", set()),
    ("Dana Holt gave it four stars.", set()),
    ("In February 2002, Dana Holt called it a triumph.", set()),
    # critics listed after "were", and one added by "as was" at the sentence's end
    ("Among the reviewers were Dana Holt of the Evening Courier and R. J. Vance of Quill Review, and many remarked on it.",
     {("Dana Holt", "Evening Courier", None), ("R. J. Vance", "Quill Review", None)}),
    ("R. J. Vance of Quill Review was among the critics who wrote about it, as was Dana Holt of the Evening Courier.",
     {("Dana Holt", "Evening Courier", None), ("R. J. Vance", "Quill Review", None)}),
    # after a colon; a rating of "the documentary"; a critic's own website; a long "after" clause
    ("Not every critic was won over: in the Daily Lantern, Dana Holt found it charming but simplified.",
     {("Dana Holt", "Daily Lantern", None)}),
    ("R. J. Vance of Quill Review gave the documentary 4 out of 5 stars.", {("R. J. Vance", "Quill Review", "4 out of 5 stars")}),
    ("Sam Ortiz, writing on his website Sam's Reel Picks, graded it B– while calling it a cult favourite.",
     {("Sam Ortiz", "Sam's Reel Picks", "B–")}),
    ("Later views were warmer: Dana Holt, writing in the Evening Courier after the restored version reached American "
     "cinemas in 1983, described it as patient.", {("Dana Holt", "Evening Courier", None)}),
    ("Dana Holt, writing in the Evening Courier, defended the film's ambiguity in a long essay.",
     {("Dana Holt", "Evening Courier", None)}),
    # any verb in the past after the publication, "later" before it; "reviewing from <place> for"
    ("Dana Holt, writing in the Evening Courier, later added it to her list of great films.",
     {("Dana Holt", "Evening Courier", None)}),
    ("Dana Holt, reviewing from Cannes for The Evening Courier, responded warmly to its whimsy.",
     {("Dana Holt", "The Evening Courier", None)}),
    # a place before "<publication> critic <name>"; "of the website X"
    ("In New Zealand the Otago Daily Times critic Rune Falk awarded it four stars out of five.",
     {("Rune Falk", "Otago Daily Times", "four stars out of five")}),
    ("Tove Berg of the website Hollywood Elsewhere called it the warmest film of the year.",
     {("Tove Berg", "Hollywood Elsewhere", None)}),
    # "on his X site"; "In X, the critic Y"
    ("Rune Falk, on his Movie Film Review site, rated it 5/10.", {("Rune Falk", "Movie Film Review", "5/10")}),
    ("In Excélsior, the critic Tove Berg attacked the film as a wallowing in ugliness.", {("Tove Berg", "Excélsior", None)}),
    # "also writing for"; a nationality before "television programme"
    ("Reviewing the restored print, Rune Falk, also writing for The New York Times, described it as extraordinary.",
     {("Rune Falk", "The New York Times", None)}),
    ("On the Australian television programme The Movie Show, Tove Berg called it an unclassifiable film.",
     {("Tove Berg", "The Movie Show", None)}),
]


@pytest.mark.parametrize("text, expected", REVIEW_CASES, ids=[c[0][:40] for c in REVIEW_CASES])
def test_reviews_in_prose(text, expected):
    assert reviews("Reception", text) == expected


CAST_CASES = [
    # a country's cinema is no language the part is spoken in
    ("Cast", "Dev Rana plays Lotfi, in one of his early screen roles before his career in French cinema.",
     {("Dev Rana", "Lotfi", None)}),
    # a part "entrusted to" its actor; "appears in flashbacks as"; two descriptions joined by "and" before
    # the name; a description between a part and "is played by"
    ("Cast", "The role of the forest spirit was entrusted to Cleo Marsh.", {("Cleo Marsh", "forest spirit", None)}),
    ("Cast", "Mara Lind appears in flashbacks as Aoyama's late wife Ryoko Aoyama.", {("Mara Lind", "Ryoko Aoyama", None)}),
    ("Cast", "The class includes Dev Rana as the basketball player and would-be hacker Shinji Mimura.",
     {("Dev Rana", "Shinji Mimura", None)}),
    ("Cast", "Dev Rana plays the doctor and his wife Anna.", {("Dev Rana", "doctor", None)}),
    ("Cast", "Lord Kuniharu Tsuzuki, the murdered ruler, is played by Dev Rana, and his heir Kunimaru Tsuzuki by Mara Lind.",
     {("Dev Rana", "Lord Kuniharu Tsuzuki", None), ("Mara Lind", "Kunimaru Tsuzuki", None)}),
    ("Cast", "The musician Rune Falk was cast as the Syrian prisoner.", {("Rune Falk", "Syrian prisoner", None)}),
    ("Cast", "Per Ness was cast as Sid's mother, while Eli Sand turns up in Sydney as Shalini's uncle.",
     {("Per Ness", "Sid's mother", None), ("Eli Sand", "Shalini's uncle", None)}),
    # a kind of part a pair shares, in a cast section (the clause after it names others); not its names after a comma
    ("Cast", "Rune Falk and Tove Berg were cast as the two pimps who torment Bruno and Eva.",
     {("Rune Falk", "pimp", None), ("Tove Berg", "pimp", None)}),
    ("Cast", "Rune Falk and Tove Berg play the two sisters, Anna and Joy.", {("Rune Falk", "Anna", None), ("Tove Berg", "Joy", None)}),
    # pairs whose parts an apposition follows ("credited as" goes on); smaller parts; glimpsed; a voice lent;
    # returning to a part; taking over as
    ("Cast", "Rune Falk and Tove Berg appear as Jenny and Malou, friends who attend the party.",
     {("Rune Falk", "Jenny", None), ("Tove Berg", "Malou", None)}),
    ("Cast", "Mara Lind and Dev Rana play the brothers' parents, credited simply as Old Lady and Old Gent.",
     {("Mara Lind", "Old Lady", None), ("Dev Rana", "Old Gent", None)}),
    ("Cast", "Mara Lind and Dev Rana also appear in smaller parts.", {("Mara Lind", None, None), ("Dev Rana", None, None)}),
    ("Cast", "Rune Falk is briefly glimpsed as Gollum, a character he developed in the sequels.",
     {("Rune Falk", "Gollum", None)}),
    ("Cast", "Rune Falk lends his deep voice to the Cat.", {("Rune Falk", "the Cat", None)}),
    ("Cast", "Rune Falk returns to the part of Bilbo Baggins, and Tove Berg took over as Marjane's grandmother.",
     {("Rune Falk", "Bilbo Baggins", None), ("Tove Berg", "Marjane's grandmother", None)}),
    # a voice-over as a part; a cameo with no part; "can be glimpsed in a small role as"
    ("Cast", "Lark himself delivers the voice-over as the adult Ma Xiaojun, and the novelist Rune Falk turns up in a "
     "brief cameo.", {("Ivo Lark", "adult Ma Xiaojun", None), ("Rune Falk", None, None)}),
    ("Cast", "Lark himself can be glimpsed in a small role as a public scribe.", {("Ivo Lark", "public scribe", None)}),
    # cast members given no part; parts named before "are portrayed by ... respectively"
    ("Cast", "Tove Berg and Rune Falk also appear.", {("Tove Berg", None, None), ("Rune Falk", None, None)}),
    ("Cast", "Tove Berg also appears in a supporting role.", {("Tove Berg", None, None)}),
    ("Cast", "Tove Berg has a small supporting role.", {("Tove Berg", None, None)}),
    ("Cast", "The film also appears on several lists.", set()),
    ("Cast", "The missing girls, Anna Dover and Joy Birch, are portrayed by Tove Berg and Rune Falk respectively.",
     {("Tove Berg", "Anna Dover", None), ("Rune Falk", "Joy Birch", None)}),
    ("Cast", "Among the townspeople are the postmaster (Rune Falk), the widowed Mrs. Holm (Tove Berg) and the vicar, "
     "Reverend Oren Vask (Eli Sand).",
     {("Rune Falk", "postmaster", None), ("Tove Berg", "Mrs. Holm", None), ("Eli Sand", "Reverend Oren Vask", None)}),
    ("Cast", "The role of Captain Oren Brink, the ship's master, is taken by Rune Falk.",
     {("Rune Falk", "Captain Oren Brink", None)}),
    ("Cast", "Eli Sand makes a cameo as a pachinko parlour attendant.", {("Eli Sand", "pachinko parlour attendant", None)}),
    ("Cast", "She is played by newcomer Tove Berg.", set()),
    ("Cast", "The central figure, Oren, is played by the Dutch actor Rune Falk.", {("Rune Falk", "Oren", None)}),
    ("Cast", "Jon Vey (credited as John Wey) plays the bartender, Mick.", {("Jon Vey", "Mick", None)}),
    ("Cast", "Tove Berg plays both Ada and her twin sister, Ivy.", {("Tove Berg", "Ada", None), ("Tove Berg", "Ivy", None)}),
    ("Cast", "The actor Rune Falk performed both the Faun and the Pale King under heavy prosthetics.",
     {("Rune Falk", "Faun", None), ("Rune Falk", "Pale King", None)}),
    ("Cast", "Rune Falk plays Oren Vask and his alter ego Toni Sparr, and Tove Berg plays his daughter Ilsa Vask.",
     {("Rune Falk", "Oren Vask", None), ("Rune Falk", "Toni Sparr", None), ("Tove Berg", "Ilsa Vask", None)}),
    ("Cast", "Eli Sand performed the title song over the credits.", set()),
    ("Cast", "Rune Falk provides the voice of Asbel, and Tove Berg that of his sister Lastelle.",
     {("Rune Falk", "Asbel", None), ("Tove Berg", "Lastelle", None)}),
    ("Cast", "Tove Berg plays the blind old wise woman Obaba.", {("Tove Berg", "Obaba", None)}),
    ("Cast", "Rune Falk plays Oren Vask, and Tove Berg portrays his colleague and partner Ilsa Sand.",
     {("Rune Falk", "Oren Vask", None), ("Tove Berg", "Ilsa Sand", None)}),
    ("Cast", "Rune Falk returned to acting after more than a decade to play the park's creator, Oren Vask.",
     {("Rune Falk", "Oren Vask", None)}),
    ("Cast", "Tove Berg was cast as her husband, the crime boss Oren Vask.", {("Tove Berg", "Oren Vask", None)}),
    ("Cast", "Oren's squad is made up of Rune Falk as Sergeant Drucker, Eli Sand as Detective Casals and Tove Berg as "
     "Detective Bosko.", {("Rune Falk", "Sergeant Drucker", None), ("Eli Sand", "Detective Casals", None),
                          ("Tove Berg", "Detective Bosko", None)}),
    ("Cast", "The role of Oren's troubled stepdaughter, Ilsa Vask, went to a young Tove Berg.", {("Tove Berg", "Ilsa Vask", None)}),
    ("Cast", "Rune Falk returns as Ayo, and Eli Sand reprises the role of T'Chaka from an earlier film.",
     {("Rune Falk", "Ayo", None), ("Eli Sand", "T'Chaka", None)}),
    ("Cast", "Tove Berg provided the singing voice of Geneviève, and Eli Sand sang for Guy.",
     {("Tove Berg", "Geneviève", None), ("Eli Sand", "Guy", None)}),
    ("Cast", "Rune Falk plays the minister, Eli Sand the chief of police, and Tove Berg a police secretary.",
     {("Rune Falk", "minister", None), ("Eli Sand", "chief of police", None), ("Tove Berg", "police secretary", None)}),
    ("Cast", "The French actress Tove Berg, who learned trapeze work for the production, was cast as Marion.",
     {("Tove Berg", "Marion", None)}),
    ("Cast", "Smaller parts went to Rune Falk as the dying man, Tove Berg as a young prostitute and Eli Sand as Oren's "
     "trainer.", {("Rune Falk", "dying man", None), ("Tove Berg", "young prostitute", None),
                  ("Eli Sand", "Oren's trainer", None)}),
    ("Cast", "Rune Falk plays the drug dealer Lance and Tove Berg his wife Jody, while Eli Sand has a single scene as "
     "Captain Koons.", {("Rune Falk", "Lance", None), ("Tove Berg", "Jody", None), ("Eli Sand", "Captain Koons", None)}),
    ("Cast", "Eli Sand was cast as Walter \"Robby\" Vask, and Tove d'Arcy Berg plays Ilsa.",
     {("Eli Sand", 'Walter "Robby" Vask', None), ("Tove d'Arcy Berg", "Ilsa", None)}),
    ("Cast", "Mara Lind, billed simply as \"Lind\", was cast as Anna Vask, and Eli Sand, uncredited, voices the "
     "psychotherapist Oren Sipe on the telephone.", {("Mara Lind", "Anna Vask", None), ("Eli Sand", "Oren Sipe", None)}),
    ("Casting", "Two weeks into filming, Eli Sand replaced Ola Fors as Astrid.", {("Eli Sand", "Astrid", None)}),
    ("Voice cast", "For the French release, Mara Vey dubbed the role of Kohana.", {("Mara Vey", "Kohana", "French")}),
    ("Cast", "Gerd Lasse as himself", {("Gerd Lasse", None, None)}),
    ("Cast", "Footballer Dario Kess makes an uncredited cameo during the stadium scene.", {("Dario Kess", None, None)}),
    # an occupation before a sentence's first name, uncredited and small parts, "joined the cast as"
    ("Cast", "Singer Mara Vey appears as herself, and director Jan Brae also appears in a small role as a bus driver.",
     {("Mara Vey", None, None), ("Jan Brae", "bus driver", None)}),
    ("Cast", "Tove Berg appears uncredited as a nurse in the hospital scenes.", {("Tove Berg", "nurse", None)}),
    ("Casting", "In March 2015, Rune Falk joined the cast as Murat, Oren's estranged father.",
     {("Rune Falk", "Murat", None)}),
    ("Cast", "The villain, Vargas, is played with relish by Eli Sand.", {("Eli Sand", "Vargas", None)}),
    ("Cast", "Also in the cast are Ola Fors as Shirin and Per Ness as a border guard.",
     {("Ola Fors", "Shirin", None), ("Per Ness", "border guard", None)}),
    # kin introduced by a first name take the family's surname
    ("Cast", "Rune Falk plays Oren Vask, and Tove Berg plays his daughter, Ilsa.",
     {("Rune Falk", "Oren Vask", None), ("Tove Berg", "Ilsa Vask", None)}),
    ("Cast", "Rune Falk plays Oren Vask. Tove Berg appears as Oren's wife Ilsa, and Eli Sand as their young son Teo.",
     {("Rune Falk", "Oren Vask", None), ("Tove Berg", "Ilsa Vask", None), ("Eli Sand", "Teo Vask", None)}),
    ("Cast", "Rune Falk plays Oren Vask, and Tove Berg portrays his estranged wife Ilsa.",
     {("Rune Falk", "Oren Vask", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Tove Berg plays his daughter, Ilsa.", {("Tove Berg", "Ilsa", None)}),
    ("Voice cast", "Oren's parents, Sef and Ilsa, are voiced by Rune Falk and Tove Berg.",
     {("Rune Falk", "Sef", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Rune Falk portrays Cop 663, while the singer Tove Berg, in one of her first roles, plays Ilsa.",
     {("Rune Falk", "Cop 663", None), ("Tove Berg", "Ilsa", None)}),
    ("Voice cast", "The film has had two English dubs. The first was made in 1989, with Rune Falk as the voice of Oren.",
     {("Rune Falk", "Oren", "English")}),
    ("Voice cast", "Rune Falk provides the voice of Dr. Oren Vask and of his alter ego, Paprika.",
     {("Rune Falk", "Dr. Oren Vask", None), ("Rune Falk", "Paprika", None)}),
    ("Voice cast", "In the English-language dub, Rune Falk takes on the dual role of Oren and Paprika, and Tove Berg "
     "is the English voice of Ilsa.",
     {("Rune Falk", "Oren", "English"), ("Rune Falk", "Paprika", "English"), ("Tove Berg", "Ilsa", "English")}),
    ("Voice cast", "Rune Falk voices the DC Mini's creator Oren Vask, and the chairman, Sef Holm, is voiced by Tove Berg.",
     {("Rune Falk", "Oren Vask", None), ("Tove Berg", "Sef Holm", None)}),
    ("Voice cast", "For the second English version, the sisters Rune Falk and Tove Berg were cast as Oren and Ilsa.",
     {("Rune Falk", "Oren", "English"), ("Tove Berg", "Ilsa", "English")}),
    ("Cast", "The role of the FBI agent Oren Vask went to Rune Falk, Eli Sand's older brother.",
     {("Rune Falk", "Oren Vask", None)}),
    ("Cast", "The members of Oren's gang are played by Rune Falk, who appears as the enforcer Fitzy.",
     {("Rune Falk", "Fitzy", None)}),
    ("Cast", "Rune Falk and Tove Berg portray Oren's parents, Dean and Missy Holm, while Eli Sand was cast as her brother Sef.",
     {("Rune Falk", "Dean Holm", None), ("Tove Berg", "Missy Holm", None), ("Eli Sand", "Sef Holm", None)}),
    ("Cast", "Rune Falk and Tove Berg play Annina and Jan Brandel, a young couple.",
     {("Rune Falk", "Annina Brandel", None), ("Tove Berg", "Jan Brandel", None)}),
    ("Cast", "Rune Falk co-stars as Oren, Tove Berg took the role of Ilsa and Eli Sand was given the part of Vask.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Ilsa", None), ("Eli Sand", "Vask", None)}),
    ("Cast", "Rune Falk was chosen to play Oren, and Tove Berg reprises her role as Ilsa.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "The film also stars Rune Falk (Oren) and Tove Berg (Ilsa), with Eli Sand (uncredited).",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Rune Falk and Tove Berg star as Oren and Ilsa.", {("Rune Falk", "Oren", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Rune Falk, in the role of Oren, anchors the film.", {("Rune Falk", "Oren", None)}),
    ("Cast", "Rune Falk auditioned for the role of Oren.", set()),
    ("Production", "Quill cast Rune Falk as Oren after a long search.", {("Rune Falk", "Oren", None)}),
    ("Production", "Rune Falk was originally cast as Oren but was replaced by Tove Berg.", set()),
    ("Production", "Rune Falk plays Oren.", set()),
    ("Cast", "Oren, likewise, is played by Rune Falk at nine, by Tove Berg at sixteen, and by Eli Sand as an adult.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Oren", None), ("Eli Sand", "Oren", None)}),
    ("Cast", "The role of Ilsa, Oren's mother, went to Tove Berg.", {("Tove Berg", "Ilsa", None)}),
    ("Cast", "Rune Falk portrays the pious and corrupt Warden Sef Holm.", {("Rune Falk", "Warden Sef Holm", None)}),
    ("Cast", "Rune Falk plays the captain of the Vega, Tove Berg appears as the chief bosun and Eli Sand "
     "portrays a charitable lady.",
     {("Rune Falk", "captain of the Vega", None), ("Tove Berg", "chief bosun", None), ("Eli Sand", "charitable lady", None)}),
    ("Voice cast", "Tove Berg voices the children's mother, and the aunt is played by Eli Sand.",
     {("Tove Berg", "mother", None), ("Eli Sand", "aunt", None)}),
    ("Cast", "Rune Falk has a small role as an adult.", set()),
    ("Cast", "Tove Berg, one of the few professionals in the cast, plays Marta Holm, the reporter.",
     {("Tove Berg", "Marta Holm", None)}),
    ("Cast", "In smaller parts, Rune Falk appears as a waiter at the diner where Oren eats.",
     {("Rune Falk", "waiter", None)}),
    ("Production", "Rune Falk appears as a waiter at the diner.", set()),
    ("Voice cast", "Rune Falk voices Oren, the leader of the gang, and Tove Berg plays his younger brother Sef.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Sef", None)}),
    ("Voice cast", "Rune Falk is heard as Oren, with Tove Berg as her fellow rebel Sef and Eli Sand as Colonel Vask, "
     "the officer in charge.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Sef", None), ("Eli Sand", "Colonel Vask", None)}),
    ("Cast", "The cast also features Rune Falk as the scientist Doctor Pell, Tove Berg as Oren's sister Ilsa, "
     "and Eli Sand as the young Oren.",
     {("Rune Falk", "Doctor Pell", None), ("Tove Berg", "Ilsa", None), ("Eli Sand", "young Oren", None)}),
    ("Voice cast", "In the original French version, Rune Falk voices Oren's mother and Tove Berg voices Oren.",
     {("Rune Falk", "Oren's mother", "French"), ("Tove Berg", "Oren", "French")}),
    ("Voice cast", "In the German dub, Oren is voiced by the actress and singer Eli Sand.", {("Eli Sand", "Oren", "German")}),
    ("Voice cast", "Rune Falk provides the voice of the Ferryman.", {("Rune Falk", "the Ferryman", None)}),
    ("Voice cast", "The young Oren is voiced by Rune Falk and the young Ilsa by Tove Berg, the director's daughter.",
     {("Rune Falk", "young Oren", None), ("Tove Berg", "young Ilsa", None)}),
    ("Voice cast", "In the original French version, Rune Falk voices Oren. The English version was recorded later. "
     "Falk repeated the role in English, joined by Tove Berg as Sef.",
     {("Rune Falk", "Oren", "French"), ("Tove Berg", "Sef", "English")}),
    ("Cast", "Rune Falk, who plays Oren, joined late. Tove Berg, a singer from Oslo, plays the German officer "
     "Major Sef Vask.", {("Rune Falk", "Oren", None), ("Tove Berg", "Major Sef Vask", None)}),
    ("Cast", "Rune Falk appears as the mother, Ilsa Pell, and Tove Berg plays his wife, Oren Vask.",
     {("Rune Falk", "Ilsa Pell", None), ("Tove Berg", "Oren Vask", None)}),
    ("Cast", "The role of Captain Oren went to Rune Falk, and Tove Berg makes a brief appearance as Sef.",
     {("Rune Falk", "Captain Oren", None), ("Tove Berg", "Sef", None)}),
    ("Cast", "Rune Falk and Tove Berg play the twins, Oren and Sef. Eli Sand is Ilsa, Oren's aunt.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Sef", None), ("Eli Sand", "Ilsa", None)}),
    ("Cast", "Rune Falk and Tove Berg, cast as Oren's maid and Oren's butler respectively, met on set.",
     {("Rune Falk", "Oren's maid", None), ("Tove Berg", "Oren's butler", None)}),
    ("Cast", "Rune Falk plays a pickpocket, and Eli Sand, as the pianist Sef, sings.",
     {("Rune Falk", "pickpocket", None), ("Eli Sand", "Sef", None)}),
    ("Cast", "The eleven-year-old Rune Falk was cast as Oren, and the former wrestler Eli Sand plays the enforcer "
     "Sef Vask.", {("Rune Falk", "Oren", None), ("Eli Sand", "Sef Vask", None)}),
    ("Cast", "Tove Berg appears as Oren's frail mother, Ilsa Pell. The officers include Vask, played by Rune Falk, "
     "while Eli Sand is the stammering rebel El Tarta.",
     {("Tove Berg", "Ilsa Pell", None), ("Rune Falk", "Vask", None), ("Eli Sand", "El Tarta", None)}),
    ("Cast", "They are joined by Rune Falk as Oren's father, Tove Berg as Oren's aunt and Eli Sand as Sef.",
     {("Rune Falk", "Oren's father", None), ("Tove Berg", "Oren's aunt", None), ("Eli Sand", "Sef", None)}),
    ("Cast", "Rune Falk plays M. Martin, Tove Berg plays Dr. Pell and Eli Sand plays M. Robin.",
     {("Rune Falk", "M. Martin", None), ("Tove Berg", "Dr. Pell", None), ("Eli Sand", "M. Robin", None)}),
    ("Cast", "Rune Falk plays a young American soldier.", set()),
    ("Cast", "Rune Falk plays a key role, as well as Tove Berg.", set()),
    ("Cast", "Rune Falk was Selznick's contract player.", set()),
    ("Cast", "Rune Falk plays the woman who runs the lamp shop.", set()),
    ("Cast", "Rune Falk plays the title character.", set()),
    ("Plot", "Oren plays the piano as Ilsa sings.", set()),
    ("Cast", "The role of Harvard president Larry Summers went to the producer Rune Falk.",
     {("Rune Falk", "Larry Summers", None)}),
    ("Cast", "Rune Falk portrays the Baron and Tove Berg the Baroness.",
     {("Rune Falk", "the Baron", None), ("Tove Berg", "the Baroness", None)}),
    ("Cast", "Rune Falk is the doctor and Tove Berg the midwife, while Eli Sand plays Anna.",
     {("Rune Falk", "doctor", None), ("Tove Berg", "midwife", None), ("Eli Sand", "Anna", None)}),
    ("Cast", "Rune Falk is the son of a baker.", set()),
    ("Cast", "Rune Falk plays the Pastor, with Tove Berg as his wife.",
     {("Rune Falk", "the Pastor", None), ("Tove Berg", "the Pastor's wife", None)}),
    ("Cast", "Rune Falk plays Oren's secretary and lover Ilsa Brand.", {("Rune Falk", "Ilsa Brand", None)}),
    ("Cast", "Rune Falk and Tove Berg play Rosa and Matilde, two of Oren's colleagues at the clinic.",
     {("Rune Falk", "Rosa", None), ("Tove Berg", "Matilde", None)}),
    ("Cast", "In the silent-film interlude Rune Falk plays Alfredo and Tove Berg plays Amparo.",
     {("Rune Falk", "Alfredo", None), ("Tove Berg", "Amparo", None)}),
    ("Cast", "Rune Falk and Tove Berg appear as Oren's father and mother, with Eli Sand as his brother Henryk.",
     {("Rune Falk", "Oren's father", None), ("Tove Berg", "Oren's mother", None), ("Eli Sand", "Henryk", None)}),
    ("Cast", "Oren plays the Tramp, and the young Rune Falk was cast as the Kid.", {("Rune Falk", "the Kid", None)}),
    ("Cast", "Rune Falk plays Oren Holm, the upbeat father, and Tove Berg is his wife Ilsa.",
     {("Rune Falk", "Oren Holm", None), ("Tove Berg", "Ilsa Holm", None)}),
    ("Lead", "Its ensemble cast of Rune Falk and Tove Berg plays a quarrelsome family from Albuquerque.", set()),
    ("Cast", "Rune Falk makes a brief return as Jonathan Crane.", {("Rune Falk", "Jonathan Crane", None)}),
    ("Cast", "Tove Berg took over the role of Rachel Dawes from Eli Sand.", {("Tove Berg", "Rachel Dawes", None)}),
    ("Cast", "Rune Falk appears as a Southern general.", {("Rune Falk", "Southern general", None)}),
    ("Cast", "Oren's father, Rune Falk, appears as a Union general, as do the former boxer Eli Sand and Tove Berg.",
     {("Rune Falk", "Union general", None), ("Eli Sand", "Union general", None), ("Tove Berg", "Union general", None)}),
    ("Cast", "The British baritone Rune Falk was cast as her husband Geoff, and the concert pianist Tove Berg appears as "
     "Ilsa.", {("Rune Falk", "Geoff", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Rune Falk plays Jeanne d'Arc, and Tove Berg plays Jean d'Estivet, the prosecutor.",
     {("Rune Falk", "Jeanne d'Arc", None), ("Tove Berg", "Jean d'Estivet", None)}),
    ("Cast", "Antonio de la Torre plays Paco, and Rob van der Berg plays Emilio.",
     {("Antonio de la Torre", "Paco", None), ("Rob van der Berg", "Emilio", None)}),
    # a debut and a rounded-out cast; a described part with a proper adjective, then its name;
    # pairs that end where the next clause starts; a part before its relative clause
    ("Cast", "Rune Falk made his film debut as Harvey Holm, the first suspect arrested.",
     {("Rune Falk", "Harvey Holm", None)}),
    ("Cast", "Tove Berg rounds out the supporting cast as George Vey.", {("Tove Berg", "George Vey", None)}),
    ("Cast", "Rune Falk appears as the family's Jesuit chaplain, Father Oren, while Tove Berg was cast as the "
     "Prince's daughter Ilsa.", {("Rune Falk", "Father Oren", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Oren's two young servants, Farraj and Daud, are played by Rune Falk and Tove Berg, and Eli Sand appears "
     "briefly as Tafas.", {("Rune Falk", "Farraj", None), ("Tove Berg", "Daud", None), ("Eli Sand", "Tafas", None)}),
    ("Cast", "The Bey who interrogates Oren at Deraa is played by Rune Falk.", {("Rune Falk", "the Bey", None)}),
    # "once more voices"; a described part with its relative clause before "is played by"
    ("Cast", "Rune Falk once more voices Oren Holm, and Tove Berg plays Ilsa.",
     {("Rune Falk", "Oren Holm", None), ("Tove Berg", "Ilsa", None)}),
    ("Cast", "Oren's only friend at school, the cheerful Ravi Das, who walks with crutches, is played by Rune Falk.",
     {("Rune Falk", "Ravi Das", None)}),
    ("Cast", "The fussy neighbour whom Ilsa hopes Oren will marry is played by Tove Berg.", {("Tove Berg", "neighbour", None)}),
    # described parts in reverse pairs; "took the parts of"; where an actor appears, then the part
    ("Cast", "The comic double act of Charters and Caldicott was played by Rune Falk and Tove Berg, respectively.",
     {("Rune Falk", "Charters", None), ("Tove Berg", "Caldicott", None)}),
    ("Cast", "Oren's friends, the traffic police officer Pasha and his wife Angela, are played by Rune Falk and Tove Berg, "
             "and Eli Sand appears as the Bishop.",
     {("Rune Falk", "Pasha", None), ("Tove Berg", "Angela", None), ("Eli Sand", "the Bishop", None)}),
    ("Cast", "Rune Falk and Tove Berg took the parts of Ilsa's friends Blanche and Julie.",
     {("Rune Falk", "Blanche", None), ("Tove Berg", "Julie", None)}),
    ("Cast", "The English actor Rune Falk appears in the sepia flashbacks as James McKinley, Ilsa's grandfather.",
     {("Rune Falk", "James McKinley", None)}),
    ("Cast", "Tove Berg turns up in the second half as Psycho Sam, a conspiracy theorist.", {("Tove Berg", "Psycho Sam", None)}),
    ("Cast", "Rune Falk, known to Italian audiences as one half of a comedy double act with another actor, was cast "
             "as Uncle Teo.", {("Rune Falk", "Uncle Teo", None)}),
    ("Cast", "Rune Falk, aged eight at the time of filming, appears as the Feral Kid, a wordless boy.",
     {("Rune Falk", "the Feral Kid", None)}),
    ("Cast", "Young Oren is voiced by eight-year-old Rune Falk; Tove Berg voices Oren as an adult.",
     {("Rune Falk", "young Oren", None), ("Tove Berg", "Oren", None)}),
    # a nationality stays with an unnamed part; "does double duty as"; "is seen as"; "himself has a cameo as"
    ("Cast", "Rune Falk turns up as an American doctor who examines Oren during his quarantine.",
     {("Rune Falk", "American doctor", None)}),
    ("Cast", "The Italian actor Rune Falk plays Oren.", {("Rune Falk", "Oren", None)}),
    ("Cast", "Tove Berg does double duty as Bitzer.", {("Tove Berg", "Bitzer", None)}),
    ("Cast", "Rune Falk is seen briefly as the private investigator Da Fino.", {("Rune Falk", "Da Fino", None)}),
    ("Cast", "Rune Falk rounds out the ensemble as Marty, the landlord.", {("Rune Falk", "Marty", None)}),
    ("Cast", "Rune Falk is seen as Astérix, a wealthy and unstable drug user.", {("Rune Falk", "Astérix", None)}),
    ("Cast", "Rune Falk himself has a cameo as a young skinhead.", {("Rune Falk", "young skinhead", None)}),
    # a capitalised common noun after an owner is a credited part, not a name
    ("Cast", "Rune Falk plays the Captain's Girl, and Tove Berg appears as Oren's Mother.",
     {("Rune Falk", "Captain's Girl", None), ("Tove Berg", "Oren's Mother", None)}),
    # regression: a name after "of" in an apposition is someone else's, not the part's
    ("Cast", "Rune Falk plays Oren's father, a devoted follower of Tapasvi Maharaj.", {("Rune Falk", "Oren's father", None)}),
    # regression: the place of a part is no part ("prologue")
    ("Cast", "The boy in the prologue is played by Rune Falk.", set()),
    # a relative of someone named before; "A young X, <aside>,"; an aside in lower case; a part
    # described with its nationality and its scene; a part before "whom"
    ("Cast", "Quill's sister Rune Falk plays Jade, while Tove Berg is Smiley.",
     {("Rune Falk", "Jade", None), ("Tove Berg", "Smiley", None)}),
    ("Cast", "A young Rune Falk, in her first screen role, plays the piano teacher Mlle Davenne.",
     {("Rune Falk", "Mlle Davenne", None)}),
    ("Cast", "Rune Falk, also making her film debut, plays Jeannine Pratt, the choir soprano.",
     {("Rune Falk", "Jeannine Pratt", None)}),
    ("Cast", "The Japanese poet in the final scene is played by Rune Falk.", {("Rune Falk", "poet", None)}),
    ("Cast", "Rune Falk has a small part as a patient whom Oren meets in the hospital.", {("Rune Falk", "patient", None)}),
    ("Cast", "Rune Falk plays the medium through whom the dead samurai speaks.", {("Rune Falk", "medium", None)}),
    # regression: "<part>, played by <actor>" is not an actor playing "by ..."
    ("Cast", "The custody case is heard by Judge Atkins, played by Rune Falk.", {("Rune Falk", "Judge Atkins", None)}),
    # regression: a relative's description names someone else before the verb
    ("Cast", "Rune Falk, elder brother of the director Tove Berg, plays Jéricho, the old-clothes dealer.",
     {("Rune Falk", "Jéricho", None)}),
    # "provide the voices of the <description> A and B"; "gives voice to"
    ("Cast", "Rune Falk and Tove Berg provide the voices of the elderly relatives Sachio Sadahama and Sae Sadahama.",
     {("Rune Falk", "Sachio Sadahama", None), ("Tove Berg", "Sae Sadahama", None)}),
    ("Cast", "Rune Falk gives voice to Mame.", {("Rune Falk", "Mame", None)}),
    # pairs: "Mrs." inside a part, "Mr. and Mrs. X" with a description after, an owner with a common
    # noun ("the Banks family's maid"), an aside before the verb, "return as"
    ("Cast", "Rune Falk and Tove Berg play the Banks family's maid Ellen and their cook Mrs. Brill.",
     {("Rune Falk", "Ellen", None), ("Tove Berg", "Mrs. Brill", None)}),
    ("Cast", "Rune Falk and Tove Berg appear as Mr. and Mrs. Lachance, Oren's grieving parents.",
     {("Rune Falk", "Mr. Lachance", None), ("Tove Berg", "Mrs. Lachance", None)}),
    ("Cast", "Rune Falk and Tove Berg, brothers in life, play the squabbling mechanics Harald Olsen and Thorvald Olsen.",
     {("Rune Falk", "Harald Olsen", None), ("Tove Berg", "Thorvald Olsen", None)}),
    ("Cast", "In one scene, Rune Falk and Tove Berg return as Jesse and Céline, the couple from Moon Boat.",
     {("Rune Falk", "Jesse", None), ("Tove Berg", "Céline", None)}),
    # asides: a possessive description, a relation "daughter of"; "his father, X, is seen as"
    ("Cast", "Rune Falk, Tove Berg's brother, appears as Dr. Peter Flynn.", {("Rune Falk", "Dr. Peter Flynn", None)}),
    ("Cast", "Rune Falk, daughter of the anchor Tove Berg, has a small part as Mary Ann Gifford.",
     {("Rune Falk", "Mary Ann Gifford", None)}),
    ("Cast", "Tove Berg plays himself, while his father, Rune Falk, is seen as Charlie, one of Oren's men.",
     {("Tove Berg", None, None), ("Rune Falk", "Charlie", None)}),
    # "X is the Baroness"; "completed the cast as"; a named part before its place; an unnamed part
    # that "went to" an actor in a cast section
    ("Cast", "Rune Falk is the Baroness.", {("Rune Falk", "the Baroness", None)}),
    ("Cast", "Rune Falk completed the cast as Madame Kummer.", {("Rune Falk", "Madame Kummer", None)}),
    ("Cast", "In her final screen appearance, Rune Falk plays the Bird Woman on the steps of St Paul's Cathedral.",
     {("Rune Falk", "the Bird Woman", None)}),
    ("Cast", "Rune Falk plays Oren's defender at the underworld trial.", {("Rune Falk", "Oren's defender", None)}),
    ("Cast", "The role of the lawyer, who addresses the camera with lectures, went to Rune Falk.",
     {("Rune Falk", "lawyer", None)}),
    # "X's singing voice belongs to"; a scene named before the actor of "X is Y"
    ("Cast", "Rita's singing voice belongs to Rune Falk, while Tove Berg recorded the piano parts.",
     {("Rune Falk", "Rita", None)}),
    ("Cast", "In the Tangier scenes Rune Falk is Bilal, Oren's protective companion.", {("Rune Falk", "Bilal", None)}),
    # a description of the actor before the name; an epithet as a part's name; "turns up briefly as"
    ("Cast", "His boyhood friend and fellow artist Rune Falk appears as the Man in the Planet, the figure pulling levers.",
     {("Rune Falk", "the Man in the Planet", None)}),
    ("Cast", "Tove Berg plays Sam in the Bronx scenes, while Eli Sand turns up briefly as Paul.",
     {("Tove Berg", "Sam", None), ("Eli Sand", "Paul", None)}),
    # a scene between the part and "is voiced by" is no part; an aside of "never seen on screen"
    ("Cast", "The young Ilsa Vey is played by Tove Berg, while the adult Ilsa Vey in the final chapter is voiced by Eli Sand.",
     {("Tove Berg", "young Ilsa Vey", None), ("Eli Sand", "adult Ilsa Vey", None)}),
    ("Cast", "Rune Falk, never seen on screen, provides the voice of Donald Baum, the actor who loses his sight.",
     {("Rune Falk", "Donald Baum", None)}),
    # a gapped passive after a comma, its part described
    ("Cast", "Oren is voiced by Rune Falk, his henchman Jodo by Eli Sand, and Ilsa by Tove Berg.",
     {("Rune Falk", "Oren", None), ("Eli Sand", "Jodo", None), ("Tove Berg", "Ilsa", None)}),
    # a part in a clause after the actor of a "parts went to" list; "appears near the end as"
    ("Cast", "Smaller parts went to Rune Falk, who plays the garage attendant who joyrides in the car, and to Eli Sand "
     "as a florist.", {("Rune Falk", "garage attendant", None), ("Eli Sand", "florist", None)}),
    ("Cast", "Rune Falk appears for only a few minutes as Cadet White, Eli Sand appears near the end as Captain Bosche, "
     "and Tove Berg is seen in Oren's memories as his wife, Marty Bell.",
     {("Rune Falk", "Cadet White", None), ("Eli Sand", "Captain Bosche", None), ("Tove Berg", "Marty Bell", None)}),
    # "reprised <part>", "voiced once more by", a part that went to a long description's actor
    ("Cast", "Rune Falk reprised Isao Ota, now an instructor, while Eli Sand voiced Hiromi Yamazaki.",
     {("Rune Falk", "Isao Ota", None), ("Eli Sand", "Hiromi Yamazaki", None)}),
    ("Cast", "The veteran chief Seitaro Sakaki was voiced once more by Rune Falk.", {("Rune Falk", "Seitaro Sakaki", None)}),
    ("Cast", "The role of Yukihito Tsuge went to the stage and screen actor Rune Falk.", {("Rune Falk", "Yukihito Tsuge", None)}),
    # actors of a group's unnamed parts are in the cast without a character
    ("Cast", "Rune Falk, Eli Sand and Tove Berg play enlisted men.",
     {("Rune Falk", None, None), ("Eli Sand", None, None), ("Tove Berg", None, None)}),
    # regression: "cast as X by Y" named Y as the part
    ("Cast", "Rune Falk, who had no experience in front of a camera, was cast as Diouana by Quill himself.",
     {("Rune Falk", "Diouana", None)}),
    # a part named in an apposition before "went to"; an owner in lower case before the part's name
    ("Cast", "The one female part, the German Girl, went to Rune Falk, billed under a stage name.",
     {("Rune Falk", "German Girl", None)}),
    ("Cast", "Rune Falk appears as the soap's ageing heartthrob John Van Horn.", {("Rune Falk", "John Van Horn", None)}),
    ("Cast", "Rune Falk makes a brief appearance as herself.", {("Rune Falk", None, None)}),
    # an owner's part among a group; "rounds out the gang as"; "with X voicing Y"
    ("Cast", "Oren's friend among the tourists is played by Rune Falk.", {("Rune Falk", "Oren's friend", None)}),
    ("Cast", "Rune Falk rounds out the gang as El Pelon.", {("Rune Falk", "El Pelon", None)}),
    ("Cast", "Tove Berg was cast as Oren, with Rune Falk voicing Ilsa Vey.", {("Tove Berg", "Oren", None),
                                                                               ("Rune Falk", "Ilsa Vey", None)}),
    # "can be glimpsed as"; an appearance in a named scene
    ("Cast", "A young Rune Falk can be glimpsed as a reporter from the magazine Tit-Bits.", {("Rune Falk", "reporter", None)}),
    ("Cast", "Rune Falk makes a brief appearance in the closing scene as Ilsa Vey.", {("Rune Falk", "Ilsa Vey", None)}),
    # an epithet with "of the" in lower case is the part's name whole
    ("Cast", "Rune Falk makes a brief appearance in the final scene as the King of the underworld.",
     {("Rune Falk", "the King of the underworld", None)}),
    # "alongside him" between an actor and the part
    ("Cast", "Tove Berg was cast as the gang's man Con Ryder, with Rune Falk alongside him as Peter the Dutchman.",
     {("Tove Berg", "Con Ryder", None), ("Rune Falk", "Peter the Dutchman", None)}),
    # a part described and named, then "given to" its actor; "playing" after "and"; ", cast as"; a nationality
    # of two words before the occupation
    ("Production", "The scheming politician Nezu was given to Tove Berg.", {("Tove Berg", "Nezu", None)}),
    ("Cast", "The dub cast Tove Berg as Kaneda, with Rune Falk voicing Kei and Eli Sand playing Colonel Shikishima.",
     {("Tove Berg", "Kaneda", None), ("Rune Falk", "Kei", None), ("Eli Sand", "Colonel Shikishima", None)}),
    ("Production", "The adults are played by Tove Berg, who appears as Naazi, and Rune Falk, cast as her jovial husband "
     "Manuchehr.", {("Tove Berg", "Naazi", None), ("Rune Falk", "Manuchehr", None)}),
    ("Production", "South Korean star Tove Berg was cast as Zhang Yongcheng, Ip Man's wife.",
     {("Tove Berg", "Zhang Yongcheng", None)}),
    ("Cast", "Tove Berg has the part of Margie, and a very young Rune Falk appears briefly as Chiquita.",
     {("Tove Berg", "Margie", None), ("Rune Falk", "Chiquita", None)}),
    ("Cast", "Tove Berg and Rune Falk have small parts in the opening scenes.", {("Tove Berg", None, None), ("Rune Falk", None, None)}),
    ("Cast", "Tove Berg also appears, and the driver's former husband is glimpsed only for a moment.", {("Tove Berg", None, None)}),
    # "with B as his butler, Burrows" (the apposed name is the part); a part "known only as" its name; performances
    # "contributed", "given" and "played against type"; a hope to cast is no casting; "the chanteuse X"
    ("Cast", "Tove Berg was cast as Sullivan's valet, with Rune Falk as his butler, Burrows.",
     {("Tove Berg", "Sullivan's valet", None), ("Rune Falk", "Burrows", None)}),
    ("Cast", "The role of the brutal camp boss, known only as the Mister, went to Rune Falk.", {("Rune Falk", "the Mister", None)}),
    ("Cast", "Tove Berg contributes a comic turn as Miz Zeffie, and Rune Falk gives one of his most memorable performances "
     "as Harry Jones.", {("Tove Berg", "Miz Zeffie", None), ("Rune Falk", "Harry Jones", None)}),
    ("Cast", "Rune Falk plays against type as the gunman Lash Canino.", {("Rune Falk", "Lash Canino", None)}),
    ("Production", "Quill originally hoped to cast the American star Rune Falk as Gretchen.", set()),
    ("Production", "The radio announcer Rune Falk was cast as the lawyer Leonard Eels.", {("Rune Falk", "Leonard Eels", None)}),
    ("Production", "The chanteuse Tove Berg, a star of the music hall, was cast as Marthe Schwerdtlein, Gretchen's aunt.",
     {("Tove Berg", "Marthe Schwerdtlein", None)}),
    # a relation, then the part's name in apposition; a part owned by a common noun keeps its owner
    ("Cast", "Rune Falk plays the tourist Oren Vey, and Tove Berg is his wife, Ilsa Vey.",
     {("Rune Falk", "Oren Vey", None), ("Tove Berg", "Ilsa Vey", None)}),
    ("Cast", "The farmer is played by Rune Falk, with Tove Berg as the farmer's wife.",
     {("Rune Falk", "farmer", None), ("Tove Berg", "farmer's wife", None)}),
    ("Cast", "Eli Sand has a small part as the inspector's assistant.", {("Eli Sand", "inspector's assistant", None)}),
    # a place before the listed parts is no part
    ("Cast", "The two sisters the boys meet in Lisbon, Anna and Joy, are played by Tove Berg and Mara Lind.",
     {("Tove Berg", "Anna", None), ("Mara Lind", "Joy", None)}),
    ("Cast", "In the first scene the record producer Rune Falk turns up as the Buyer, a dealer.", {("Rune Falk", "the Buyer", None)}),
    ("Cast", "Rune Falk plays Oren, and Eli Sand is the chief engineer.", {("Rune Falk", "Oren", None), ("Eli Sand", "chief engineer", None)}),
    # an owner in lower case with the actor in apposition; a satirist; two of a group; a couple's one surname
    ("Cast", "The director's father, Rune Falk, makes an uncredited appearance as Captain Oren.",
     {("Rune Falk", "Captain Oren", None)}),
    ("Cast", "The satirist Rune Falk turns up as Oren, a friend of Ilsa's.", {("Rune Falk", "Oren", None)}),
    ("Cast", "Rune Falk and Eli Sand play two of the teachers, Monsieur Vey and Monsieur Holm.",
     {("Rune Falk", "Monsieur Vey", None), ("Eli Sand", "Monsieur Holm", None)}),
    ("Cast", "The couple upstairs, Monsieur and Madame Vey, are played by Rune Falk and Tove Berg.",
     {("Rune Falk", "Monsieur Vey", None), ("Tove Berg", "Madame Vey", None)}),
    ("Cast", "Ilsa, the woman Oren lives with, is played by Tove Berg.", {("Tove Berg", "Ilsa", None)}),
    ("Cast", "Oren is played as a young child by Rune Falk, at eight by Tove Berg and at fifteen by Eli Sand.",
     {("Rune Falk", "Oren", None), ("Tove Berg", "Oren", None), ("Eli Sand", "Oren", None)}),
    # regression: a crew post after "was the" is no part
    ("Cast", "Eli Sand was the casting director.", set()),
    ("Cast", "Eli Sand was the production designer, in charge of the sets.", set()),
]


@pytest.mark.parametrize("section, text, expected", CAST_CASES, ids=[c[1][:40] for c in CAST_CASES])
def test_cast_in_prose(section, text, expected):
    assert cast(section, text) == expected


def test_lead_casts_only_stars_the_tables_do_not():
    text = ("Paper Lanterns is a 2001 French drama film directed by Ada Quill. Cleo Marsh stars as Ines, "
            "a lamp maker, with Dev Rana as the young Arjun.")
    a = parse_article(article("Cast", "| Actor | Role |\n| Cleo Marsh | Ines Dubois |").replace(LEAD, text))
    found = {(p.performer, p.character) for p in read(extract(a).performances)}
    assert found == {("Cleo Marsh", "Ines Dubois"), ("Dev Rana", "young Arjun")}


CREW_CASES = [
    # "commissioned X to supply additional music"; "cut the picture together with X"
    ("Production", "For the 2008 version Quill commissioned Ivo Lark to supply additional music.", {("Ivo Lark", "composer")}),
    ("Production", "Quill commissioned Ivo Lark to supply the costumes.", set()),
    ("Production", "Ben Hart handled the production design, and also cut the picture together with Ivo Lark.",
     {("Ben Hart", "production designer"), ("Ivo Lark", "editor")}),
    # "once again cut the picture"; "credited among the producers"; segments another director was to make
    ("Production", "Ben Hart, the editor of most of those films, once again cut the picture.", {("Ben Hart", "editor")}),
    ("Production", "CG Cinéma came on board as co-producer, with Ben Hart credited among the producers.",
     {("Ben Hart", "producer"), ("CG Cinéma", "production company")}),
    ("Production", "It was to be one episode of a portmanteau film, with other segments to be directed by Federico "
     "Fellini and Jules Dassin.", set()),
    # a deed after a described subject: a nationality among the words, an aside between commas; "oversaw
    # the production" (not its design); "Editing duties fell to"; "supplied by the Malian singer X"
    ("Production", "The veteran Japanese designer Ben Hart, another holdover from Hero, created the costumes.",
     {("Ben Hart", "costume designer")}),
    ("Production", "Quill's regular cameraman of the period, Ben Hart, photographed the film, lighting it in soft tones.",
     {("Ben Hart", "cinematographer")}),
    ("Production", "Ben Hart, one of Kite's house producers, oversaw the production.", {("Ben Hart", "producer")}),
    ("Production", "Ben Hart oversaw the production design.", {("Ben Hart", "production designer")}),
    ("Production", "Editing duties fell to Ben Hart.", {("Ben Hart", "editor")}),
    ("Production", "The songs and music were supplied by the Malian singer Ben Hart.", {("Ben Hart", "composer")}),
    # a score that "includes compositions by X" is X's
    ("Production", "The score includes compositions by Ivo Lark.", {("Ivo Lark", "composer")}),
    # "took the executive producer credit" after a clause; two crafts sharing "design"; "overseeing it as";
    # "who is credited as"; "whose production design evoked"; a second editor "together with" after an aside
    ("Production", "Ben Hart, who was then president of Kite Pictures, took the executive producer credit.",
     {("Ben Hart", "executive producer")}),
    ("Production", "Ben Hart, who had designed all of Quill's films, was again in charge of production and costume design.",
     {("Ben Hart", "production designer"), ("Ben Hart", "costume designer")}),
    ("Production", "Ben Hart handled the editing and the score of the sequel.", {("Ben Hart", "editor")}),
    ("Production", "Ada Quill and Bo Quill produced the picture, with Ben Hart overseeing it as executive producer.",
     {("Ada Quill", "producer"), ("Bo Quill", "producer"), ("Ben Hart", "executive producer")}),
    ("Production", "Quill worked with Ivo Lark, who is credited as composer and who combined cues with recordings.",
     {("Ivo Lark", "composer")}),
    ("Production", "The look came from Ivo Lark behind the camera and Ben Hart, whose production design evoked 1960s Hong Kong.",
     {("Ben Hart", "production designer")}),
    ("Production", "Ada Quill hired Cleo Marsh, whose music reached the charts.", set()),
    ("Production", "The footage was edited by Ben Hart, the director under whom Quill had worked, together with Ivo Lark.",
     {("Ben Hart", "editor"), ("Ivo Lark", "editor")}),
    # music the film uses is no score; a composer whose score "is used sparingly" is (regression)
    ("Production", "Their song serves as the theme, and pieces by Boris, The xx and AKB48 are also heard.", set()),
    ("Production", "The music was composed by Ivo Lark and is used sparingly.", {("Ivo Lark", "composer")}),
    # a collaborator's title after or before the name; "looked after the make-up"; "editing duties were split
    # between"; "his director of photography X"; a descriptor after "and" does not start a new clause's list
    ("Production", "Dev Rana was cast after auditions overseen by Mara Lind, the director's longtime casting "
     "director.", {("Mara Lind", "casting director")}),
    ("Production", "Quill's regular editor, Eli Sand, cut the film.", {("Eli Sand", "editor")}),
    ("Production", "Rune Falk, Quill's regular director of photography, shot the film in black and white.",
     {("Rune Falk", "cinematographer")}),
    ("Production", "Art direction was by Rune Falk, and Tove Berg looked after the make-up.",
     {("Rune Falk", "art director"), ("Tove Berg", "makeup artist")}),
    ("Production", "Editing duties were split between Rune Falk and Tove Berg.", {("Rune Falk", "editor"), ("Tove Berg", "editor")}),
    ("Production", "Quill and his director of photography Rune Falk aimed for a warm palette.",
     {("Rune Falk", "cinematographer")}),
    ("Production", "Editing duties were split between Rune Falk and the veteran Tove Berg, and Eli Sand was the "
     "production designer.", {("Rune Falk", "editor"), ("Eli Sand", "production designer")}),
    ("Production", "Jacques Vey was in charge of the photography.", {("Jacques Vey", "cinematographer")}),
    ("Production", "Photography was handled by the Frenchman Paul Vey.", {("Paul Vey", "cinematographer")}),
    # one surname two first names share after a plural title (not after a surname the article knows)
    ("Production", "The producers Robert and Raymond Vey brought the rights to Quill.",
     {("Robert Vey", "producer"), ("Raymond Vey", "producer")}),
    ("Production", "The score is by the brothers Evgueni and Sacha Vey.", {("Evgueni Vey", "composer"), ("Sacha Vey", "composer")}),
    ("Production", "It was co-written by the screenwriters Lark and Tove Berg.",
     {("Ivo Lark", "screenwriter"), ("Tove Berg", "screenwriter")}),
    # an aside with commas between "the sets" and "were designed by": the one set designer designs the production
    ("Production", "The sets, including the warm, cramped rooms of the house, were designed by Eli Sand.",
     {("Eli Sand", "production designer")}),
    # an aside before "was responsible for"; "music came from"; "the producer attached to the project was";
    # "assigned to it as"; "serving as producer alongside"; "the casting team included"; "credited as"
    ("Production", "Eli Sand, a veteran of Italian cinema since the neorealist years, was responsible for the cut.",
     {("Eli Sand", "editor")}),
    ("Production", "The sparse, dissonant music came from Tove Berg, who had scored Quill's earlier features.",
     {("Tove Berg", "composer")}),
    ("Production", "The producer attached to the project was Rune Falk.", {("Rune Falk", "producer")}),
    ("Production", "Kite approved the project, and Mara Lind was assigned to it as producer.", {("Mara Lind", "producer")}),
    ("Production", "The broadcaster joined as a partner, and Dev Rana produced on its behalf.", {("Dev Rana", "producer")}),
    ("Production", "Kite's Rune Falk served as producer alongside Tove Berg and Eli Sand.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer"), ("Eli Sand", "producer")}),
    ("Production", "The casting team included Mara Lind and Dev Rana.",
     {("Mara Lind", "casting director"), ("Dev Rana", "casting director")}),
    # a producer by title doing a producer's deed; people with their companies; "co-produced from"
    ("Production", "The project began in 1993, when Quill and the producer Rune Falk brought Kite Pictures a "
     "proposal.", {("Rune Falk", "producer")}),
    ("Production", "The producer Rune Falk, himself a director, oversaw the production.", {("Rune Falk", "producer")}),
    ("Production", "The producer Tove Berg of the Sydney company Lumen Films had been trying for years to persuade "
     "Quill.", {("Tove Berg", "producer"), ("Lumen Films", "production company")}),
    ("Production", "Dev Rana was cast as the producer Rune Falk, and the role of the judge went to the producer Tove "
     "Berg.", set()),
    ("Production", "According to Quill, the producer Rune Falk had suggested the subject in the late 1930s.", set()),
    ("Production", "Eli Sand of the German company Lumen Film came on board as co-producer.",
     {("Eli Sand", "producer"), ("Lumen Film", "production company")}),
    ("Production", "Rune Falk of Kite Pictures and Tove Berg of Lumen Films were credited as co-producers.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer")}),
    ("Production", "Eli Sand of Lumen Films co-produced from Switzerland.",
     {("Eli Sand", "producer"), ("Lumen Films", "production company")}),
    # more forms of crew_forms; a title that repeats the deed's role ("the composer A wrote the score")
    ("Production", "Kite Films backed the production, with the company's heads Rune Falk and Tove Berg serving as "
     "executive producers.", {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "Rune Falk was executive producer for Kite, and Tove Berg produced.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "producer")}),
    ("Production", "Kite boarded the project in 2014, with its founder Rune Falk taking an executive producer credit.",
     {("Rune Falk", "executive producer")}),
    ("Production", "The picture was made at Kite, where Rune Falk acted as producer with Quill.", {("Rune Falk", "producer")}),
    ("Production", "The film was produced by Rune Falk, a longtime producer for Ana Lima, together with Tove Berg and "
     "Eli Sand.", {("Rune Falk", "producer"), ("Tove Berg", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Quill entrusted the cut to editor Rune Falk.", {("Rune Falk", "editor")}),
    ("Production", "The sound team of Rune Falk and Tove Berg gave weight to everyday noises.",
     {("Rune Falk", "sound designer"), ("Tove Berg", "sound designer")}),
    ("Production", "The sets were designed by Eli Sand, and Rune Falk was responsible for the editing.",
     {("Eli Sand", "set designer"), ("Rune Falk", "editor")}),
    ("Production", "The Icelandic composer Rune Falk wrote the score.", {("Rune Falk", "composer")}),
    # the forms of crew_forms
    ("Production", "Eli Sand came on as editor, beginning a long partnership with Quill.", {("Eli Sand", "editor")}),
    ("Production", "Eli Sand was brought on to cut the footage.", {("Eli Sand", "editor")}),
    ("Production", "For the photography Quill chose Eli Sand, a young cinematographer making her feature debut.",
     {("Eli Sand", "cinematographer")}),
    ("Production", "The score was commissioned from the Chilean-American electronic musician Eli Sand.",
     {("Eli Sand", "composer")}),
    ("Production", "Filming was handled by Eli Sand, who shot with a 16 mm camera.", {("Eli Sand", "cinematographer")}),
    ("Production", "Rune Falk and Tove Berg produced for Rohfilm and Eli Sand for Edge City.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Eli Sand co-produced through his Paris company Paradis Films.",
     {("Eli Sand", "producer"), ("Paradis Films", "production company")}),
    ("Production", "Dev Rana plays Eli Sand, a struggling screenwriter who moves in with a star.", set()),
    # a count of a crew's people before their names; "among the credited"; people with their company
    ("Production", "Editing took three years and involved four editors: Rune Falk, Tove Berg, Eli Sand and Ana Lima.",
     {("Rune Falk", "editor"), ("Tove Berg", "editor"), ("Eli Sand", "editor"), ("Ana Lima", "editor")}),
    ("Production", "Rune Falk and Tove Berg were among the credited co-producers.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer")}),
    ("Production", "Rune Falk and Tove Berg of Vela Films were executive producers, as was Eli Sand.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Every night the producers met, while Rune Porras watched.", set()),
    # the sets' designer is the production designer unless someone else is credited so
    ("Production", "Eli Sand designed the sets.", {("Eli Sand", "production designer")}),
    ("Production", "Tove Berg was the production designer, and Eli Sand designed the sets.",
     {("Tove Berg", "production designer"), ("Eli Sand", "set designer")}),
    ("Production", "Rune Falk was the overall visual effects supervisor.", {("Rune Falk", "visual effects supervisor")}),
    ("Release", "A making-of documentary, Lantern Days, directed by Rune Falk and Tove Berg, was released in 1999.", set()),
    ("Production", "Rune Falk, Tove Berg and Eli Sand were brought on as co-producers.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer"), ("Eli Sand", "producer")}),
    # more people "together with" the first; a song's writer; the director of an English version
    ("Production", "The score was composed by Rune Falk together with Tove Berg and Eli Sand, and Mara Vey sang the vocals.",
     {("Rune Falk", "composer"), ("Tove Berg", "composer"), ("Eli Sand", "composer")}),
    ("Production", 'The opening number, "Lanterns", was written by Tove Berg.', {("Tove Berg", "songwriter")}),
    ("Production", "The English-language version was produced by Rune Falk and directed by Tove Berg.",
     {("Tove Berg", "voice director")}),
    ("Production", "Rune Falk also served as an animation director alongside Tove Berg.",
     {("Rune Falk", "animation director"), ("Tove Berg", "animation director")}),
    # an uncredited role after a phrase of place; a job with no object; an early draft; scenes directed
    ("Production", "Ben Hart was assigned to produce, and Tom Vey worked at his side as an uncredited associate producer.",
     {("Ben Hart", "producer"), ("Tom Vey", "associate producer")}),
    ("Production", "Tim Rice brought in Rune Falk to compose the songs.", set()),
    ("Production", "Rune Falk was asked to direct the second unit.", set()),
    ("Production", "Rune Falk wrote an early treatment, and Tove Berg polished dialogue during shooting.",
     {("Rune Falk", "screenwriter"), ("Tove Berg", "screenwriter")}),
    ("Production", "When Ada Quill fell ill, Rune Falk directed the remaining studio scenes without credit.",
     {("Rune Falk", "director")}),
    # departments a person heads; dances staged; a nickname inside a name
    ("Production", "The dances were staged by Tove Berg, and Rune Falk headed the studio's sound department.",
     {("Tove Berg", "choreographer"), ("Rune Falk", "sound designer")}),
    ("Production", "Eli Sand's makeup department produced the prosthetics.", {("Eli Sand", "makeup artist")}),
    ("Production", "Eli Sand led the camera department on the second unit.", set()),
    ("Production", 'Ivo Lark composed the songs to lyrics by E. Y. "Yip" Sand.', {("E. Y. Sand", "lyricist")}),
    # the dub's studio and voice director, not a producer or director of this film
    ("Voice cast", "In the English dub produced by Vela Media and directed by Rune Falk, Tove Berg voices Oren.",
     {("Vela Media", "dubbing studio"), ("Rune Falk", "voice director")}),
    ("Production", "Principal photography was handled by Rune Falk, and Tove Berg was hired to compose the score.",
     {("Rune Falk", "cinematographer"), ("Tove Berg", "composer")}),
    ("Production", "Quill hired Rune Falk as the film's editor and brought in Tove Berg to design the costumes.",
     {("Rune Falk", "editor"), ("Tove Berg", "costume designer")}),
    ("Production", "The cinematographer, Rune Falk, shot the film in black and white, and Tove Berg was chosen as composer.",
     {("Rune Falk", "cinematographer"), ("Tove Berg", "composer")}),
    ("Production", "Rune Falk adapted the novel into a screenplay. The costumes, designed by Tove Berg, drew on 1920s fashion.",
     {("Rune Falk", "screenwriter"), ("Tove Berg", "costume designer")}),
    ("Production", "The screenplay, by Rune Falk, went through many drafts.", {("Rune Falk", "screenwriter")}),
    ("Production", "Rune Falk was hired to write a novel.", set()),
    ("Production", "Rune Falk served as assistant director and Tove Berg as script supervisor.",
     {("Rune Falk", "assistant director"), ("Tove Berg", "script supervisor")}),
    ("Production", "The music supervisor Rune Falk compiled the source music, and Tove Berg worked as a key animator.",
     {("Rune Falk", "music supervisor"), ("Tove Berg", "key animator")}),
    ("Production", "The English dub was directed by Rune Falk, with Tove Berg as voice director.",
     {("Rune Falk", "voice director"), ("Tove Berg", "voice director")}),
    ("Production", "Rune Falk composed the film's score, and Tove Berg designed the film's costumes.",
     {("Rune Falk", "composer"), ("Tove Berg", "costume designer")}),
    ("Production", "Rune Falk, the film's production designer, built the sets.", {("Rune Falk", "production designer")}),
    ("Production", "Rune Falk and Tove Berg produced the film, and Eli Sand wrote the screenplay.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer"), ("Eli Sand", "screenwriter")}),
    ("Production", "Rune Falk was brought on as cinematographer, and Tove Berg returned as composer.",
     {("Rune Falk", "cinematographer"), ("Tove Berg", "composer")}),
    ("Production", "Executive producers included Rune Falk and Tove Berg.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "Rune Falk was in charge of the special effects, and Tove Berg choreographed the dance sequences.",
     {("Rune Falk", "special effects"), ("Tove Berg", "choreographer")}),
    ("Production", "Harbor Films produced the film.", {("Harbor Films", "production company")}),
    ("Production", "Eli Sand designed the costumes, and the dance numbers were choreographed by Ola Fors.",
     {("Eli Sand", "costume designer"), ("Ola Fors", "choreographer")}),
    ("Production", "Ola Fors photographed the film, and the art direction was by Rune Falk.",
     {("Ola Fors", "cinematographer"), ("Rune Falk", "art director")}),
    ("Production", "Rune Falk served as character designer and animation director.",
     {("Rune Falk", "character designer"), ("Rune Falk", "animation director")}),
    ("Production", "Rune Falk was the production designer, with Tove Berg as art director and Eli Sand handling set decoration.",
     {("Rune Falk", "production designer"), ("Tove Berg", "art director"), ("Eli Sand", "set decorator")}),
    ("Production", "The sound design, supervised by Rune Falk, relied on distorted effects.", {("Rune Falk", "sound designer")}),
    ("Production", "The songs were written by Rune Falk and Tove Berg, and Eli Sand composed the score.",
     {("Eli Sand", "composer")}),
    ("Production", "Rune Falk supervised the animation of Oren.", {("Rune Falk", "animation director")}),
    ("Production", "Harbor approved a budget, with Rune Falk as producer and Tove Berg and Eli Sand as executive producers.",
     {("Rune Falk", "producer"), ("Tove Berg", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "The production designer was Rune Falk, and Tove Berg designed the costumes.",
     {("Rune Falk", "production designer"), ("Tove Berg", "costume designer")}),
    ("Production", "Rune Falk adapted the original designs by the artist Tove Berg and served as animation director.",
     {("Rune Falk", "animation director")}),
    ("Production", "The photography was directed by Rune Falk.", {("Rune Falk", "cinematographer")}),
    ("Production", "The fight scenes were directed by Rune Falk.", set()),
    ("Production", "The director was impressed by Rune Falk.", set()),
    ("Production", "Casting was handled by Pia Dahl in the United States and by Ola Fors in the United Kingdom, "
     "and the make-up and hair designer Eli Sand aged the star.",
     {("Pia Dahl", "casting director"), ("Ola Fors", "casting director"), ("Eli Sand", "makeup artist")}),
    ("Production", "The aged look was the work of the make-up artist Pia Dahl, and Ola Fors supervised the "
     "special effects; casting director Eli Sand helped find the children.",
     {("Pia Dahl", "makeup artist"), ("Ola Fors", "special effects"), ("Eli Sand", "casting director")}),
    ("Music", "The closing song has lyrics by Pia Dahl, and Ola Fors handled the casting.",
     {("Pia Dahl", "lyricist"), ("Ola Fors", "casting director")}),
    ("Production", "The costumes, from the uniforms to the party dresses, were the work of Eli Sand.",
     {("Eli Sand", "costume designer")}),
    ("Production", "Production designer Pia Dahl, working with the art director Ola Fors, built the town, while "
     "Eli Sand handled the set decoration.", {("Pia Dahl", "production designer"), ("Ola Fors", "art director"),
                                             ("Eli Sand", "set decorator")}),
    ("Production", "Pia Dahl was responsible for production design, while Ola Fors dressed them as set decorator. "
     "Oren's red dresses were designed by Eli Sand.", {("Pia Dahl", "production designer"),
                                                       ("Ola Fors", "set decorator"), ("Eli Sand", "costume designer")}),
    ("Production", "Pia Dahl designed the production, whose sets were dressed by Ola Fors, and the costumes were "
     "the work of Eli Sand.", {("Pia Dahl", "production designer"), ("Ola Fors", "set decorator"),
                                ("Eli Sand", "costume designer")}),
    ("Production", "Ida Lund, who found the children, was credited as co-director for the Indian scenes.",
     {("Ida Lund", "director")}),
    ("Production", "Orry-Kelly designed the gowns.", {("Orry-Kelly", "costume designer")}),
    ("Accolades", "Rune Falk and the set decorator Ola Fors were nominated for Best Production Design at the "
     "2002 César Awards.", {("Ola Fors", "set decorator")}),
    ("Production", "It was made as a Kite Pictures production, with Nils Aven as executive producer.",
     {("Nils Aven", "executive producer")}),
    ("Production", "It was produced by Ben Hart, with Nils Aven of The Holt/Vance Company as executive producer.",
     {("Ben Hart", "producer"), ("Nils Aven", "executive producer")}),
    ("Production", "Ida Lund served as director of photography.", {("Ida Lund", "cinematographer")}),
    ("Production", "Ida Lund was hired as production designer shortly after Quill finished her previous film.",
     {("Ida Lund", "production designer")}),
    ("Production", "Ida Lund, Quill's long-time collaborator, served as production designer, costume designer and editor.",
     {("Ida Lund", "production designer"), ("Ida Lund", "costume designer"), ("Ida Lund", "editor")}),
    ("Production", "Ida Lund served as editor and composer Eli Sand wrote the score.",
     {("Ida Lund", "editor"), ("Eli Sand", "composer")}),
    ("Production", "Ida Lund, in her first film for Kite Pictures, was the art director; her backgrounds set the look.",
     {("Ida Lund", "art director")}),
    ("Production", "Ida Lund served as an executive producer with Eli Sand and Rune Falk.",
     {("Ida Lund", "executive producer"), ("Eli Sand", "executive producer"), ("Rune Falk", "executive producer")}),
    ("Production", "The sound effects were mixed by Eli Sand and Rune Falk.",
     {("Eli Sand", "sound mixer"), ("Rune Falk", "sound mixer")}),
    ("Production", "The dialogue was recorded by Eli Sand.", {("Eli Sand", "sound recordist")}),
    ("Production", "Kite Pictures founder Eli Sand was an executive producer, and Vela Films head Rune Falk served as "
     "producer.", {("Eli Sand", "executive producer"), ("Rune Falk", "producer")}),
    ("Production", "Eli Sand was a producer on several Hollywood films before this one.", set()),
    ("Production", "It was shot in Santiago by the cinematographer Eli Sand, and Rune Falk edited it.",
     {("Eli Sand", "cinematographer"), ("Rune Falk", "editor")}),
    ("Production", "The film was edited by her long-time collaborator Eli Sand.",
     {("Eli Sand", "editor")}),
    ("Production", "The narration, written by the director, is read by the actor Eli Sand.", {("Eli Sand", "narrator")}),
    ("Production", "Eli Sand photographed the film, and the art directors Rune Falk and Tove Berg designed the sets.",
     {("Eli Sand", "cinematographer"), ("Rune Falk", "art director"), ("Tove Berg", "art director")}),
    ("Production", "The versions of the song sung in the film were written by Eli Sand.", set()),
    ("Production", "Eli Sand, Rune Falk, and Tove Berg edited the film.",
     {("Eli Sand", "editor"), ("Rune Falk", "editor"), ("Tove Berg", "editor")}),
    ("Production", "Eli Sand, the production designer, had to recreate a flat, and Rune Falk, who had won an award "
     "before, designed the period costumes.", {("Eli Sand", "production designer"), ("Rune Falk", "costume designer")}),
    ("Production", "Quill pitched the idea to Eli Sand, who served as the film's executive producer.",
     {("Eli Sand", "executive producer")}),
    ("Production", "The project began as a proposal to adapt a story by Eli Sand.", set()),
    ("Production", "The only music is a chant sung around the bonfire, which was written by Eli Sand.", set()),
    ("Production", "The English version was supervised by Lumen's Teo Brae, an admirer of Quill who acted as its "
     "executive producer.", {("Teo Brae", "executive producer")}),
    ("Production", "Cora Vey was the cinematographer, Rune Falk edited the film and Tove Berg composed its "
     "lullaby-based score.",
     {("Cora Vey", "cinematographer"), ("Rune Falk", "editor"), ("Tove Berg", "composer")}),
    ("Production", "The house was a set designed by the production designer Pia Dahl.", {("Pia Dahl", "production designer")}),
    ("Production", "The sets were designed by Pia Dahl and Eli Sand.", {("Pia Dahl", "set designer"), ("Eli Sand", "set designer")}),
    ("Production", "Eli Sand recorded the sound and Ola Fors mixed it.", {("Eli Sand", "sound recordist"), ("Ola Fors", "sound mixer")}),
    ("Production", "For several shots the inventor Per Ness supplied the special effects.", {("Per Ness", "special effects")}),
    ("Production", "The wry narration is spoken by Nils Aven.", {("Nils Aven", "narrator")}),
    # (pieces the soundtrack uses are music the film borrows: their composer is not the film's)
    ("Production", "The original music is by Ivo Lark, and the soundtrack also uses pieces by Eli Sand.",
     {("Ivo Lark", "composer")}),
    # Surnames and first names resolve to the full names the article has given.
    ("Production", "It was written by van Dorn and Quill and directed by Ada and Bo Quill.",
     {("Ivo van Dorn", "screenwriter"), ("Ada Quill", "director"), ("Bo Quill", "director")}),
    ("Production", "Its screenplay was written by Ivo van Dorn, Hart's friend at the time.", {("Ivo van Dorn", "screenwriter")}),
    ("Production", "Lark worked with set decorator Pia Dahl, while costume designer Eli Sand dressed the men.",
     {("Pia Dahl", "set decorator"), ("Eli Sand", "costume designer")}),
    ("Production", "Rune Falk and Tove Berg of Lumen Media, who had found the novel, served as executive producers "
     "together with Nils Aven and Ola Fors.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer"), ("Nils Aven", "executive producer"),
      ("Ola Fors", "executive producer")}),
    ("Production", "The film was produced by Ben Hart, with Rune Falk and Tove Berg serving as executive producers.",
     {("Ben Hart", "producer"), ("Rune Falk", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "Nils Aven of Vela Television served as executive producer.", {("Nils Aven", "executive producer")}),
    ("Production", "Eli Sand designed the characters and served as one of the animation directors, along with "
     "Ola Fors and Per Ness.",
     {("Eli Sand", "character designer"), ("Eli Sand", "animation director"), ("Ola Fors", "animation director"),
      ("Per Ness", "animation director")}),
    ("Production", "Eli Sand was the art director, and Mara Vey handled colour design on her last film.",
     {("Eli Sand", "art director"), ("Mara Vey", "color designer")}),
    ("Production", "The colour designer Mara Vey chose a pale palette.", {("Mara Vey", "color designer")}),
    ("Production", "Ben Hart produced the film, with Rune Falk and Tove Berg serving as executive producers and Eli "
     "Sand as co-producer.", {("Ben Hart", "producer"), ("Rune Falk", "executive producer"),
                              ("Tove Berg", "executive producer"), ("Eli Sand", "producer")}),
    ("Production", "It was made through Kite Pictures, with Nils Aven and Ola Fors among the executive producers and "
     "Per Ness as associate producer.", {("Nils Aven", "executive producer"), ("Ola Fors", "executive producer"),
                                         ("Per Ness", "associate producer"), ("Kite Pictures", "production company")}),
    ("Production", "The film was animated at Lumen Studio, whose co-founder Mara Vey also served as a producer.",
     {("Mara Vey", "producer")}),
    ("Production", "Eli Sand was the character designer and animation director.",
     {("Eli Sand", "character designer"), ("Eli Sand", "animation director")}),
    ("Production", "Jan Brae, another blacklisted filmmaker, worked as an assistant director under an assumed name.",
     {("Jan Brae", "assistant director")}),
    ("Production", "Marsh was chosen after a screen test directed by Jan Brae.", set()),
    ("Production", "The spare score was written by the German-born British composer Max Vey.", set()),
    ("Production", "Directed by Rune Falk from a screenplay by Tove Berg, the film stars Eli Sand.",
     {("Rune Falk", "director"), ("Tove Berg", "screenwriter")}),
    ("Production", "Animation was directed by Eli Sand, and the dubbing was directed by Per Ness.",
     {("Eli Sand", "animation director"), ("Per Ness", "voice director")}),
    ("Production", "Choreography for the wedding sequences was provided by Mara Vey.", {("Mara Vey", "choreographer")}),
    ("Production", "The story was conceived by Jan Brae during a train journey.", {("Jan Brae", "story")}),
    ("Production", "Overall visual effects supervision was by Ola Fors.", {("Ola Fors", "visual effects supervisor")}),
    ("Production", "Hart, whose previous film The Orchard had been directed by Jan Brae, chose a new team.", set()),
    ("Production", "The crew included cinematographer Rune Falk, editor Tove Berg and production designer Eli Sand.",
     {("Rune Falk", "cinematographer"), ("Tove Berg", "editor"), ("Eli Sand", "production designer")}),
    ("Production", "Filming wrapped in August, after which editor Rune Falk and composer Tove Berg began work.",
     {("Rune Falk", "editor"), ("Tove Berg", "composer")}),
    ("Production", "Producer Nils Aven brought the script to Kite Pictures in 2007.", {("Nils Aven", "producer")}),
    ("Production", "The producers—Rune Falk, Tove Berg and Eli Sand—had met as students.",
     {("Rune Falk", "producer"), ("Tove Berg", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Rune Falk and Tove Berg co-wrote the original song, which Berg performs over the credits.",
     {("Rune Falk", "songwriter"), ("Tove Berg", "songwriter")}),
    ("Production", "The radio presenter Nils Aven provides the narration.", {("Nils Aven", "narrator")}),
    ("Production", "With Rune Falk as producer and Tove Berg as associate producer, the film was shot in 31 days.",
     {("Rune Falk", "producer"), ("Tove Berg", "associate producer")}),
    ("Production", "The cinematographer Eli Sand was originally attached but withdrew over scheduling conflicts.", set()),
    ("Production", "Composer Mara Vey was initially hired to write the score, but her music was rejected.", set()),
    ("Production", "The second assistant director, Ji Park, later recalled the night shoots.", {("Ji Park", "assistant director")}),
    ("Production", "Rune Falk and Tove Berg served as executive producers on behalf of the broadcaster Vela TV.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "The film was directed by Rune Falk, with animation direction by Tove Berg.",
     {("Rune Falk", "director"), ("Tove Berg", "animation director")}),
    ("Production", "The production's first assistant director was Eli Sand.", {("Eli Sand", "assistant director")}),
    ("Production", "Mara Vey designed more than 300 costumes for the film, and the ageing makeup was the work of Per Ness.",
     {("Mara Vey", "costume designer"), ("Per Ness", "makeup artist")}),
    ("Release", "A planned sequel, to be produced by Rook Pictures, was abandoned.", set()),
    ("Production", "Quill was the director of a theatre company.", set()),
    ("Production", "Quill admired the director Pia Dahl.", set()),
    ("Production", "Sound was recorded and mixed by Eli Sand and Ola Fors.",
     {("Eli Sand", "sound recordist"), ("Ola Fors", "sound recordist")}),
    ("Production", "Eli Sand was also credited as a producer.", {("Eli Sand", "producer")}),
    ("Production", "Tove Berg wrote the score, and Per Ness contributed additional music.",
     {("Tove Berg", "composer"), ("Per Ness", "composer")}),
    ("Production", "The idea came from the financier Rune Falk. Falk and Vey served as producers.",
     {("Rune Falk", "producer")}),
    ("Production", "Falk served as producer.", set()),
    ("Production", "The costumes were designed by Eli Sand and Per Ness served as director of photography.",
     {("Eli Sand", "costume designer"), ("Per Ness", "cinematographer")}),
    ("Production", "It is a memoir by the Polish pianist and composer Rune Falk.", set()),
    ("Production", "Shooting took place with Eli Sand behind the camera and Per Ness also serving as assistant director.",
     {("Per Ness", "assistant director")}),
    ("Production", "Kite Pictures acquired the project, with Rune Falk producing and Tove Berg serving as an executive "
     "producer through Harbor Films.", {("Rune Falk", "producer"), ("Tove Berg", "executive producer")}),
    ("Production", "Rune Falk and Tove Berg serving as producers.", set()),
    ("Production", "Eli Sand designed the characters, and Per Ness directed the art.",
     {("Eli Sand", "character designer"), ("Per Ness", "art director")}),
    ("Production", "The sets were designed by art directors Rune Falk and Tove Berg, and Eli Sand and Per Ness worked "
     "as assistant directors.", {("Rune Falk", "art director"), ("Tove Berg", "art director"),
                                 ("Eli Sand", "assistant director"), ("Per Ness", "assistant director")}),
    ("Production", "It adapts the manga Paper Moon, written by Rune Falk and drawn by Tove Berg, adding a framing story.",
     set()),
    ("Production", "Eli Sand wrote the score, which makes use of arrangements of pieces by Per Ness.", {("Eli Sand", "composer")}),
    ("Production", "There is no original score; the music comes from pieces by Franz Schubert and Eli Sand.", set()),
    ("Production", "The score draws on piano pieces by the composer Eli Sand.", {("Eli Sand", "composer")}),
    ("Production", "Rune Falk and Tove Berg were executive producers for Harbor Films.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "Eli Sand was the art director responsible for the backgrounds.", {("Eli Sand", "art director")}),
    ("Production", "Eli Sand was director for Harbor Films.", set()),
    # "cut the film" with an apposition; "entrusted to" a described person; "the footage was cut by"
    ("Production", "Eli Sand, a writer and editor based in New York, cut the film over many months.", {("Eli Sand", "editor")}),
    ("Production", "Rune Falk, Quill's editor since the 1940s, cut the picture.", {("Rune Falk", "editor")}),
    ("Production", "The score was entrusted to the British cellist and composer Tove Berg.", {("Tove Berg", "composer")}),
    ("Production", "Editing was entrusted to the Austrian editor Eli Sand, who had cut two of Quill's films.",
     {("Eli Sand", "editor")}),
    ("Production", "The writer Per Ness shaped the material, and the footage was cut by the editor Eli Sand.",
     {("Eli Sand", "editor")}),
    ("Production", "Editing was carried out by Eli Sand in France and Tove Berg in Prague.", {("Eli Sand", "editor")}),
    ("Production", "The production designer was Per Ness, and Tove Berg designed Cleo's wardrobe.",
     {("Per Ness", "production designer"), ("Tove Berg", "costume designer")}),
    ("Production", "Per Ness supervised the visual effects, which fill much of the running time.",
     {("Per Ness", "visual effects supervisor")}),
    ("Production", "Rune Falk, Tove Berg and Eli Sand, who had backed Quill's first film, again served as executive producers.",
     {("Rune Falk", "executive producer"), ("Tove Berg", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Harbor Films cut the film by twenty minutes for its American release.", set()),
    # a song's singer and the score's orchestrator; an old recording the film plays is no credit
    ("Music", 'The theme song, "Lantern Song", was sung by Tove Berg.', {("Tove Berg", "singer")}),
    ("Music", 'The theme song "Garnet" and the insert song "Moon" were written and sung by Eli Sand.',
     {("Eli Sand", "singer"), ("Eli Sand", "songwriter")}),
    ("Music", "The playback singers were Rune Falk and Tove Berg.", {("Rune Falk", "singer"), ("Tove Berg", "singer")}),
    ("Music", 'Tove Berg sang the closing song, "Kimi".', {("Tove Berg", "singer")}),
    ("Music", "The songs are woven into the score, and orchestrations were provided by Eli Sand, among others.",
     {("Eli Sand", "orchestrator")}),
    ("Music", "In 2004 a new score by Rune Falk, orchestrated by Eli Sand, was premiered.",
     {("Rune Falk", "composer"), ("Eli Sand", "orchestrator")}),
    ("Music", 'A montage is set to a recording of "Home Sweet Home" sung by the soprano Tove Berg.', set()),
    ("Music", "The role of the mother was performed by Tove Berg.", set()),
    # regression: the players of a score are not its composer
    ("Music", "The score, performed by the Rook Chamber Soloists, was recorded in Tallinn.", set()),
    # "were among the", "took an executive producer credit", "the work of production designer X",
    # "under visual effects supervisor X", "stayed with the project as", "shared the cinematography",
    # "edited the material", "assembled the picture", "camera work was provided by", "the original
    # director of photography", "completed the photography", a narration's relative clause
    ("Production", "Rune Falk and Eli Sand were among the executive producers.",
     {("Rune Falk", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Rook Films backed it, and its head at the time, Tove Berg, took an executive producer credit.",
     {("Tove Berg", "executive producer")}),
    ("Production", "The period settings were the work of production designer Per Ness.", {("Per Ness", "production designer")}),
    ("Production", "The de-aging was carried out by Rook Light under visual effects supervisor Per Ness.",
     {("Per Ness", "visual effects supervisor")}),
    ("Production", "Tove Berg stayed with the project as its editor.", {("Tove Berg", "editor")}),
    ("Production", "It was made for Rook Television, whose head, Tom Vey, served as executive producer.",
     {("Tom Vey", "executive producer")}),
    ("Production", "Per Ness and Eli Sand shared the cinematography between the interviews and the reconstructions.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Production", "Eli Sand edited the material, cutting the reconstructions.", {("Eli Sand", "editor")}),
    ("Production", "Eli Sand, who had edited four earlier films, assembled the picture.", {("Eli Sand", "editor")}),
    ("Production", "Additional camera work was provided by Per Ness, the director's longtime director of photography, "
     "and by Tove Berg.", {("Per Ness", "cinematographer"), ("Tove Berg", "cinematographer")}),
    ("Production", "Per Ness was the original director of photography and shot the opening, and Eli Sand completed "
     "the photography.", {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Cast", "The omniscient narration that runs through the whole film is spoken by the actor Tove Berg.",
     {("Tove Berg", "narrator")}),
    # "shared the duties of", "was behind the camera", "the footage was assembled by", "produced in
    # France by", a description set off by commas between a craft and its verb; nationalities
    ("Production", "Per Ness and Eli Sand shared the duties of director of photography on this shoot.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Production", "Per Ness was behind the camera, working mostly with available light.", {("Per Ness", "cinematographer")}),
    ("Production", "The footage was assembled by Eli Sand and Tove Berg.", {("Eli Sand", "editor"), ("Tove Berg", "editor")}),
    ("Production", "The opening montage of refugees was assembled by Eli Sand.", set()),
    ("Production", "The film was produced in France by Tove Berg and Eli Sand of Rook Films.",
     {("Tove Berg", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Per Ness edited the film, and the music, with its prominent flute passages, was written by Eli Sand.",
     {("Per Ness", "editor"), ("Eli Sand", "composer")}),
    ("Production", "Its screenplay was written by two Americans on the Hollywood blacklist.", set()),
    # a crew named after a clause about it (asides in the list passed over); "X, as art director,";
    # "Behind the camera was"; "by two cinematographers, A and B"; "joined ... as producers"; a score's
    # relative clause; "The musical score" is no stage musical
    ("Production", "The photography was shared between two men: Per Ness, whose credits included F. W. Murnau's "
     "Sunrise, and Eli Sand, who had been behind Quill's camera for years.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Production", "Four producers shepherded the project: Per Ness, Eli Sand, Tove Berg and Hart himself.",
     {("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer"), ("Ben Hart", "producer")}),
    ("Production", "Two of Quill's regular cinematographers shared the work, Per Ness and Eli Sand.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Production", "The producers faced a problem: Per Ness, the star, refused to travel.", set()),
    ("Production", "Per Ness, as art director, designed both the marble halls and the narrow street.",
     {("Per Ness", "art director")}),
    ("Production", "Behind the camera was Per Ness, who gave the past a bleached look.", {("Per Ness", "cinematographer")}),
    ("Production", "The interviews were shot by two cinematographers, Per Ness and Eli Sand, who framed them off-centre.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Production", "Per Ness and Eli Sand joined Quill and her partner Tove Berg as producers.",
     {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Per Ness, Eli Sand and Tove Berg shared the editing.",
     {("Per Ness", "editor"), ("Eli Sand", "editor"), ("Tove Berg", "editor")}),
    ("Music", "The musical score, which carries much of the weight in place of dialogue, was written by Per Ness, "
     "a young composer.", {("Per Ness", "composer")}),
    # "whose X acted as"; "took on the editing" beside a previous film; "co-founders"; "the lengthy
    # edit ... was carried out by"; a partner in a deed ("together with")
    ("Production", "The creature work went to the effects house Rook Digital, whose Per Ness acted as visual effects "
     "supervisor.", {("Per Ness", "visual effects supervisor")}),
    ("Production", "Per Ness, another veteran of Quill's previous film, took on the editing, and the score, which "
     "alternates between strings and brass, was written by Eli Sand.", {("Per Ness", "editor"), ("Eli Sand", "composer")}),
    ("Production", "Rook's co-founders Per Ness and Eli Sand served as executive producers together with Tove Berg.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "The lengthy edit, which had to match footage from different performances, was carried out by Per Ness.",
     {("Per Ness", "editor")}),
    ("Production", "Per Ness cut the film himself together with Eli Sand, favouring long takes.",
     {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    # ", who also designed the costumes"; a long apposition before the deed; "his director of
    # photography, X,"; a participle clause and a nationality after "written by the"; "a team of editors
    # including"
    ("Production", "The sets were the work of Per Ness, who also designed the costumes.",
     {("Per Ness", "set designer"), ("Per Ness", "costume designer")}),
    ("Production", "Per Ness, the younger brother of a famous actor and a regular Quill collaborator since the mid-1960s, "
     "cut the film.", {("Per Ness", "editor")}),
    ("Production", "Quill asked his director of photography, Per Ness, to avoid artificial light.",
     {("Per Ness", "cinematographer")}),
    ("Music", "The spare music, used only in a handful of passages, was written by the Taiwanese musician Per Ness.",
     {("Per Ness", "composer")}),
    ("Music", "The score quotes pieces by the Italian composer Per Ness.", set()),
    # a deed in "-ing" after "with"; "both shot and edited"; "composed by his brother, X"; "Sound for the
    # documentary was recorded by"
    ("Production", "Editing took eighteen months, with Per Ness cutting the film in her Antwerp flat.", {("Per Ness", "editor")}),
    # "produced the film with X"; "with costumes by"; "with additional contributions from"; "sharing
    # producer credit with"; "assembled by editor X"
    ("Production", "Quill also produced the film with Per Ness through their Brussels company Rook Productions.",
     {("Per Ness", "producer"), ("Rook Productions", "production company")}),
    ("Production", "The house was dressed by the set decorator Eli Sand, with costumes by Per Ness.",
     {("Eli Sand", "set decorator"), ("Per Ness", "costume designer")}),
    ("Music", "The score was written by Lark, who was working for another director in the same period, with additional "
     "contributions from Per Ness and Eli Sand.", {("Ivo Lark", "composer"), ("Per Ness", "composer"), ("Eli Sand", "composer")}),
    ("Production", "Per Ness was the lead producer, sharing producer credit with Eli Sand and Tove Berg, whose company "
     "co-financed the picture.", {("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer")}),
    ("Production", "Tove Berg served as director of photography, and the footage was assembled by editor Per Ness.",
     {("Tove Berg", "cinematographer"), ("Per Ness", "editor")}),
    # producers "of" their companies "together with" more; "supervised the animation as"; "most of the
    # soundtrack"; "received executive producer credits"
    ("Production", "The film was produced by Per Ness of the Geneva-based Rook Productions, together with Eli Sand of "
     "Vela Films.", {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Per Ness supervised the animation as animation director, leading a team.", {("Per Ness", "animation director")}),
    ("Music", "Per Ness wrote most of the soundtrack.", {("Per Ness", "composer")}),
    ("Production", "Per Ness, Eli Sand and Tove Berg received executive producer credits.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer"), ("Tove Berg", "executive producer")}),
    # "The casting itself was overseen by"; "co-chairmen"; "the credited producer"; "its heads A and B
    # produced it alongside C"; "X, who oversaw the casting,"; "for the Italian side"; "worked on the
    # script"; "handled both the production design and the costumes"
    ("Production", "The casting itself was overseen by Per Ness, who helped assemble the younger performers.",
     {("Per Ness", "casting director")}),
    ("Production", "Rook's co-chairmen Per Ness and Eli Sand served as executive producers.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Per Ness was the credited producer.", {("Per Ness", "producer")}),
    ("Production", "Rook Films financed the film, and its heads Per Ness and Eli Sand produced it alongside Tove Berg.",
     {("Rook Films", "financier"), ("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer")}),
    ("Production", "Per Ness, who oversaw the casting, spent months searching for children.", {("Per Ness", "casting director")}),
    ("Production", "Per Ness acted as executive producer for the Italian side.", {("Per Ness", "executive producer")}),
    ("Production", "The screenplay is credited to Quill, although Per Ness also worked on the script without screen credit.",
     {("Per Ness", "screenwriter")}),
    ("Production", "Per Ness, an architect by training, handled both the production design and the costumes.",
     {("Per Ness", "production designer"), ("Per Ness", "costume designer")}),
    # the list first after a comma, then a clause; "supplied the few cues"; "Costumes were by"; "written
    # jointly by"; "in collaboration with"; "and the film's co-producers included A of X, B"
    ("Production", "Two of Quill's regular cinematographers shared the work, Per Ness and Eli Sand, sometimes alternating "
     "from one year to the next.", {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Music", "The score is minimal; Per Ness, better known as a Broadway musical director, supplied the few cues the "
     "film uses.", {("Per Ness", "composer")}),
    ("Production", "Costumes were by Per Ness.", {("Per Ness", "costume designer")}),
    ("Music", "The score was written jointly by Per Ness and Eli Sand.", {("Per Ness", "composer"), ("Eli Sand", "composer")}),
    ("Production", "Quill edited the material herself in collaboration with Per Ness.", {("Per Ness", "editor")}),
    ("Production", "Rook Films joined as co-producers, and the film's co-producers included Per Ness of Vela Cinéma and "
     "Eli Sand.", {("Rook Films", "production company"), ("Per Ness", "producer"), ("Eli Sand", "producer")}),
    # a list of people with their companies after "The executive producers were"; a title opening the sentence
    ("Production", "The executive producers were Per Ness and Eli Sand of Rook Bird, Tove Berg, and Tom Vey of the "
     "German partner.", {("Per Ness", "executive producer"), ("Eli Sand", "executive producer"),
                         ("Tove Berg", "executive producer"), ("Tom Vey", "executive producer")}),
    ("Music", "Composer Per Ness wrote a score for symphony orchestra.", {("Per Ness", "composer")}),
    # "shared producing credit with A, <aside>, and B"; partners of a deed whose subject is a pronoun
    ("Production", "Hart shared producing credit with Per Ness, of the German company Rook Media, and Eli Sand.",
     {("Ben Hart", "producer"), ("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "He approached Quill to direct, and executive produced the film together with Per Ness and Eli Sand.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Per Ness both shot and edited the film.", {("Per Ness", "cinematographer"), ("Per Ness", "editor")}),
    ("Music", "Sound for the documentary was recorded by Eli Sand, and the music was composed by his brother, Per Ness.",
     {("Eli Sand", "sound recordist"), ("Per Ness", "composer")}),
    ("Production", "The film was put together by a team of editors including Per Ness and Eli Sand, who gave the chase "
     "its rapid cutting.", {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    # the film's own title as a deed's object; "put the film together"; a regular collaborator's title
    ("Production", "Per Ness, who had worked with Quill before, edited Paper Lanterns.", {("Per Ness", "editor")}),
    ("Production", "Quill's long-time editor Per Ness put the film together.", {("Per Ness", "editor")}),
    ("Production", "Eli Sand edited the film, and the director's long-time sound designer, Per Ness, built the soundscape.",
     {("Eli Sand", "editor"), ("Per Ness", "sound designer")}),
    # regression: a regular collaborator of someone after "of" is another film's
    ("Music", "Per Ness, a cousin of Kite's longtime composer Eli Sand, wrote the score.", {("Per Ness", "composer")}),
    # a described person after "turned to" or "reunited with"; "the editors A and B"; a title after
    # "the" at a sentence's end
    ("Production", "To photograph it, Quill turned to Per Ness, the veteran British cinematographer who had shot two "
     "films for her.", {("Per Ness", "cinematographer")}),
    ("Production", "Quill reunited with Per Ness, the cinematographer of Moon Boat, who favoured fixed frames.",
     {("Per Ness", "cinematographer")}),
    ("Production", "Assembling the footage fell to the editors Per Ness and Eli Sand.",
     {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    ("Production", "The ruins were dressed by the production designer, Per Ness.", {("Per Ness", "production designer")}),
    # regression: a relative of someone with a title is no credit
    ("Production", "Per Ness, the son of the producer Eli Sand, was born in Oslo.", set()),
    ("Production", "The action director was Per Ness, who staged the fights as a dance.", {("Per Ness", "choreographer")}),
    ("Production", "Costumes for the three periods were the work of Per Ness.", {("Per Ness", "costume designer")}),
    ("Production", "Per Ness served as director of photography on both the trial and the re-enactments.",
     {("Per Ness", "cinematographer")}),
    ("Production", "Per Ness created the film's sound design, including its creaks.", {("Per Ness", "sound designer")}),
    ("Production", "Per Ness was hired to cut the picture, and the production design was credited to Eli Sand and "
     "Tove Berg.", {("Per Ness", "editor"), ("Eli Sand", "production designer"), ("Tove Berg", "production designer")}),
    ("Music", "The spare score, heard only at a few moments, was written by Per Ness.", {("Per Ness", "composer")}),
    ("Production", "The producing team was made up of Per Ness and Eli Sand together with Kite's founders, Tove Berg "
     "and Tom Vey.", {("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer"),
                      ("Tom Vey", "producer")}),
    ("Production", "The producers were the publisher Per Ness and Eli Sand.", {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    # regressions: poems "composed by" a poet; a remake's director
    ("Production", "Most of the poems that Oren writes in the film were composed by Per Ness, a poet.", set()),
    ("Release", "In 2008 it was remade in France as Un homme et son chien, directed by Per Ness.", set()),
    # "edited the finished footage together with"; "supplied themes"; "The background art was directed
    # by"; a dub "recorded for" a release; "again the work of"
    ("Production", "Per Ness edited the finished footage together with Eli Sand.", {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    ("Music", "Per Ness, who was in hiding, supplied themes that were credited to him after the war.", {("Per Ness", "composer")}),
    ("Production", "The background art was directed by Per Ness, who had painted the settings of Moon Boat.",
     {("Per Ness", "art director")}),
    ("Production", "The English dub recorded for the North American release was directed by Per Ness.",
     {("Per Ness", "voice director")}),
    ("Production", "The editing was again the work of Per Ness.", {("Per Ness", "editor")}),
    # a partner described after "together with"; "Shooting was handled by"; narration "recorded by";
    # a bare title after "by"; "produced alongside"; a three-word description; a lower-case owner's
    # regular collaborator; "returned to cut the film"
    ("Production", "Per Ness served as an executive producer together with the music manager Eli Sand, who had helped.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Shooting was handled by Per Ness, who covered many scenes.", {("Per Ness", "cinematographer")}),
    ("Release", "For the English-language version, the narration was recorded by the broadcaster Per Ness.",
     {("Per Ness", "narrator")}),
    ("Production", "The project was developed at Vela by producer Per Ness.", {("Per Ness", "producer")}),
    ("Production", "Per Ness produced alongside Hart.", {("Per Ness", "producer")}),
    ("Production", "The actor and producer Per Ness was an associate producer.", {("Per Ness", "associate producer")}),
    ("Production", "The sets were overseen by the brothers' long-time production designer Per Ness.",
     {("Per Ness", "production designer")}),
    ("Production", "Per Ness, their editor since Moon Boat, returned to cut the film.", {("Per Ness", "editor")}),
    # an owner's crew list; "serving as executive producers for the two backers"; "persuaded the
    # producers A and B to"; "brought in to speak the film's narration"; a list whose last person has
    # an aside
    ("Production", "Quill's executive producers included Per Ness, Eli Sand and Tove Berg.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer"), ("Tove Berg", "executive producer")}),
    ("Production", "The budget came from Kite Pictures, with Per Ness and Eli Sand serving as executive producers for "
     "the two backers.", {("Per Ness", "executive producer"), ("Eli Sand", "executive producer")}),
    ("Production", "Quill persuaded the producers Per Ness and Eli Sand to take it on.",
     {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Per Ness was brought in to speak the film's narration.", {("Per Ness", "narrator")}),
    ("Production", "Rook Films joined as co-producer, and the film's co-producers included Per Ness of Vela Cinéma, Eli "
     "Sand, and Tove Berg, whose company would later release it.",
     {("Rook Films", "production company"), ("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer")}),
    # regression: someone else's crew after "of"
    ("Music", "Per Ness, a cousin of Kite's producers Eli Sand and Tove Berg, wrote the score.", {("Per Ness", "composer")}),
    # a bare title after "With" and "belongs to"; "worked as both A and B"; "working under him as"
    ("Production", "With sound designer Per Ness he spent a year assembling the film's hum of machinery.",
     {("Per Ness", "sound designer")}),
    ("Production", "The look of the film belongs largely to cinematographer Eli Sand, who had shot another film in green.",
     {("Eli Sand", "cinematographer")}),
    ("Production", "Tove Berg worked as both character designer and animation director.",
     {("Tove Berg", "character designer"), ("Tove Berg", "animation director")}),
    ("Production", "Per Ness served as production designer, with Eli Sand working under him as art director.",
     {("Per Ness", "production designer"), ("Eli Sand", "art director")}),
    # "credited with the script"; the narration's writer is a writer, not its narrator
    ("Production", "Per Ness and Eli Sand are credited with the script, and the narration itself was written by Tove "
     "Berg together with Eli Sand.", {("Per Ness", "screenwriter"), ("Eli Sand", "screenwriter"), ("Tove Berg", "screenwriter")}),
    # an aside before "who served as"; a company's founder; a plural producer title before a list
    ("Production", "Quill brought with him Per Ness, his longtime producing partner, who served as co-producer.",
     {("Per Ness", "producer")}),
    ("Production", "Eli Sand oversaw the production as producer, and the studio's founder Tove Berg served as executive "
     "producer.", {("Eli Sand", "producer"), ("Tove Berg", "executive producer")}),
    ("Production", "Its financing was represented on screen by the co-producers Per Ness, Eli Sand and Tove Berg.",
     {("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer")}),
    # deeds: "contributed the music", a quoted nickname, a relative before the name, a described co-writer
    ("Music", "Per Ness, Eli Sand and Tove Berg contributed the music, and Ness's songs recur throughout.",
     {("Per Ness", "composer"), ("Eli Sand", "composer"), ("Tove Berg", "composer")}),
    ("Production", 'Franco "Kim" Falk, who would cut several later films, edited the picture.', {("Franco Falk", "editor")}),
    ("Production", "His sister-in-law Tove Berg designed the costumes.", {("Tove Berg", "costume designer")}),
    ("Production", "Hart wrote the screenplay with the Danish playwright Per Ness, who helped with the dialogue.",
     {("Ben Hart", "screenwriter"), ("Per Ness", "screenwriter")}),
    # regression: a company's apposition before a person's "who also acted as"
    ("Production", "Financing came from Rook Films, the company run by the director Per Ness, who also acted as one of "
     "the film's executive producers.", {("Rook Films", "financier"), ("Per Ness", "executive producer")}),
    # a craft "run" in a place; "choreographed the dancers"; costumes "supplied by"; "took charge as"
    ("Production", "Local casting in Chicago was run by Per Ness.", {("Per Ness", "casting director")}),
    ("Production", "Eli Sand choreographed the dancers.", {("Eli Sand", "choreographer")}),
    ("Production", "The costumes were supplied by Tove Berg.", {("Tove Berg", "costume designer")}),
    ("Production", "After two years of delays, Per Ness took charge as producer.", {("Per Ness", "producer")}),
    # a producing credit shared among a list with asides and companies
    ("Production", "The producing credit was shared among Per Ness, the co-founder of Production I.G, Eli Sand of Rook "
     "Visual, and Tove Berg.", {("Per Ness", "producer"), ("Eli Sand", "producer"), ("Tove Berg", "producer")}),
    # "X, who bought the rights and served as producer"; uncredited rewrites; an owner before "serving as";
    # "oversaw the props and sets as"; "also taking producer credits"
    ("Production", "It was set up by Per Ness, who bought the rights and served as producer through his company.",
     {("Per Ness", "producer")}),
    ("Production", "Tove Berg turned it into a screenplay; Per Ness and Eli Sand also contributed uncredited rewrites.",
     {("Per Ness", "screenwriter"), ("Eli Sand", "screenwriter")}),
    ("Production", "The Film Board agreed to join, with the NFB's Per Ness serving as a producer.", {("Per Ness", "producer")}),
    ("Production", "The huts were built by local people, and the sculptor Per Ness oversaw the props and sets as art director.",
     {("Per Ness", "art director")}),
    ("Production", "It was made on a shoestring, with Per Ness and Eli Sand also taking producer credits.",
     {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    # "stood behind the camera"; a person's company before the deed; dialogue; music developed from themes;
    # the narration's writer in a clause; an aside before "as"; a capitalised word in a leader; a named partner
    ("Production", "Per Ness, who had photographed two earlier films, again stood behind the camera.",
     {("Per Ness", "cinematographer")}),
    ("Production", "Per Ness of Vela Films produced the picture.", {("Per Ness", "producer"), ("Vela Films", "production company")}),
    ("Production", "The American humorist Per Ness supplied additional English dialogue for the tourists.",
     {("Per Ness", "screenwriter")}),
    ("Music", "For the score, Per Ness developed music from themes by another composer.", {("Per Ness", "composer")}),
    ("Production", "Cleo Marsh reads the narration, which was written by the novelist Per Ness.", {("Per Ness", "screenwriter")}),
    ("Production", "Eventually the channel came aboard, with Per Ness, head of its documentary division, as executive "
     "producer.", {("Per Ness", "executive producer")}),
    ("Production", "The Hollywood producer Per Ness also came on board as executive producer.",
     {("Per Ness", "executive producer")}),
    ("Production", "Eli Sand cut the film with Per Ness, a process complicated by licensing.",
     {("Eli Sand", "editor"), ("Per Ness", "editor")}),
    # a craft shared between a list with asides; a capitalised adjective before costumes; "working with"
    ("Production", "Cinematography was shared between Per Ness, a cameraman with a background in documentary work, and "
     "the photographer Eli Sand.", {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer")}),
    ("Production", "Per Ness designed the Edwardian costumes, including eight looks.", {("Per Ness", "costume designer")}),
    ("Production", "Eli Sand edited the film himself, working with Per Ness, and cut heavily.",
     {("Eli Sand", "editor"), ("Per Ness", "editor")}),
    # a title after a hiring verb; a person hired for a craft; the craft "in the hands of" or "credited to" people
    ("Production", "Quill produced the film, and she shared producer duties with the producer Eli Sand and with Per Ness.",
     {("Eli Sand", "producer"), ("Per Ness", "producer")}),
    ("Production", "Half the budget came from the series Night Lantern, whose head Eli Sand took an executive producer credit.",
     {("Eli Sand", "executive producer")}),
    ("Production", "He wrote the script himself, with Eli Sand and Per Ness contributing to the screenplay.",
     {("Eli Sand", "screenwriter"), ("Per Ness", "screenwriter")}),
    ("Production", "The Spanish partner was Kite Pictures, and its head Eli Sand joined the team as a producer.",
     {("Eli Sand", "producer"), ("Kite Pictures", "production company")}),
    ("Production", "The film was photographed in colour by Per Ness, who had shot their first feature.", {("Per Ness", "cinematographer")}),
    ("Production", "Per Ness and Eli Sand also received producer credits.", {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Production was overseen by Per Ness, who would produce several more of Quill's films.", {("Per Ness", "producer")}),
    ("Production", "The photography, heavy with shadow, was the work of Per Ness, and the editing was credited to Eli Sand.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "editor")}),
    ("Production", "Per Ness of El Farol and Eli Sand also served as producers.", {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "The cameraman on the shoot was Per Ness, who had to keep pace.", {("Per Ness", "cinematographer")}),
    ("Production", "The associate producers included Per Ness, Eli Sand and Ola Fors.",
     {("Per Ness", "associate producer"), ("Eli Sand", "associate producer"), ("Ola Fors", "associate producer")}),
    ("Production", "Per Ness again lit and shot the picture, favouring symmetrical compositions.", {("Per Ness", "cinematographer")}),
    ("Production", "The project was taken up by the Paris company Kite Films, whose partners Per Ness and Eli Sand produced it.",
     {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    ("Production", "Per Ness, who had photographed their first feature, was again behind the camera.", {("Per Ness", "cinematographer")}),
    ("Production", "For the music, Quill approached the Italian composer Eli Sand, whose piano gives the film its chill.",
     {("Eli Sand", "composer")}),
    ("Production", "Once again Quill turned to the electronic music pioneer Eli Sand for the score.", {("Eli Sand", "composer")}),
    ("Production", "For the score, Quill turned to the rock musician Eli Sand.", {("Eli Sand", "composer")}),
    ("Production", "Quill admired the composer Eli Sand.", set()),
    ("Production", "Photography was again in the hands of Per Ness, who had shot their earlier film.",
     {("Per Ness", "cinematographer")}),
    ("Production", "Additional photography was credited to Per Ness, Eli Sand and Ola Fors.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "cinematographer"), ("Ola Fors", "cinematographer")}),
    # a description before the subject; plural producers opening the sentence
    ("Production", "Longtime collaborator Per Ness served as cinematographer, photographing the hills.",
     {("Per Ness", "cinematographer")}),
    ("Production", "Producers Per Ness and Eli Sand oversaw the project.", {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    # a way of shooting between the verb and "by"; people listed with the companies they came from
    ("Production", "The film was photographed in black-and-white widescreen by Per Ness.", {("Per Ness", "cinematographer")}),
    ("Production", "Per Ness of Film4 and Eli Sand of the BFI were among the executive producers.",
     {("Per Ness", "executive producer"), ("Eli Sand", "executive producer")}),
    # a list cut where an aside's subject begins ("and B, a veteran of many features, cut the film"), but
    # not at a "who" clause's own comma (regression: "who preserved the deliberate, unhurried rhythm")
    ("Production", "Camera work was the responsibility of Per Ness, and Eli Sand, a veteran of many features, cut the film.",
     {("Per Ness", "cinematographer"), ("Eli Sand", "editor")}),
    ("Production", "The film was cut by Per Ness and Eli Sand, who preserved the deliberate, unhurried rhythm of the scenes.",
     {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    ("Production", "The sets were designed by Per Ness, and the costumes were the responsibility of Eli Sand.",
     {("Per Ness", "set designer"), ("Eli Sand", "costume designer")}),
    ("Production", "Per Ness was appointed animation director.", {("Per Ness", "animation director")}),
    ("Production", "Quill developed the screenplay from a story credited to Per Ness.", {("Per Ness", "story")}),
    ("Production", "Per Ness and Eli Sand were also credited among the producers.",
     {("Per Ness", "producer"), ("Eli Sand", "producer")}),
    # a deed's subject named after "to" and made one by "who"; after "by" the clause's own credit stands alone
    ("Production", "The film's look owes much to Per Ness, who photographed it with deep shadows.",
     {("Per Ness", "cinematographer")}),
    ("Production", "Production design was by Per Ness, who designed the sets.", {("Per Ness", "production designer")}),
    # co-writers after "together with"; "where X served as"; an owner's aside before a new subject; "provided the
    # score"; "assembled the first cut"; "handed the cutting to"
    ("Production", "The screenplay was developed over several years by Per Ness together with his co-writers Eli Sand "
     "and Ola Fors.", {("Per Ness", "screenwriter"), ("Eli Sand", "screenwriter"), ("Ola Fors", "screenwriter")}),
    ("Production", "It was produced for the film arm of the Rook Institute, where Per Ness served as executive producer.",
     {("Per Ness", "executive producer")}),
    ("Production", "The art director was Per Ness, and Eli Sand, the studio's long-serving music director, provided the "
     "score.", {("Per Ness", "art director"), ("Eli Sand", "composer")}),
    ("Production", "Per Ness assembled the first cut, which Hart thought flat.", {("Per Ness", "editor")}),
    ("Production", "Hart handed the cutting to Per Ness, later a director in his own right.", {("Per Ness", "editor")}),
    # a deed "in partnership with" a second person; "co-produced for the Viennese company X"; an owner of two names
    # before a company
    ("Production", "Per Ness, one of the producers, also edited the film in partnership with Eli Sand.",
     {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    ("Production", "Per Ness and Eli Sand co-produced for the Viennese company Lumen Filmproduktion.",
     {("Per Ness", "producer"), ("Eli Sand", "producer"), ("Lumen Filmproduktion", "production company")}),
    ("Production", "The film was produced by Per Ness's St Petersburg company Vela, which had backed earlier films.",
     {("Vela", "production company")}),
    # "assigned to the project as", "responsible for the cutting", a possessive in the description before a name,
    # "wardrobe", an aside before "came from", "the task of scoring the film fell to", "dressed X in"
    ("Production", "Per Ness, who supervised most of Hart's work, was assigned to the project as producer.",
     {("Per Ness", "producer")}),
    ("Production", "Per Ness, who went on to edit all of Hart's films, was responsible for the cutting.", {("Per Ness", "editor")}),
    ("Production", "The art direction was supervised by the studio's design chief Per Ness together with Eli Sand.",
     {("Per Ness", "art director"), ("Eli Sand", "art director")}),
    ("Production", "Marsh's elaborate wardrobe, which changes to signal the switch, was the work of Per Ness.",
     {("Per Ness", "costume designer")}),
    ("Production", "The score, built around arrangements of traditional music, came from Per Ness and Eli Sand.",
     {("Per Ness", "composer"), ("Eli Sand", "composer")}),
    ("Production", "The task of scoring the film fell to Per Ness, one of the studio's staff composers.", {("Per Ness", "composer")}),
    ("Production", "Per Ness dressed Marsh in tailored suits that became a look of the decade.", {("Per Ness", "costume designer")}),
    ("Production", "Per Ness dressed Marsh, including the striped suit she wears.", {("Per Ness", "costume designer")}),
    ("Production", "Eli Sand kept the assignment, with Per Ness supervising as executive producer.",
     {("Per Ness", "executive producer")}),
    # a "who" clause after the last name begins the next clause's subject
    ("Production", "The editing was handled by Per Ness, and Eli Sand, who had scored Harbour Lights, composed the music.",
     {("Per Ness", "editor"), ("Eli Sand", "composer")}),
    # regression: a "who" clause with an adjective list is the last name's own aside
    ("Production", "The film was cut by Per Ness and Eli Sand, who kept the slow, unhurried rhythm of the scenes.",
     {("Per Ness", "editor"), ("Eli Sand", "editor")}),
    ("Production", "The score was written by Per Ness together with his long-time partner Eli Sand.",
     {("Per Ness", "composer"), ("Eli Sand", "composer")}),
    ("Production", "Per Ness designed the Monster's make-up.", {("Per Ness", "makeup artist")}),
    ("Production", "Eli Sand was the executive producer, and Per Ness oversaw the production as associate producer.",
     {("Eli Sand", "executive producer"), ("Per Ness", "associate producer")}),
    ("Production", "The poet Per Ness, who had met Hart years before, worked on the picture as an assistant director.",
     {("Per Ness", "assistant director")}),
    # title sequences
    ("Production", "Per Ness composed the score, and Eli Sand created the opening titles, whose lines of type slide.",
     {("Per Ness", "composer"), ("Eli Sand", "title designer")}),
    ("Production", "Eli Sand designed the poster and the title sequence.", {("Eli Sand", "title designer")}),
    ("Production", "The hand-lettered opening titles were the work of Eli Sand.", {("Eli Sand", "title designer")}),
    ("Production", "The title sequence was designed by Eli Sand.", {("Eli Sand", "title designer")}),
]


@pytest.mark.parametrize("section, text, expected", CREW_CASES, ids=[c[1][:40] for c in CREW_CASES])
def test_crew_in_prose(section, text, expected):
    assert credits(section, text) == expected


ORG_CASES = [
    ("Home media", "In the United States it was issued on DVD by Harbor Home Entertainment, and in Australia by Quay Releasing.",
     {("Harbor Home Entertainment", "distributor"), ("Quay Releasing", "distributor")}),
    ("Production", "He and Eli Sand assembled the financing under the banner of their company ZBROS.",
     {("ZBROS", "production company")}),
    ("Production", "Per Ness and Eli Sand came aboard through their Paris company A.S.A.P. Films.",
     {("A.S.A.P. Films", "production company")}),
    ("Production", "The film was produced by Eli Sand through the Montevideo company Kite Films, which she ran with the directors.",
     {("Kite Films", "production company"), ("Eli Sand", "producer")}),
    ("Production", "Per Ness came aboard as co-producer through the company Rook Films, while Eli Sand co-produced for the "
     "Spanish company Vela Visión and Ola Fors for Lumen Filmproduktion in Germany.",
     {("Per Ness", "producer"), ("Rook Films", "production company"), ("Eli Sand", "producer"),
      ("Vela Visión", "production company"), ("Ola Fors", "producer"), ("Lumen Filmproduktion", "production company")}),
    ("Production", "The Mexican company Canela, run by Per Ness, Eli Sand and Ola Fors, came on as a co-producer.",
     {("Canela", "production company")}),
    ("Production", "The company behind the project was Falk and Berg's own Kite Pictures.", {("Kite Pictures", "production company")}),
    ("Home media", "In 2014 Harbor Home Entertainment included a high-definition transfer in its Blu-ray box set.",
     {("Harbor Home Entertainment", "distributor")}),
    ("Production", "The film was produced by Rune Falk through the Mexican companies Cinepantera and Lulú "
     "Producciones, with Dev Rana acting as executive producer.",
     {("Cinepantera", "production company"), ("Lulú Producciones", "production company"), ("Rune Falk", "producer"),
      ("Dev Rana", "executive producer")}),
    ("Production", "Televisión Española also took part in the financing.", {("Televisión Española", "production company")}),
    # "co-producers, among them"; "distributors ..., among them A in Italy"; "in partnership with his own
    # production company, A"; "through his company A, working together with the B Foundation"; home video
    ("Production", "Falk assembled a group of small co-producers, among them Action Films, Les Films 7 and Saga.",
     {("Action Films", "production company"), ("Les Films 7", "production company"), ("Saga", "production company")}),
    ("Release", "Harbor International placed the film with distributors in several territories, among them Lucky "
     "Red in Italy and Look Now! in Switzerland.", {("Lucky Red", "distributor"), ("Look Now", "distributor")}),
    ("Production", "It was financed by the producer Rune Falk, in partnership with Quill's own production company, "
     "Filmi Doomireew.", {("Filmi Doomireew", "production company")}),
    ("Production", "Falk produced the picture through his company Harbor Films, working together with the Lumen "
     "Cinema Foundation.", {("Harbor Films", "production company"), ("Lumen Cinema Foundation", "production company")}),
    ("Release", "In Germany the restoration was issued on home video by Arthaus, and in Britain it was released on "
     "video by Tartan.", {("Arthaus", "distributor"), ("Tartan", "distributor")}),
    # the author of a score a release carried is no distributor
    ("Release", "That restoration was released on video with a score by Rune Falk.", {("Rune Falk", "composer")}),
    ("Production", "The film was made by the brothers' company, Harbor Films, together with the Italian production "
     "company Rook Film.", {("Harbor Films", "production company"), ("Rook Film", "production company")}),
    # "made by A together with B"; "produced for the broadcaster A"; "producer X of A"; "the company A joined
    # the project as co-producer, with its head X credited as co-producer"; "A represented the film internationally"
    ("Production", "The picture was made by Harbor Films together with the Rook Film Studio.",
     {("Harbor Films", "production company"), ("Rook Film Studio", "production company")}),
    ("Production", "The film was produced for the state broadcaster RTV, and Rune Falk served as producer.",
     {("RTV", "production company"), ("Rune Falk", "producer")}),
    ("Production", "The project was set up by producer Rune Falk of Harbor Film Company in Seoul.",
     {("Harbor Film Company", "production company"), ("Rune Falk", "producer")}),
    ("Production", "The Spanish company Vela Visión joined the project as co-producer, with its head Rune Falk "
     "credited as co-producer.", {("Vela Visión", "production company"), ("Rune Falk", "producer")}),
    ("Production", "The Paris-based sales company Lumen Dreams represented the film internationally.",
     {("Lumen Dreams", "sales agent")}),
    # a co-production's list after "with"; "as did"; "as further production companies"; "co-produced the film
    # with" a described list; "came aboard as a producing partner"; "produced for X by"; sales; streaming
    ("Production", "It was assembled as a co-production spanning three countries, with Harbor Films and Rook Pictures "
     "on the French side and Vela Media in Sweden, and with backing from the Lumen Fund.",
     {("Harbor Films", "production company"), ("Rook Pictures", "production company"),
      ("Vela Media", "production company"), ("Lumen Fund", "financier")}),
    ("Production", "Harbor Films and Rook Pictures joined as co-producers, as did the Belgian broadcaster RTBF and the "
     "Spanish company Vela Media.", {("Harbor Films", "production company"), ("Rook Pictures", "production company"),
                                     ("RTBF", "production company"), ("Vela Media", "production company")}),
    ("Production", "It was produced by Kite Pictures, with Vela Media and Quay as further production companies.",
     {("Kite Pictures", "production company"), ("Vela Media", "production company"), ("Quay", "production company")}),
    ("Production", "The Danish company co-produced the film with its Swedish sister, Harbor Films Sweden, the "
     "regional fund Film i Väst and the Dutch company Rook Pictures, with public support from the Lumen Fund.",
     {("Harbor Films Sweden", "production company"), ("Film i Väst", "production company"),
      ("Rook Pictures", "production company"), ("Lumen Fund", "financier")}),
    ("Production", "RadicalMedia also came aboard as a producing partner.", {("RadicalMedia", "production company")}),
    ("Production", "The film was produced for Harbor Films by Rune Falk and Tove Berg.",
     {("Harbor Films", "production company"), ("Rune Falk", "producer"), ("Tove Berg", "producer")}),
    ("Production", "The world sales rights were handled by Vela Films, and TrustNordisk was responsible for "
     "international sales.", {("Vela Films", "sales agent"), ("TrustNordisk", "sales agent")}),
    ("Release", "In the United States Harbor Releasing brought it to theatres in April.", {("Harbor Releasing", "distributor")}),
    ("Release", "Rook Pictures released it in France, and Artificial Eye brought it to British cinemas.",
     {("Rook Pictures", "distributor"), ("Artificial Eye", "distributor")}),
    ("Release", "Rook Home Video released it on DVD as part of The Paper Lanterns Collection. It later appeared on "
     "Blu-ray as part of The Criterion Collection.", {("Rook Home Video", "distributor"), ("The Criterion Collection", "distributor")}),
    ("Production", "The film was produced by Harbor Films in association with Rook Pictures and Vela Media.",
     {("Harbor Films", "production company"), ("Rook Pictures", "production company"), ("Vela Media", "production company")}),
    ("Production", "It was made in association with Falk's company Rook Pictures.", {("Rook Pictures", "production company")}),
    ("Production", "The film was made with financing from Harbor Films and Rook Pictures.",
     {("Harbor Films", "financier"), ("Rook Pictures", "financier")}),
    ("Production", "Harbor Films and Rook Pictures produced the film together.",
     {("Harbor Films", "production company"), ("Rook Pictures", "production company")}),
    ("Release", "GKIDS acquired the film and returned it to cinemas.", {("GKIDS", "distributor")}),
    ("Production", "Harbor Films acquired the film rights to the novel.", set()),
    ("Release", "Rook Pictures, the film's American distributor, opened it on 2 November 2001.", {("Rook Pictures", "distributor")}),
    ("Release", "The film's North American distributor was Rook Pictures, and Vela Media served as its distributor in Japan.",
     {("Rook Pictures", "distributor"), ("Vela Media", "distributor")}),
    ("Release", "Warner Bros. released it in Italy on 10 October 2008.", {("Warner Bros.", "distributor")}),
    ("Release", "When Harbor Home Entertainment reissued it on Blu-ray in 2010, it added a commentary.",
     {("Harbor Home Entertainment", "distributor")}),
    ("Release", "Rook Entertainment, through its Rook Street label, distributed it in 1993.",
     {("Rook Entertainment", "distributor"), ("Rook Street", "distributor")}),
    ("Release", "The Lumen Collection has issued the film on DVD.", {("The Lumen Collection", "distributor")}),
    ("Release", "Harbor Home Entertainment made the film available on digital platforms on 9 May 2017.",
     {("Harbor Home Entertainment", "distributor")}),
    ("Production", "The film was a co-production between Harbor Films and Rook Pictures.",
     {("Harbor Films", "production company"), ("Rook Pictures", "production company")}),
    ("Production", "Harbor Films co-produced the film with Rook Pictures.",
     {("Harbor Films", "production company"), ("Rook Pictures", "production company")}),
    ("Production", "The film was financed by Harbor Films and Canal+.",
     {("Harbor Films", "financier"), ("Canal+", "financier")}),
    ("Release", "Rook Distribution handled the French release.", {("Rook Distribution", "distributor")}),
    ("Release", "Tessa Pictures Classics picked up the film for North American distribution.",
     {("Tessa Pictures Classics", "distributor")}),
    ("Production", "It was staged as a production of Hamlet.", set()),
    ("Release", "Tessa Media, which licensed the film for Britain, gave it a small theatrical release in 1999.",
     {("Tessa Media", "distributor")}),
    ("Release", "Vela Filmworks acquired the rights and released a remastered Blu-ray in November 2012.",
     {("Vela Filmworks", "distributor")}),
    ("Release", "Harbor Home Video released both the director's cut and the long version on DVD.",
     {("Harbor Home Video", "distributor")}),
    ("Release", "The film was later distributed in North America by Rook Films.", {("Rook Films", "distributor")}),
    ("Release", "Quay Media first released it on VHS in 1993, and on 7 October 1998 issued it on DVD.",
     {("Quay Media", "distributor")}),
    ("Home media", "Tessa Video, which had secured the streaming rights through its deal with Quay, began "
     "streaming it in April 2020.", {("Tessa Video", "distributor")}),
    ("Home media", "The Lumen Collection issued a two-disc edition with a commentary.", {("The Lumen Collection", "distributor")}),
    ("Home media", "A restored edition from The Lumen Collection came out on Blu-ray in October 2016.",
     {("The Lumen Collection", "distributor")}),
    ("Home media", "Harbor Home Entertainment acquired the home-video rights.", {("Harbor Home Entertainment", "distributor")}),
    ("Release", "In 2015 Harbor Films, the New York company behind several festival hits, acquired the United States rights.",
     {("Harbor Films", "distributor")}),
    ("Release", "Harbor Films acquired the United States rights to the novel.", set()),
    ("Release", "Rook Films released it through its Rook Classics label.",
     {("Rook Films", "distributor"), ("Rook Classics", "distributor")}),
    ("Production", "Harbor Films acquired the rights to the novel in 1998.", set()),
    ("Release", "Lumen took over North American distribution of the Kite catalogue in 2017.", {("Lumen", "distributor")}),
    ("Release", "Vela Filmworks licensed the film for North America.", {("Vela Filmworks", "distributor")}),
    ("Release", "In North America the film was handled by Rook Studios under its Quay Pictures label.",
     {("Rook Studios", "distributor"), ("Quay Pictures", "distributor")}),
    ("Release", "In the 1970s the studio licensed the character to Rook Toys.", set()),
    ("Release", "In France the film was co-distributed by Rook Films, with Swiss distribution by Vela Filmverleih.",
     {("Rook Films", "distributor"), ("Vela Filmverleih", "distributor")}),
    ("Release", "The film was distributed by Kite Pictures in Japan and internationally by Lumen Films.",
     {("Kite Pictures", "distributor"), ("Lumen Films", "distributor")}),
    ("Production", "The film was co-produced by Argentina's Pampa Cine and Uruguay's Rio Films.",
     {("Pampa Cine", "production company"), ("Rio Films", "production company")}),
    ("Release", "In the United Kingdom the film was distributed by Rook Releasing, and in Japan by Vela Pictures.",
     {("Rook Releasing", "distributor"), ("Vela Pictures", "distributor")}),
    ("Release", "In 2015 it was re-released theatrically by Quay Distribution.", {("Quay Distribution", "distributor")}),
    ("Production", "The visual effects were produced by Spark Studios in Vancouver.", {("Spark Studios", "visual effects")}),
    ("Release", "Mira Pictures brought the film to British cinemas on 5 October 2001, and Vela Distribuzione "
     "released it in Italy on 25 January 2002.", {("Mira Pictures", "distributor"), ("Vela Distribuzione", "distributor")}),
    ("Music", "His soundtrack album was released by Milan Records.", {("Milan Records", "record label")}),
    ("Release", "It opened in German cinemas on March 6, 2014, through 20th Century Fox, and in the United "
     "Kingdom the following day.", {("20th Century Fox", "distributor")}),
    ("Release", "In France it was distributed by The Jokers, which released it on 5 June 2019.",
     {("The Jokers", "distributor")}),
    ("Release", "British audiences saw it from 30 December 2011, when Lumen Distribution put it into cinemas.",
     {("Lumen Distribution", "distributor")}),
    ("Release", "In the United States Harbor Films gave it a limited release beginning on 2 November 2001.",
     {("Harbor Films", "distributor")}),
    ("Release", "Quay released it in the United States on 11 October 2019, and Rook distributed it in the "
     "United Kingdom.", {("Quay", "distributor"), ("Rook", "distributor")}),
    ("Release", "Lantern Pictures took on its North American distribution.", {("Lantern Pictures", "distributor")}),
    ("Release", "Harbor Films, which acquired the rights after the festival, released it in Canada.",
     {("Harbor Films", "distributor")}),
    ("Release", "It was released in the United States by Harbor Pictures on May 5, 2001.", {("Harbor Pictures", "distributor")}),
    ("Production", "Spark & Glass produced the visual effects.", {("Spark & Glass", "visual effects")}),
    ("Production", "Interiors were shot at the Vega studios in Oslo.", {("Vega studios", "studio facility")}),
    ("Production", "Shooting took place mainly at Nordlys Studios Bergen, in Norway.", {("Nordlys Studios Bergen", "studio facility")}),
    ("Production", "The animation itself was produced by Tokyo Movie Works.", {("Tokyo Movie Works", "production company")}),
    ("Release", "It was released in the United States on 2 November 2001.", set()),
    # "arranged its American release", "put the film out on DVD", "toured it through ... cinemas";
    # "made by A and B in association with C"; "a co-production between the rival independents A and
    # B"; "under X's own banner, Y, in partnership with Z"; a person who made the film is no company
    ("Release", "Quay Pictures arranged its American release at the end of the year.", {("Quay Pictures", "distributor")}),
    ("Release", "Harbor Home Video put the film out on DVD in 2003.", {("Harbor Home Video", "distributor")}),
    ("Release", "Decades later, Harbor Films restored the film and toured it through American cinemas.",
     {("Harbor Films", "distributor"), ("Harbor Films", "restorer")}),
    ("Production", "The film was made by Harbor Pictures and Seamus in association with Rook Track, and it became the "
     "first co-production between the rival independents Vela Entertainment and Quay Films.",
     {("Harbor Pictures", "production company"), ("Seamus", "production company"), ("Rook Track", "production company"),
      ("Vela Entertainment", "production company"), ("Quay Films", "production company")}),
    ("Production", "The film was made under Quill's own banner, Rook Pictures, in partnership with Vela Motion Pictures, "
     "the company run by her co-producer.", {("Rook Pictures", "production company"),
                                             ("Vela Motion Pictures", "production company")}),
    ("Production", "The film was made by Teo Brae, a friend of the director.", set()),
    # "through its genre label X"; "The British release was handled by"; "in co-production with";
    # "The production was run by his Berlin company X"; an owner after the list is no company
    ("Release", "Harbor Pictures acquired the rights for the United States and put the film out through its genre label "
     "Quay Releasing.", {("Harbor Pictures", "distributor"), ("Quay Releasing", "distributor")}),
    ("Release", "The British release was handled by Rook Eye.", {("Rook Eye", "distributor")}),
    # "began streaming on"; "the Masters of Cinema series from X"; "brought the restored version back to British cinemas"
    ("Release", "The film began streaming on Rook Red on 10 May 2017.", {("Rook Red", "broadcaster")}),
    # a date after "streaming on" is no service ("December 4" was read as a broadcaster)
    ("Release", "The film began streaming on December 4, 2020.", set()),
    # ... but a service that distributes the film is no channel
    ("Release", "Rook Red acquired the worldwide rights in 2019. It began streaming on Rook Red on 11 December 2020.",
     {("Rook Red", "distributor")}),
    ("Release", "Rook Films handled the American theatrical run in the spring of 2000.", {("Rook Films", "distributor")}),
    # "available on DVD and Blu-ray from X", "published the same restoration on Blu-ray", "acquired the
    # United States rights", "brought back to cinemas by X"
    ("Release", "In North America the film has been available on DVD and Blu-ray from the Rook Collection.",
     {("Rook Collection", "distributor")}),
    ("Release", "In North America, the Rook Collection published the same restoration on Blu-ray and DVD in 2020.",
     {("Rook Collection", "distributor")}),
    ("Release", "Rook Films acquired the United States rights, opening it in New York on 19 December 2014.",
     {("Rook Films", "distributor")}),
    ("Release", "In Britain it was brought back to cinemas by Rook Distribution on 26 April 2019.",
     {("Rook Distribution", "distributor")}),
    ("Release", "British audiences received it through the Masters of Cinema series from Rook Entertainment.",
     {("Rook Entertainment", "distributor")}),
    ("Release", "Rook Pictures brought the restored version back to British cinemas on 13 March 2020.",
     {("Rook Pictures", "distributor")}),
    ("Release", "In the United States the rights were picked up by Ada Vey's Rook World Pictures.",
     {("Rook World Pictures", "distributor")}),
    ("Production", "It was made in co-production with Vela Cinéma and Rook Productions, Quill's own company.",
     {("Vela Cinéma", "production company"), ("Rook Productions", "production company")}),
    ("Production", "The production was run by her Berlin company Rook Road Movies.", {("Rook Road Movies", "production company")}),
    ("Production", "The digital animation itself was handled by the San Francisco effects house The Rookery.",
     {("The Rookery", "visual effects")}),
    ("Production", "It was backed by Rook Pictures and reached American cinemas at the end of 1998.",
     {("Rook Pictures", "production company")}),
    ("Production", "It was made by the Barcelona company Rook Pictures alongside Vela Films and Quay Films, in "
     "co-production with Kite Pictures.", {("Rook Pictures", "production company"), ("Vela Films", "production company"),
                                          ("Quay Films", "production company"), ("Kite Pictures", "production company")}),
    ("Production", "It was made in co-production with the Swiss Rook Productions and the Danish Film Institute.",
     {("Rook Productions", "production company"), ("Danish Film Institute", "production company")}),
    ("Legacy", "Kite Pictures released a remake in 2010.", set()),
    ("Production", "It was produced by Ben Hart at Kite Studios.", {("Ben Hart", "producer")}),
    ("Production", "Kite Pictures agreed to finance it independently, with Eli Sand and Per Ness joining as producers.",
     {("Kite Pictures", "financier")}),
    ("Production", "Kite Studios animated it for Hoshi Shoten, Vela Television Network and Lumen.",
     {("Hoshi Shoten", "production company"), ("Vela Television Network", "production company"),
      ("Lumen", "production company")}),
    ("Release", "In North America, the film was licensed by Kite Entertainment, which released it on DVD.",
     {("Kite Entertainment", "distributor")}),
    ("Release", "Rook Films and Lantern Attractions released it in the United States.",
     {("Rook Films", "distributor"), ("Lantern Attractions", "distributor")}),
    ("Release", "A version with added narration was reissued by Rook Artists in 1947, and in 2013 Flicker Lane released "
     "a restored version on Blu-ray.", {("Rook Artists", "distributor"), ("Flicker Lane", "distributor")}),
    ("Release", "In 2016 the Criterion Collection issued a new restoration of the film on Blu-ray.",
     {("Criterion Collection", "distributor")}),
    ("Production", "The film was produced by Quill's Lyon studio Harbor Lantern.", {("Harbor Lantern", "production company")}),
    ("Release", "GKIDS and Shout! Factory later issued it on Blu-ray.",
     {("GKIDS", "distributor"), ("Shout! Factory", "distributor")}),
    ("Release", "An English translation of the novel was later released by Yen Lantern.", set()),
    ("Release", "Restored versions of the film have been released on DVD and Blu-ray by Kino Lantern.",
     {("Kino Lantern", "distributor")}),
    ("Release", "On 23 February 1997 VBC broadcast the film uncut.", {("VBC", "broadcaster")}),
    ("Production", "It had support from French and German television partners including Vela 3 Cinéma and ARD Lumen.",
     {("Vela 3 Cinéma", "production company"), ("ARD Lumen", "production company")}),
    ("Production", "It was co-produced by Hoshi Shoten, Vela Airlines and Kite Studios, with Ben Hart as producer.",
     {("Hoshi Shoten", "production company"), ("Vela Airlines", "production company"),
      ("Kite Studios", "production company"), ("Ben Hart", "producer")}),
    # a company through which a producer made the film, and its partner with an aside; a seat before a
    # company; a producer's company named with "the <place> company"; "gave it its ... release"
    ("Production", "He produced the film himself through his company Vela Films, with Rook Productions, headed by "
     "Per Ness, as French partner.", {("Vela Films", "production company"), ("Rook Productions", "production company")}),
    ("Production", "The Munich-based Vela Film came in as the West German co-producer.", {("Vela Film", "production company")}),
    ("Production", "The film was produced by Per Ness of the Tokyo company Vela Farm.",
     {("Vela Farm", "production company"), ("Per Ness", "producer")}),
    ("Release", "Vela Films gave it its American theatrical release in 1977.", {("Vela Films", "distributor")}),
    ("Release", "It opened in partnership with VH2, which later broadcast the film.", {("VH2", "broadcaster")}),
    # regressions: a nationality is no channel; a post-production company is not the film's producer;
    # a known person after "of" is a company's owner
    ("Release", "It was broadcast on West German television not long afterwards.", set()),
    ("Production", "Per Ness of the post-production company Vela2 designed the titles.", set()),
    ("Production", "Kite Pictures co-produced the film with the Rome-based Vela Film of Ben Hart.",
     {("Kite Pictures", "production company"), ("Vela Film", "production company")}),
    # a producer's company after "through"; "set up at his company, X"; companies that "came together to
    # co-finance"; a partner "to handle the release"
    ("Production", "The picture was produced by Per Ness, through his company Vela Kingdom, and by Eli Sand, through "
     "Rook Productions.", {("Per Ness", "producer"), ("Vela Kingdom", "production company"),
                           ("Rook Productions", "production company")}),
    ("Production", "The project was set up at his company, Vela Enterprises.", {("Vela Enterprises", "production company")}),
    ("Production", "Vela Studios and the German company Rook International came together to co-finance the film.",
     {("Vela Studios", "financier"), ("Rook International", "financier")}),
    ("Release", "In the United States, Vela Studios partnered with Rook Street to handle the theatrical release.",
     {("Rook Street", "distributor")}),
    # regression: "through his company" after a producer's name is read only in a "produced by" sentence
    ("Production", "The producer Per Ness, through his company Vela, hired Quill.", set()),
    # a producer "producing for" a partner; "was also a production partner"; an owner before a company's
    # name; a lower-case owner's descriptor in a list of co-producers
    ("Production", "The film was produced through Kite Pictures, with Per Ness producing for the French partner Vela 35.",
     {("Vela 35", "production company"), ("Per Ness", "producer")}),
    ("Production", "Vela NX was also a production partner.", {("Vela NX", "production company")}),
    ("Production", "Additional money came from the European Union's Vela Programme.", {("Vela Programme", "production company")}),
    ("Production", "The Cypriot company Vela and the German broadcaster's film arm Rook Film came on board as co-producers.",
     {("Vela", "production company"), ("Rook Film", "production company")}),
    # regression: a person "was a producer" is no production partner
    ("Production", "Per Ness was a producer.", {("Per Ness", "producer")}),
    # an owner's company in a sentence about the project; "came in as co-producers"; "financing was
    # provided by A and by B"; "helped finance"; sales "also handled by"
    ("Production", "The project was developed by Quill's company Vela Pictures with the British company Rook Four.",
     {("Vela Pictures", "production company")}),
    ("Production", "The production was set up by Quill and Hart's own company, Vela Films, in partnership with Rook "
     "Productions.", {("Vela Films", "production company"), ("Rook Productions", "production company")}),
    ("Production", "Financing came from Kite Pictures together with Quill's company VLF and Rook Films Production, and "
     "the picture was produced by Hart.", {("Kite Pictures", "financier"), ("VLF", "production company"),
                                          ("Rook Films Production", "production company"), ("Ben Hart", "producer")}),
    ("Production", "The regional fund Film i Vela and the Gothenburg company Rook Films came in as co-producers.",
     {("Film i Vela", "production company"), ("Rook Films", "production company")}),
    ("Production", "Additional financing was provided by Vela Images and by Rook Foundation.",
     {("Vela Images", "financier"), ("Rook Foundation", "financier")}),
    ("Release", "Vela Distribution released it in France, and the international sales were also handled by Rook "
     "International.", {("Vela Distribution", "distributor"), ("Rook International", "sales agent")}),
    # home video and territories in other words; a participle after a comma
    ("Release", "In the United Kingdom, Vela Entertainment brought the film out on DVD that same year.",
     {("Vela Entertainment", "distributor")}),
    ("Release", "Rook Video released a special edition DVD in 2004, and the Criterion Collection published a restored "
     "edition on DVD and Blu-ray in 2011.", {("Rook Video", "distributor"), ("Criterion Collection", "distributor")}),
    ("Release", "It opened in Italy on 7 October 1970, distributed there by Vela Pictures, and reached French cinemas "
     "on 17 February 1971, with Rook International Corporation handling France and West Germany.",
     {("Vela Pictures", "distributor"), ("Rook International Corporation", "distributor")}),
    ("Release", "In the United States, Vela Pictures gave a subtitled print a limited theatrical run in 1991, and Rook "
     "Pictures put out its English-dubbed version on videocassette in 1992.",
     {("Vela Pictures", "distributor"), ("Rook Pictures", "distributor")}),
    # a sales agent "engaged to sell" the film; a premiere on a service
    ("Release", "The Little Film Company was engaged to sell the picture to international buyers.",
     {("The Little Film Company", "sales agent")}),
    ("Release", "This new version premiered on Vela Stream in February 2009.", {("Vela Stream", "broadcaster")}),
    ("Release", "The film premiered on 12 May 2009 in Paris.", set()),
    # shares and leads of the financing
    ("Production", "Vela Canal+ put up a significant share of the financing.", {("Vela Canal+", "financier")}),
    ("Production", "Quill's company, Rook Pictures, led the financing, together with the Industrial Development "
     "Corporation of Vela and the National Film and Video Foundation.",
     {("Rook Pictures", "financier"), ("Industrial Development Corporation of Vela", "financier"),
      ("National Film and Video Foundation", "financier")}),
    # a lone name that issued a home-video edition; "issued its own edition"; a partner "supplying the money"
    ("Release", "In 2005 a DVD edition was issued by Honneamise, a label for overseas sales.",
     {("Honneamise", "distributor")}),
    ("Release", "Vela Video released the film on Blu-ray in 2016, and the Criterion Collection issued its own edition in "
     "2017.", {("Vela Video", "distributor"), ("Criterion Collection", "distributor")}),
    ("Production", "The project found a home at last, with Vela Pictures supplying much of the money.",
     {("Vela Pictures", "financier")}),
    # regression: a year before "brought it back to cinemas" is no distributor
    ("Release", "A restoration completed in 2015 brought it back to cinemas around the world.", set()),
    # a second production company in an apposition; "agreed to join as co-producer"; sales rights;
    # "supported by" a fund; a television premiere on a channel
    ("Production", "His involvement brought in his own outfit, Vela Productions, as a second production company.",
     {("Vela Productions", "production company")}),
    ("Production", "After years of delays the National Film Board of Vela agreed to join as co-producer.",
     {("National Film Board of Vela", "production company")}),
    ("Release", "Early in 2002 the Toronto company Vela Releasing acquired the international sales rights.",
     {("Vela Releasing", "sales agent")}),
    ("Production", "Part of the German share was supported by the regional fund Vela NRW.", {("Vela NRW", "production company")}),
    ("Release", "The film later had its television premiere on the cable network Vela TV.", {("Vela TV", "broadcaster")}),
    # an owner named with "of" and a kind after a company; a producer named with his company
    ("Production", "Additional financing came from the Banca Vela, the Council of Europe's Rookimages fund and Canal+.",
     {("Banca Vela", "financier"), ("Rookimages", "financier"), ("Canal+", "financier")}),
    ("Production", "It was produced by Quill's partners: Per Ness of the Paris company Vela Films and Eli Sand of Rook "
     "Film in Vienna.", {("Vela Films", "production company"), ("Rook Film", "production company")}),
    # a body's own small words in its name
    ("Production", "The production was supported by Vela's Fondo para el Desarrollo Cinematográfico.",
     {("Fondo para el Desarrollo Cinematográfico", "production company")}),
    # a sister company after "and"; development money; grants; "came aboard,"; "also came in as"
    ("Release", "In North America it was released on home video in 2012 by Vela Entertainment and its sister company "
     "Rook Bay Entertainment.", {("Vela Entertainment", "distributor"), ("Rook Bay Entertainment", "distributor")}),
    ("Production", "Britain's Vela 4 provided the first development money, paying for a treatment.", {("Vela 4", "financier")}),
    ("Production", "Marsh mounted an appeal, and grants came from the Paul Vela Fund.", {("Paul Vela Fund", "financier")}),
    ("Production", "Eventually Vela TV came aboard, and Rook Entertainment also came in as a co-production partner.",
     {("Vela TV", "production company"), ("Rook Entertainment", "production company")}),
    # a print struck before distributing; a box set; restored in 4K before releasing; partners "together with"
    ("Release", "Decades later, Vela Films struck a new 35mm print and distributed the film in cinemas.",
     {("Vela Films", "distributor")}),
    ("Release", "On home video, the Criterion Collection included it in its Eclipse box set Pearls of the Czech New Wave.",
     {("Criterion Collection", "distributor")}),
    ("Release", "In 2019 Vela Canal restored it in 4K and released a collector's edition on Blu-ray.",
     {("Vela Canal", "distributor"), ("Vela Canal", "restorer")}),
    ("Production", "The film was a production of Quill's own company, Vela Office, together with Rook Visual, the "
     "broadcaster Vela TV and the radio network Rook FM.",
     {("Vela Office", "production company"), ("Rook Visual", "production company"), ("Vela TV", "production company"),
      ("Rook FM", "production company")}),
    # a re-release or a reissue given by a company; the owner before a company; an aside after "and by"
    ("Release", "A restoration was given a theatrical re-release in the United States by the Rook Media Group in 2016.",
     {("Rook Media Group", "distributor")}),
    ("Release", "Rook Pictures gave it a restored American reissue in 2005.", {("Rook Pictures", "distributor")}),
    ("Release", "Quill's Harbor Pictures released it in the United States the following year.", {("Harbor Pictures", "distributor")}),
    ("Release", "It has been issued on home video by Harbor Home Video and, on Blu-ray in 2010, by Quay Releasing.",
     {("Harbor Home Video", "distributor"), ("Quay Releasing", "distributor")}),
    ("Home media", "A special edition Blu-ray issued in 2011 by Harbor Home Video included deleted scenes.",
     {("Harbor Home Video", "distributor")}),
    # regression: a soundtrack album's label is no distributor of the film
    ("Release", "The double soundtrack album, released by Harbor Records, became a best-seller.", set()),
    # regression: a person after "and" is no part of the company's name before it
    ("Production", "Ben Hart co-produced the film with Per Ness of Rook Films and Eli Sand.",
     {("Rook Films", "production company"), ("Per Ness", "producer"), ("Ben Hart", "producer")}),
    # regression: a company named in an apposition after "made through" its owner's company
    ("Production", "The project was made through Quill's British company, Vela Pictures, with Rook Pictures financing it.",
     {("Vela Pictures", "production company")}),
]


@pytest.mark.parametrize("section, text, expected", ORG_CASES, ids=[c[1][:40] for c in ORG_CASES])
def test_organisations_in_prose(section, text, expected):
    assert credits(section, text) == expected


@pytest.mark.parametrize("text", [
    "Brae's four-volume novel, published by Folio between 1990 and 1993, had become a bestseller.",
    "Brae began serialising the novel in Folio's Weekly Magazine in December 1982.",
    "The screenplay expanded a short story by Brae that had appeared in Folio in the spring of 1937.",
    "Her novel appeared as a serial in Folio before it was published in book form.",
])
def test_publisher_of_the_source_work(text):
    found = facts("Production", text)
    work = next(w for w in found.works if w.relation == "source")
    assert {(c.agent, c.role, c.work) for c in prose(found.credits)} == {("Folio", "publisher", work.key)}


RELEASE_CASES = [
    # a new subject's clause ("and X handled the British release"); a run named by a demonym; "on
    # Apple's behalf" is no platform
    ("Vela released it in Italy on 10 October 2008, and Rook Releasing handled the British release on 3 April 2009.",
     {("2008-10-10", ("Italy",), None), ("2009-04-03", ("United Kingdom",), None)}),
    ("Vela released it in Ireland on 26 October 2020, while Rook handled a limited American theatrical run on "
     "Lumen's behalf from 13 November 2020.",
     {("2020-10-26", ("Ireland",), None), ("2020-11-13", ("United States",), None)}),
    ("Its North American release followed on 2 November 2001.", {("2001-11-02", ("United States",), None)}),
    ("The US release came on 18 June 1999.", {("1999-06-18", ("United States",), None)}),
    ("The film was first shown at the Toronto International Film Festival on 8 September 2001.",
     {("2001-09-08", (), "Toronto International Film Festival")}),
    ("The world premiere took place at the Cannes Film Festival on 16 May 2001.",
     {("2001-05-16", (), "Cannes Film Festival")}),
    ("In Japan, the film was released on 20 July 2001, distributed by Toho.", {("2001-07-20", ("Japan",), None)}),
    ("The film received a wide release on December 25, 2001.", {("2001-12-25", (), None)}),
    ("Kite Pictures released it in France on 25 April 2001, and Lumen opened it in Germany on 16 August 2001.",
     {("2001-04-25", ("France",), None), ("2001-08-16", ("Germany",), None)}),
    ("It opened in Spain on 11 October 2006 and in Mexico on 20 October 2006.",
     {("2006-10-11", ("Spain",), None), ("2006-10-20", ("Mexico",), None)}),
    ("It was released in France and Belgium on 27 June 2007.",
     {("2007-06-27", ("France",), None), ("2007-06-27", ("Belgium",), None)}),
    ("It had its premiere at the Venice Film Festival on 3 September 2001.",
     {("2001-09-03", (), "Venice Film Festival")}),
    ("Harbor Films gave it a limited release in the United States on 29 December 2006.",
     {("2006-12-29", ("United States",), None)}),
    ("Lumen opened it in the United States on 25 December 2007 and followed it with the dubbed version "
     "on 11 April 2008.", {("2007-12-25", ("United States",), None), ("2008-04-11", ("United States",), None)}),
    ("It reached Belgian cinemas on 25 April 2001.", {("2001-04-25", ("Belgium",), None)}),
    ("Quay Home Video brought it out on DVD and Blu-ray on 12 March 2002.", {("2002-03-12", (), None)}),
    ("The director's cut was issued on DVD by Quay Home Video on 24 September 2002.", {("2002-09-24", (), None)}),
    ("Lumen Distribution's British DVD followed on 1 June 2002.", {("2002-06-01", (), None)}),
    ("British audiences saw it from 30 December 2011.", {("2011-12-30", ("United Kingdom",), None)}),
    ("Lumen opened it in Spain on 11 October 2006 and in Mexico nine days later, on 20 October.",
     {("2006-10-11", ("Spain",), None), ("2006-10-20", ("Mexico",), None)}),
    ("Quay Films distributed it in the United Kingdom, where it opened on 24 November 2006; it arrived in "
     "Italian cinemas the same day and reached Germany on 22 February 2007.",
     {("2006-11-24", ("United Kingdom",), None), ("2006-11-24", ("Italy",), None), ("2007-02-22", ("Germany",), None)}),
    ("Mira Pictures brought the film to British cinemas on 5 October 2001.", {("2001-10-05", ("United Kingdom",), None)}),
    ("It won the top prize on 8 September 2018, the first to go to a film released by a streaming service.", set()),
    ("The film opened in Spain on 31 December 2000 and in Portugal the following day.",
     {("2000-12-31", ("Spain",), None), ("2001-01-01", ("Portugal",), None)}),
    # "widened it on"; "put the film out through its label"; "began a limited run"; "reopened"; an
    # opening place without its comma before "it"
    ("Kite Pictures gave it a limited American release on 22 December 2004 and widened it on 4 February 2005.",
     {("2004-12-22", ("United States",), None), ("2005-02-04", ("United States",), None)}),
    ("In the United States, the film was picked up by Vela Selects and began a limited run on 23 December 2011.",
     {("2011-12-23", ("United States",), None)}),
    ("Vela Films toured the restored version, and it reopened in the United States on 9 March 2012.",
     {("2012-03-09", ("United States",), None)}),
    ("In France it was brought back to cinemas by Vela Films on 26 April 2019.", {("2019-04-26", ("France",), None)}),
    # regression: an opening place without a comma does not reach a later clause's release
    ("In the United Kingdom the film was distributed by Vela Films, which brought it to cinemas in November 2014, and "
     "Rook Films acquired the rights, opening it in New York on 19 December 2014.",
     {("2014-11", (), None), ("2014-12-19", (), None)}),
    # regression: the place of the clause's next event ("brought it to American cinemas the following month")
    # is not the dated release's
    ("It opened in the United Kingdom on 3 February 1971, and Vela Films brought it to American cinemas the following "
     "month.", {("1971-02-03", ("United Kingdom",), None)}),
    ("Vela Films released it in British cinemas on 1 November 2002, and in the United States it was distributed by Rook "
     "Films.", {("2002-11-01", ("United Kingdom",), None)}),
    # "Britain" at a sentence's start is the United Kingdom, and the place of the dated part
    ("In Britain, Vela Films put it into cinemas on 12 September 2003, and in the Netherlands it was distributed by Rook "
     "Films.", {("2003-09-12", ("United Kingdom",), None)}),
]


@pytest.mark.parametrize("text, expected", RELEASE_CASES, ids=[c[0][:40] for c in RELEASE_CASES])
def test_releases_in_prose(text, expected):
    assert releases("Release", text) == expected


def test_infobox_release_and_prose_release_of_the_same_day_and_place_are_one():
    found = facts("Release", "It had its premiere at the Cannes Film Festival on 2 April 2001.",
                  infobox=INFOBOX.replace("2001-04-02 (France)", "2001-04-02 (Cannes)"))
    # "(Cannes)" in the infobox is the festival, as the prose says
    assert [(r.date.iso, r.regions, r.venue, sorted(e.kind for e in r.evidence)) for r in found.releases] == [
        ("2001-04-02", [], "Cannes Film Festival", ["infobox", "prose"])]


def test_lead_award_without_a_year_joins_the_dated_one():
    extra = "==Accolades==\nAt the 74th Academy Awards in March 2002 it won Best Cinematography.\n\n"
    text = article("Legacy", "It is still shown.", extra=extra).replace(
        LEAD, LEAD + " It won the Academy Award for Best Cinematography.")
    found = extract(parse_article(text)).awards
    assert [(a.award, a.category, a.year, len(a.evidence)) for a in found] == [
        ("Academy Awards", "Best Cinematography", 2002, 2)]


@pytest.mark.parametrize("value, languages", [
    ("Silent (German intertitles)", ["German"]),
    ("Silent", []),
    ("French, German", ["French", "German"]),
])
def test_silent_film_language_is_the_intertitles(value, languages):
    found = facts("Production", "It was shot in Paris.", infobox=INFOBOX.replace("French\n", value + "\n"))
    assert found.values("language") == languages


def test_cast_list_item_with_two_roles():
    found = facts("Cast", "- Mara Lind as the Ferryman and as the Queen of Lamps\n- Cleo Marsh as Ines")
    assert sorted((p.performer, p.character) for p in read(found.performances)) == [
        ("Cleo Marsh", "Ines"), ("Mara Lind", "the Ferryman"), ("Mara Lind", "the Queen of Lamps")]


def test_award_merge_keeps_separate_nominees_and_joins_partial_repeats():
    from graph.extract.merge import _merge_awards
    from graph.facts import AwardOutcome

    table = AwardOutcome("Academy Awards", "won", "Best Picture", year=2002, recipients=["Ben Hart", "Ada Quill"])
    prose_one = AwardOutcome("Academy Awards", "won", "Best Picture", year=2002, recipients=["Ben Hart"])
    lead = AwardOutcome("Academy Award", "won", "Best Picture")
    first = AwardOutcome("Goya Awards", "nominated", "Best Actress", year=2002, recipients=["Cleo Marsh"])
    second = AwardOutcome("Goya Awards", "nominated", "Best Actress", year=2002, recipients=["Mara Lind"])
    merged = _merge_awards([prose_one, table, lead, first, second])
    assert [(a.award, a.category, a.recipients) for a in merged] == [
        ("Academy Awards", "Best Picture", ["Ben Hart", "Ada Quill"]),
        ("Goya Awards", "Best Actress", ["Cleo Marsh"]), ("Goya Awards", "Best Actress", ["Mara Lind"])]


@pytest.mark.parametrize("nomination, kept", [
    (dict(award="Golden Globe Awards", category="Best Motion Picture – Drama", recipients=[]), 1),
    (dict(award="Golden Globes", category="Best Motion Picture – Drama", recipients=[], year=2011), 1),
    (dict(award="Golden Globe Awards", category="Best Actor", recipients=["Dev Rana"]), 2),
    (dict(award="BAFTA Awards", category="Best Motion Picture – Drama", recipients=[]), 2),
])
def test_a_win_takes_in_the_nomination_it_implies(nomination, kept):
    from graph.extract.merge import _merge_awards
    from graph.facts import AwardOutcome

    won = AwardOutcome("Golden Globe Awards", "won", "Best Motion Picture – Drama", year=2011, recipients=[])
    if nomination["category"] == "Best Actor":
        won = AwardOutcome("Golden Globe Awards", "won", "Best Actor", recipients=["Ben Hart"])
    nominated = AwardOutcome(nomination["award"], "nominated", nomination["category"],
                             year=nomination.get("year"), recipients=nomination["recipients"])
    assert len(_merge_awards([won, nominated])) == kept


def test_a_table_award_and_its_prose_alias_are_one_award():
    from graph.extract.merge import _merge_awards
    from graph.facts import AwardOutcome

    table = AwardOutcome("BAFTA Awards", "won", "Best Original Screenplay", recipients=["Ada Quill"])
    prose_one = AwardOutcome("British Academy Film Awards", "won", "Best Original Screenplay", recipients=[])
    assert [(a.award, a.recipients) for a in _merge_awards([table, prose_one])] == [("BAFTA Awards", ["Ada Quill"])]


LEAD_GENRES = [
    ("Paper Lanterns is a 2001 French drama film directed by Ada Quill.", {"drama"}),
    ("Paper Lanterns is a 1950 American film noir and Hollywood satire directed by Ada Quill.",
     {"film noir", "satire"}),
    ("Paper Lanterns is a 2000 wuxia romantic drama film directed by Ada Quill.", {"wuxia", "romantic drama"}),
    ("Paper Lanterns is a 2001 French black comedy thriller directed by Ada Quill.", {"black comedy", "thriller"}),
    ("Paper Lanterns is a 2001 French romantic comedy-drama made in the manner of a silent picture.",
     {"romantic comedy-drama"}),
    ("Paper Lanterns is a story about a lamp maker, directed by Ada Quill.", set()),
]


@pytest.mark.parametrize("lead, genres", LEAD_GENRES, ids=[" ".join(sorted(g)) or "none" for _, g in LEAD_GENRES])
def test_genres_from_the_lead(lead, genres):
    found = extract(parse_article(article("Production", "It was shot in 2000.").replace(LEAD, lead), "x.txt"))
    assert set(found.values("genre")) == genres


COMPANY_CASES = [
    ("The film was financed by Harbor Films, Lumen Media and Quay Capital.",
     {("Harbor Films", "financier"), ("Lumen Media", "financier"), ("Quay Capital", "financier")}),
    ("Kite financed the budget together with Lumen Media.",
     {("Kite Pictures", "financier"), ("Lumen Media", "financier")}),
    ("Harbor Films acquired the North American rights, and the British rights went to Quay Releasing.",
     {("Harbor Films", "distributor"), ("Quay Releasing", "distributor")}),
    ("Lumen Media bought into the distribution deal.", {("Lumen Media", "distributor")}),
    ("The visual effects, including the storm, were created by Spark & Glass.", {("Spark & Glass", "visual effects")}),
    # Rights to adapt the source are not distribution.
    ("Harbor Films acquired the film rights to the novel in 1999.", set()),
]


@pytest.mark.parametrize("text, expected", COMPANY_CASES, ids=[c[0][:40] for c in COMPANY_CASES])
def test_companies_in_prose(text, expected):
    found = facts("Production", text)
    assert {(c.agent, c.role) for c in prose(found.credits) if c.agent_kind == "organization"} == expected


def test_a_runtime_in_reels_is_kept_as_reels():
    from rdflib import XSD, Literal

    from graph.emit import emit_triples
    from ontology import FK

    text = article("Production", "It was shot in 1921.", infobox=INFOBOX + "- Running time: 6 reels\n")
    parsed = parse_article(text, "x.txt")
    triples = emit_triples(extract(parsed), parsed)
    assert {o for s, p, o in triples if p == FK.runtimeReels} == {Literal(6, datatype=XSD.integer)}
    assert not any(p == FK.runtimeMinutes for s, p, o in triples)


@pytest.mark.parametrize("text, distributor", [
    ("Quay Home Video brought it out on DVD and Blu-ray on 12 March 2002.", "Quay Home Video"),
    ("The director's cut was issued on DVD by Quay Home Video on 24 September 2002.", "Quay Home Video"),
    ("Lumen Distribution's British DVD followed on 1 June 2002.", "Lumen Distribution"),
    ("Lumen Distribution released it in France on 1 June 2002.", None),  # cinemas: not home video
    ("The Quay Collection issued a two-disc edition on 27 October 2020.", "The Quay Collection"),
    ("Quay Home Video released a Blu-ray on 27 March 2012, and Lumen Video followed it with a 4K edition on "
     "8 November 2022.", "Quay Home Video|Lumen Video"),
])
def test_home_video_company_distributes_and_releases(text, distributor):
    found = facts("Release", text)
    expected = set(distributor.split("|")) if distributor else set()
    video = [c for c in prose(found.credits) if c.qualifier == "home video"]
    assert {(c.agent, c.role) for c in video} == {(d, "distributor") for d in expected}
    assert {r.released_by for r in prose(found.releases) if r.kind == "home video"} == expected


@pytest.mark.parametrize("text, budget, gross", [
    ("Made for about $18 million, it earned about $52 million in North America.", 18_000_000, 52_000_000),
    ("The production cost about $120 million. It grossed $600 million worldwide.", 120_000_000, 600_000_000),
    # a plain "grossed" wins over a regional "earned", wherever each is written
    ("It earned $30 million in North America. In all it grossed $90 million.", None, 90_000_000),
    ("The team made good on its promise and earned praise.", None, None),
])
def test_budget_and_box_office_in_prose(text, budget, gross):
    found = facts("Box office", text)
    assert [m.amount for m in found.values("budget")] == ([budget] if budget else [])
    assert [m.amount for m in found.values("box office")] == ([gross] if gross else [])


def test_a_namesake_surname_is_resolved_by_the_category_craft():
    """"Navarro won Best Cinematography" when a Navarro shot the film and another produced it."""
    infobox = INFOBOX.replace("- Produced by: Ben Hart", "- Produced by: Ben Hart, Lia Navarro") + \
        "- Cinematography: Tomas Navarro\n"
    found = awards("Accolades", "At the 2002 César Awards, Navarro won Best Cinematography and Hart won Best Film.",
                   infobox=infobox)
    assert found == {("César Awards", "Best Cinematography", 2002, "won", ("Tomas Navarro",)),
                     ("César Awards", "Best Film", 2002, "won", ("Ben Hart",))}


def test_a_surname_no_credit_explains_takes_the_one_full_name_the_article_writes():
    text = ("The creatures were built by a workshop run by Pia Dahl and Ola Fors. At the 2002 César Awards, "
            "Dahl and Fors took home Best Makeup.")
    assert awards("Accolades", text) == {("César Awards", "Best Makeup", 2002, "won", ("Pia Dahl", "Ola Fors"))}


def test_blank_accolade_cells_continue_the_cell_above():
    """A Wikipedia cell spanning rows is written once: the blank award, date, category and result
    cells below it are its; a date, category or result does not cross into the next award, and a
    blank recipient stays the film's."""
    table = ("| Award | Date of ceremony | Category | Recipient(s) | Result |\n"
             "| Venice Film Festival | 8 September 2018 | Grand Jury Prize | Ada Quill | Won |\n"
             "| | | Volpi Cup for Best Actress | Cleo Marsh | |\n"
             "| | | Best Costume Design | | Nominated |\n"
             "| Goya Awards | | | Mara Lind | Nominated |\n")
    found = extract(parse_article(article("Accolades", table), "x.txt")).awards
    assert [(a.award, a.year, a.category, a.outcome, tuple(a.recipients)) for a in found] == [
        ("Venice Film Festival", 2018, "Grand Jury Prize", "won", ("Ada Quill",)),
        ("Venice Film Festival", 2018, "Volpi Cup for Best Actress", "won", ("Cleo Marsh",)),
        ("Venice Film Festival", 2018, "Best Costume Design", "nominated", ()),
        ("Goya Awards", None, None, "nominated", ("Mara Lind",))]


@pytest.mark.parametrize("award_cell, year", [("45th Academy Awards (1973)", 1973), ("Academy Awards", None)])
def test_accolade_table_year_in_parentheses(award_cell, year):
    table = f"| Award | Category | Recipient | Result |\n| {award_cell} | Best Actor | Dev Rana | Won |\n"
    found = extract(parse_article(article("Accolades", table), "x.txt")).awards
    assert [(a.award, a.year) for a in found] == [(award_cell.split(" (")[0], year)]


def test_infobox_festival_alias_names_the_festival():
    infobox = INFOBOX.replace("- Release dates: 2001-04-02 (France)",
                              "- Release dates: 2001-02-06 (Berlinale), 2001-04-02 (France)")
    found = extract(parse_article(article("Production", "It was shot in 2000.", infobox=infobox), "x.txt"))
    assert {(r.date.iso, r.venue, tuple(r.regions)) for r in found.releases} == {
        ("2001-02-06", "Berlin International Film Festival", ()), ("2001-04-02", None, ("France",))}


@pytest.mark.parametrize("header", ["| Character | Japanese | English |",
                                    "| Character | Japanese | English (Disney) |",
                                    "| Character | Japanese voice | English voice |",
                                    "| Role | Original Japanese cast | English dub |"])
def test_dub_table_headers_name_their_languages(header):
    table = f"{header}\n| Oren | Rune Falk | Tove Berg |\n"
    found = read(extract(parse_article(article("Voice cast", table), "x.txt")).performances)
    assert {(p.performer, p.character, p.language) for p in found} == {
        ("Rune Falk", "Oren", "Japanese"), ("Tove Berg", "Oren", "English")}


@pytest.mark.parametrize("section, text", [
    ("Release", "For the English release, Harbor Films commissioned a dub directed by Eli Sand."),
    ("Remakes", "An Argentine remake, Lanterns Again, was directed by Eli Sand in 2016."),
    ("Legacy", "An Argentine version, Lanterns Again, directed by Eli Sand, was released in 2016."),
    ("Music", "The score draws on pieces by the Italian composer Eli Sand."),
    ("Release", "The companion short film Aningaaq, written and directed by Eli Sand, shows the other side."),
])
def test_credits_of_other_works_are_not_this_films(section, text):
    found = {(c.agent, c.role) for c in prose(facts(section, text).credits) if c.agent_kind == "person"}
    assert not {r for r in found if r[1] in ("director", "composer")}, found


def test_a_generic_word_is_no_home_video_company():
    found = facts("Release", "Entertainment in Video released it on DVD and Blu-ray on 4 February 2013.")
    assert "Video" not in {c.agent for c in found.credits}


def test_a_surname_before_a_generational_suffix_resolves():
    infobox = INFOBOX.replace("Ivo van Dorn", "Ivo van Dorn, D. M. Marshman Jr.")
    found = awards("Accolades", "At the 2002 César Awards, Quill, van Dorn and Marshman won Best Original Screenplay.",
                   infobox=infobox)
    assert found == {("César Awards", "Best Original Screenplay", 2002, "won",
                      ("Ada Quill", "Ivo van Dorn", "D. M. Marshman Jr."))}


@pytest.mark.parametrize("plot, sentence, character", [
    ("Mira Holm leaves the band. While Oren waits, Mira sings.", "Rune Falk voices Mira.", "Mira Holm"),
    ("The stalker, Oren Vask, follows her.", "Rune Falk plays Vask.", "Oren Vask"),
    ("Sergeant J. T. Sanborn defuses it.", "Rune Falk plays Sanborn.", "J. T. Sanborn"),
    ("Mira collects 100,000 Marks for Oren.", "Rune Falk plays Oren.", "Oren"),
    # two full names fit: the sentence's own name is kept
    ("Mira Holm and Mira Lund meet.", "Rune Falk voices Mira.", "Mira"),
    # "While Oren" is no full name
    ("While Oren waits, the rain falls.", "Rune Falk voices Oren.", "Oren"),
])
def test_a_one_word_character_takes_the_plots_full_name(plot, sentence, character):
    found = cast("Cast", sentence, extra=f"==Plot==\n{plot}\n\n")
    assert found == {("Rune Falk", character, None)}


def test_a_dub_table_column_in_native_script_names_no_performer():
    table = "| Character | Japanese | English |\n| --- | --- | --- |\n| Mira Holm | 霧越未麻 | Tove Berg |\n"
    found = read(facts("Voice cast", table).performances)
    assert {(p.performer, p.character, p.language) for p in found} == {("Tove Berg", "Mira Holm", "English")}


def test_a_category_is_no_award_recipient():
    text = ("It won six Independent Spirit Awards, including Best Feature and Best Director, and Lind received "
            "the Screen Actors Guild Award for Outstanding Performance by a Female Actor.")
    assert ("Screen Actors Guild", "Outstanding Performance by a Female Actor", None, "won", ("Mara Lind",)) \
        in awards("Accolades", text)


def test_the_title_role_is_the_title_when_the_plot_calls_someone_by_it():
    named = cast("Cast", "Rune Falk plays the title role.", extra="==Plot==\nPaper Lanterns sells lamps.\n\n")
    assert named == {("Rune Falk", "Paper Lanterns", None)}
    assert cast("Cast", "Rune Falk plays the title role.") == set()


def test_a_surname_between_given_names_resolves():
    infobox = INFOBOX.replace("Mara Lind", "Tony Leung Chiu-wai")
    assert awards("Accolades", "At the 2001 Hong Kong Film Awards, Leung was named Best Actor.", infobox=infobox) == {
        ("Hong Kong Film Awards", "Best Actor", 2001, "won", ("Tony Leung Chiu-wai",))}


@pytest.mark.parametrize("before, section, award, year", [
    ("At the 46th Academy Awards in 1974, the film received two nominations.\n\n", "Accolades", "46th Academy Awards", 1974),
    ("", "Academy Awards", "Academy Awards", None),
])
def test_an_accolades_table_without_an_award_column_takes_the_body_named_before_it(before, section, award, year):
    table = "| Category | Nominee(s) | Result |\n| Best Actress | Cleo Marsh | Nominated |\n| Best Sound | Ivo Lark | Won |\n"
    found = facts(section, before + table).awards
    assert {(a.award, a.category, a.year, a.outcome, tuple(a.recipients)) for a in found} == {
        (award, "Best Actress", year, "nominated", ("Cleo Marsh",)), (award, "Best Sound", year, "won", ("Ivo Lark",))}


def test_an_accolades_table_header_may_name_its_body():
    table = "| Category (46th Academy Awards) | Nominee(s) | Result |\n| Best Sound | Ivo Lark | Won |\n"
    found = facts("Accolades", table).awards
    assert {(a.award, a.category, a.outcome, tuple(a.recipients)) for a in found} == {
        ("46th Academy Awards", "Best Sound", "won", ("Ivo Lark",))}


def test_a_table_of_categories_with_no_body_anywhere_is_not_read():
    table = "| Category | Nominee(s) | Result |\n| Best Actress | Cleo Marsh | Nominated |\n"
    assert facts("Accolades", table).awards == []


def test_the_dub_without_a_language_is_the_articles_one_dub_language():
    table = "| Character | Japanese | English |\n| Oren | Rune Falk | Tove Berg |\n\n"
    found = cast("Voice cast", table + "Eli Sand voices Sef in the dub.",
                 infobox=INFOBOX.replace("- Language: French", "- Language: Japanese"))
    assert ("Eli Sand", "Sef", "English") in found


def test_an_age_of_a_character_is_not_its_full_name():
    found = cast("Cast", "Tove Berg plays the older Mira, and Rune Falk voices Mira as a child.")
    assert found == {("Tove Berg", "older Mira", None), ("Rune Falk", "Mira", None)}


@pytest.mark.parametrize("item, expected", [
    ("- Rune Falk – Oren", {("Rune Falk", "Oren")}),
    ("- Rune Falk: Oren", {("Rune Falk", "Oren")}),
    ("- Oren: Rune Falk", {("Rune Falk", "Oren")}),
    ("- Rune Falk (Oren)", {("Rune Falk", "Oren")}),
    ("- Rune Falk (uncredited)", set()),
    ("- Rune Falk as Oren / Sef", {("Rune Falk", "Oren")}),
])
def test_cast_list_styles(item, expected):
    assert {(p.performer, p.character) for p in read(facts("Cast", item).performances)} == expected


@pytest.mark.parametrize("text", ["- Rune Falk as Oren Vask / Captain Sef", "| Actor | Role |\n| Rune Falk | Oren Vask / Captain Sef |"])
def test_a_part_under_two_names_is_one_character_with_an_alias(text):
    """"Miles Morales / Spider-Man" is one part: two performances made "Spider-Man" a character
    shared by every actor who plays one."""
    f = facts("Cast", text)
    assert {(p.performer, p.character) for p in read(f.performances)} == {("Rune Falk", "Oren Vask")}
    assert {(a.character, a.alias) for a in f.aliases} == {("Oren Vask", "Captain Sef")}


@pytest.mark.parametrize("lead, body, expected", [
    (LEAD, "Cleo Marsh plays Oren.", {("Cleo Marsh", "Oren", False), ("Dev Rana", None, False), ("Mara Lind", None, False)}),
    (LEAD.replace("drama", "documentary"), "The film follows its subjects.",
     {("Cleo Marsh", None, True), ("Dev Rana", None, True), ("Mara Lind", None, True)}),
])
def test_a_billed_star_without_a_part_is_in_the_cast_without_a_character(lead, body, expected):
    """Every infobox star is a cast member; one no sentence gives a part has no character (and in a
    documentary appears as themselves), and a star with a part is not listed twice."""
    a = parse_article(article("Cast", body).replace(LEAD, lead), "x.txt")
    assert {(p.performer, p.character, p.as_self) for p in extract(a).performances} == expected


def test_a_capitalised_opener_in_the_plot_is_no_first_name():
    """"Because Héloïse refused ..." in the plot is not the full name of the cast's "Héloïse"."""
    plot = "==Plot==\nBecause Héloïse refused to sit for a painter, Oren Vask hires a companion.\n\n"
    assert cast("Cast", "Mara Lind plays Héloïse.", extra=plot) == {("Mara Lind", "Héloïse", None)}


def test_a_name_without_its_quoted_nickname_is_the_infobox_person():
    """Regression: "Julie Lombardi edited the footage" after an infobox "Julie "Bob" Lombardi" made a
    second editor."""
    infobox = INFOBOX.replace("- Music by: Ivo Lark\n", '- Music by: Ivo Lark\n- Edited by: Julie "Bob" Lombardi\n')
    assert credits("Production", "Julie Lombardi edited the footage.", infobox=infobox) == {
        ('Julie "Bob" Lombardi', "editor")}


def test_crew_forms_name_roles_of_the_scheme():
    """Regression: a form's fixed role or craft role outside lexicon.ROLES stopped the build (KeyError
    "sound" in the emitter)."""
    from graph import lexicon
    from graph.extract.crew_forms import CRAFT_ROLES, FORMS

    roles = {role for _, role in FORMS if role} | set(CRAFT_ROLES.values())
    assert roles <= set(lexicon.ROLES), roles - set(lexicon.ROLES)
