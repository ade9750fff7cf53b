"""Companies in prose by what they did for the film: financed it, co-produced it, sold it abroad,
released its soundtrack, restored it, dubbed it, broadcast it. Sentence in -> (company, role) set.

The cases use the invented article of :mod:`tests.test_extract_prose` (Ada Quill directs, Ben Hart
produces, Kite Pictures is the studio); negative cases expect nothing.
"""

from __future__ import annotations

import pytest

from .test_extract_prose import INFOBOX, facts, prose

CASES = [
    # a company described, then "which produced the film"
    ("Production", "The director set up the Munich-based company Kite Pictures, which produced the film.",
     {("Kite Pictures", "production company")}),
    # the members of a production committee "with" or "in which" they took shares
    ("Production", "The cost was spread through a production committee in which Hakuhodo, Futabasha and the Tsutaya "
     "Group all took shares.", {("Hakuhodo", "financier"), ("Futabasha", "financier"), ("Tsutaya Group", "financier")}),
    # partners of a co-production, houses behind a project, effects houses, broadcasters
    ("Production", "It was made as a European co-production: Nordvik Film and Lumen joined from Sweden, Vela "
     "Productions from France, together with Arte France Cinéma and the regional fund Film i Väst.",
     {("Nordvik Film", "production company"), ("Lumen", "production company"), ("Vela Productions", "production company"),
      ("Arte France Cinéma", "production company"), ("Film i Väst", "production company")}),
    ("Production", "The French partner was Vela Productions, and the Italian co-producer was Rook Film.",
     {("Vela Productions", "production company"), ("Rook Film", "production company")}),
    ("Production", "The Danish side of the co-production was taken on by Quay Film.", {("Quay Film", "production company")}),
    ("Production", "The Italian co-producer was Mara Vey.", set()),
    ("Production", "The project was developed by Lumenhaus, the Oslo company founded by Ben Hart.",
     {("Lumenhaus", "production company")}),
    ("Production", "Hart produced it, working through Vela Doomi, the Dakar company through which he made his films.",
     {("Vela Doomi", "production company")}),
    ("Production", "Mara Vey, whose Madrid company El Faro had already backed her first film, came on board.",
     {("El Faro", "production company")}),
    ("Production", "Nordvik Workshop built the armour and miniatures, while Spark Digital created the "
     "computer-generated effects.", {("Nordvik Workshop", "visual effects"), ("Spark Digital", "visual effects")}),
    ("Production", "Cleo Marsh created the creatures.", set()),
    ("Release", "In 2011 the Tunisian broadcaster Vela TV aired a dubbed version.", {("Vela TV", "broadcaster")}),
    ("Production", "The budget came from the Canadian company Nordvik Studios, which produced the film alongside "
     "Harrison Productions and Mara Vey's Still Lake Productions.",
     {("Nordvik Studios", "production company"), ("Harrison Productions", "production company"),
      ("Still Lake Productions", "production company")}),
    ("Production", "Ben Hart produced the film alongside Mara Vey and Dev Rana.", set()),
    ("Production", "The production was set up by Quay Content together with Paper Lanterns Productions, a company "
     "formed for this project alone.", {("Quay Content", "production company"), ("Paper Lanterns Productions", "production company")}),
    ("Production", "It was produced by Ben Hart through his company Vela Films, together with Central Motion Pictures, "
     "Sil-Metropole Organisation and Media Asia Films.",
     {("Vela Films", "production company"), ("Central Motion Pictures", "production company"),
      ("Sil-Metropole Organisation", "production company"), ("Media Asia Films", "production company")}),
    ("Production", "The Tallinn company Allfilm, headed by the producer Ben Hart, led the production on the Estonian side.",
     {("Allfilm", "production company")}),
    ("Production", "The film was financed in part through Silver Screen Partners IV.", {("Silver Screen Partners IV", "financier")}),
    ("Release", "Rialto Pictures brought a restored print back to American cinemas in 2000.", {("Rialto Pictures", "distributor")}),
    ("Release", "A restoration completed in 2015 brought it back to cinemas around the world.", set()),
    ("Release", "The film first reached VHS in May 1990 from Kite Home Video.", {("Kite Home Video", "distributor")}),
    ("Release", "Vela Bunch, which had sold Hart's previous films abroad, handled international sales.",
     {("Vela Bunch", "sales agent")}),
    ("Release", "After the licences expired, the Oslo company Quaysharks picked up world sales.", {("Quaysharks", "sales agent")}),
    ("Production", "The brothers' own banner, Lark Productions, was the second production company on the picture.",
     {("Lark Productions", "production company")}),
    ("Production", "Around 2011 the Los Angeles company Red Vela Productions offered to finance the project.",
     {("Red Vela Productions", "financier")}),
    ("Production", "Mara Vey offered to finance it if Dev Rana played the father.", set()),
    ("Production", "In June 2006 the Nordvik Film Fund awarded the project €35,000.", {("Nordvik Film Fund", "financier")}),
    ("Release", "Quay Films distributed it in the United Kingdom, and its American arm, Quay USA, released the film.",
     {("Quay Films", "distributor"), ("Quay USA", "distributor")}),
    ("Release", "It was released in partnership with Vela Lorber in early 2020.", {("Vela Lorber", "distributor")}),
    ("Production", "The film was a co-production between Vela Television, Nordvik Visual and Gaga.",
     {("Vela Television", "production company"), ("Nordvik Visual", "production company"), ("Gaga", "production company")}),
    ("Production", "It was made as a co-production between Italian, French and West German companies.", set()),
    ("Release", "Quay acquired the North American rights, while Vela Worldwide took the rights for the rest of the world.",
     {("Quay", "distributor"), ("Vela Worldwide", "distributor")}),
    ("Production", "Vela Films, which produced the film together with the West German Maran Film, kept the rights.",
     {("Vela Films", "production company"), ("Maran Film", "production company")}),
    # financiers
    ("Production", "Additional financing came from Canal+, the regional fund Filmstiftung Nord and Quay Capital.",
     {("Canal+", "financier"), ("Filmstiftung Nord", "financier"), ("Quay Capital", "financier")}),
    ("Production", "Alongside Kite, the production committee that financed the film included Lumen Shoten, "
     "Vela Television and Rook Media.",
     {("Lumen Shoten", "financier"), ("Vela Television", "financier"), ("Rook Media", "financier")}),
    ("Production", "Ben Hart brought the script to Harbor Capital Group, which agreed to pay for the film.",
     {("Harbor Capital Group", "financier")}),
    ("Production", "The budget of €2 million was raised from the Nordvik Film Fund and Quay Capital.",
     {("Nordvik Film Fund", "financier"), ("Quay Capital", "financier")}),
    ("Production", "In June 2017, Rook Entertainment boarded the project as co-producer.",
     {("Rook Entertainment", "production company")}),
    ("Release", "After its premiere, Nordlicht Sales sold the film to distributors in thirty territories.",
     {("Nordlicht Sales", "sales agent")}),
    ("Production", "Harbor Capital Group agreed to pay for the film.", {("Harbor Capital Group", "financier")}),
    ("Production", "Mara Vey financed the film through her company Lumen Pictures and produced it with Hart.",
     {("Lumen Pictures", "financier"), ("Lumen Pictures", "production company")}),
    ("Production", "It was co-financed by the broadcasters Vela Rundfunk and Arte.",
     {("Vela Rundfunk", "financier"), ("Arte", "financier")}),
    ("Production", "Participant Media and First Look Media co-financed the film, with Eli Sand and Rune Falk among "
     "its executive producers.", {("Participant Media", "financier"), ("First Look Media", "financier")}),
    ("Release", "The film was shown at the New York Film Festival on 8 October 1993.", set()),
    ("Release", "It was later shown on 8 October 1993 by Vela TV.", {("Vela TV", "broadcaster")}),
    ("Release", "Vela Pictures recorded a new, uncut English dub.", {("Vela Pictures", "dubbing studio")}),
    ("Release", "Milan Records released Ivo Lark's soundtrack album in 1994.", {("Milan Records", "record label")}),
    ("Release", "The soundtrack album was released online through the film's website, on the T-Series label.",
     {("T-Series", "record label")}),
    ("Production", "Ben Hart produced the film, which Kite Pictures made for Rook Shoten, Vela Television and Hakuhodo.",
     {("Rook Shoten", "production company"), ("Vela Television", "production company"), ("Hakuhodo", "production company")}),
    ("Production", "It was made for Christmas, and he made it for Tom Hale.", set()),
    ("Production", "Exteriors were filmed in Sweden, with the Swedish regional film fund Film i Vela among the co-producers.",
     {("Film i Vela", "production company")}),
    ("Production", "The film was made by Kite Pictures, with Rook Bunch handling international sales.",
     {("Kite Pictures", "production company"), ("Rook Bunch", "sales agent")}),
    ("Production", "Bogotá's Colibrí Producciones came aboard as a minority co-producer in 2016.",
     {("Colibrí Producciones", "production company")}),
    ("Production", "The film was produced by the San Sebastián company Itsaso Filmak.", {("Itsaso Filmak", "production company")}),
    ("Production", "The Swedish regional fund Film i Vela came in as a co-producer.",
     {("Film i Vela", "production company")}),
    # co-producing companies
    ("Production", "Co-production partners included Lumen Films, Rook Media, the Swedish broadcaster Vela Television (VT) "
     "and the Finnish broadcaster Yle.", {("Lumen Films", "production company"), ("Rook Media", "production company"),
                                           ("Vela Television", "production company"), ("Yle", "production company")}),
    ("Production", "The European partners were Mara Vey's Lumen Films in France and Teo Brae's Rook Media in Germany.",
     {("Lumen Films", "production company"), ("Rook Media", "production company")}),
    ("Production", "His business partners were Tom Hale and Ann Fry.", set()),
    ("Production", "Rook Media, the company of Tom Hale and Ann Fry, also co-produced.", {("Rook Media", "production company")}),
    ("Production", "The German broadcasters VRF and NDK and the Franco-German channel Arte were involved in the financing.",
     {("VRF", "financier"), ("NDK", "financier"), ("Arte", "financier")}),
    ("Production", "Germany's Rook Independent came in as co-producer.", {("Rook Independent", "production company")}),
    ("Production", "Financing came from Lumen Films, with Rook Entertainment joining as a co-producer.",
     {("Lumen Films", "financier"), ("Rook Entertainment", "production company")}),
    ("Production", "The effects were done by the American company Spark FX, which also came on board as an "
     "associate producer.", {("Spark FX", "production company")}),
    ("Production", "The film was co-produced with the broadcasters Vela Rundfunk and Arte.",
     {("Vela Rundfunk", "production company"), ("Arte", "production company")}),
    ("Production", "The film was co-produced with Hart and Quill.", set()),
    # a list with places, a trailing partner of another kind, an acronym, a company "of" its country
    ("Production", "It was co-produced with Vela Films in France, the Dutch company Rook Films and Arte France Cinéma, "
     "with Lumen TV as broadcast partner.", {("Vela Films", "production company"), ("Rook Films", "production company"),
                                             ("Arte France Cinéma", "production company")}),
    ("Production", "It was co-produced with Mexico's Instituto Mexicano de Cinematografía (IMCINE) and Rook Films of "
     "Luxembourg.", {("Instituto Mexicano de Cinematografía", "production company"), ("Rook Films", "production company")}),
    # producers named with the companies they produced for
    ("Production", "Tom Hale of Vela Films co-produced from Switzerland, and Ann Fry and Teo Brae of See-Saw Films "
     "joined as producers.", {("Vela Films", "production company"), ("See-Saw Films", "production company")}),
    ("Production", "Tom Hale of Lumen Studio came on as producer.", {("Lumen Studio", "production company")}),
    ("Production", "It was produced by Tom Hale, through his Lumen Film Company, and by Ann Fry.",
     {("Lumen Film Company", "production company")}),
    ("Production", "The film was produced by Tom Hale and Ann Fry through their Hamburg company Lumen Filmproduktion.",
     {("Lumen Filmproduktion", "production company")}),
    ("Production", "The film was produced by Tom Hale for Rook & Company, with Vela Ventures among its investors.",
     {("Rook & Company", "production company"), ("Vela Ventures", "production company")}),
    ("Production", "The public broadcasters NDR and Arte co-produced, and Lumen Film International took on the world sales.",
     {("NDR", "production company"), ("Arte", "production company"), ("Lumen Film International", "sales agent")}),
    ("Production", "The production was set up by the British company Vela Productions in partnership with the Italian "
     "firm Rook Films.", {("Vela Productions", "production company"), ("Rook Films", "production company")}),
    ("Production", "It was made under the banner of Lumen Dasti, with the French company Rook Productions, run by Tom "
     "Hale, coming on board as co-producer.", {("Lumen Dasti", "production company"), ("Rook Productions", "production company")}),
    ("Production", "Tom Hale produced the film through Vela Filmproduktion of Munich, with Rook Film of Duisburg as "
     "co-producer.", {("Vela Filmproduktion", "production company"), ("Rook Film", "production company")}),
    ("Production", "The money came principally from Lumen Television and the Rook Film Finance Corporation.",
     {("Lumen Television", "financier"), ("Rook Film Finance Corporation", "financier")}),
    ("Release", "Sales were handled by the Paris-based Lumen Dreams.", {("Lumen Dreams", "sales agent")}),
    # a release "handled" or "taken charge of", distribution handled, a box set that includes the film
    ("Release", "Vela Releasing, the distribution arm of a San Francisco art-house cinema, handled the American release.",
     {("Vela Releasing", "distributor")}),
    ("Release", "In mainland China, Rook Pictures took charge of the theatrical release.", {("Rook Pictures", "distributor")}),
    ("Release", "Hart persuaded Lumen Motion Pictures to take on the theatrical release in India.",
     {("Lumen Motion Pictures", "distributor")}),
    ("Release", "In the United Kingdom the theatrical release was handled by Vela.", {("Vela", "distributor")}),
    ("Release", "On home video, the Rook Collection included it in a 2005 box set of the director's war films.",
     {("Rook Collection", "distributor")}),
    ("Release", "In 2018 it was included in The Rook Collection's box set of the director's films.", {("The Rook Collection", "distributor")}),
    ("Release", "The American company Rook Movement later acquired the rights in the United States.",
     {("Rook Movement", "distributor")}),
    # regression: a year before a comma is no restorer
    ("Release", "For the film's anniversary in 2020, Vela Studio restored it in 4K.", {("Vela Studio", "restorer")}),
    ("Release", "In 2015 the film was restored by the Lumen Film Archive and re-released theatrically by Quay "
     "Distribution.", {("Lumen Film Archive", "restorer"), ("Quay Distribution", "distributor")}),
    ("Music", "The soundtrack album was released by Lumen Records on 4 June 1999.", {("Lumen Records", "record label")}),
    # sales agents
    ("Release", "Wild Harbor handled international sales.", {("Wild Harbor", "sales agent")}),
    ("Release", "World sales were handled by Rook International.", {("Rook International", "sales agent")}),
    ("Release", "Rook Films served as the film's international sales agent.", {("Rook Films", "sales agent")}),
    # record labels
    ("Music", "The soundtrack album was released by Lumen Records.", {("Lumen Records", "record label")}),
    ("Music", "Ivo Lark wrote the score; his soundtrack album was issued in 2002 on Vela Music.",
     {("Vela Music", "record label")}),
    ("Music", "Lumen Records released the original soundtrack in May.", {("Lumen Records", "record label")}),
    # restorers
    ("Legacy", "A new restoration prepared by Kite and Quill's company Rook Studios returned to cinemas.",
     {("Kite Pictures", "restorer"), ("Rook Studios", "restorer")}),
    ("Legacy", "In 2008 the Lumen Film Archive and Vela Pictures, which now holds the Kite library, completed a "
     "restoration of the film.", {("Lumen Film Archive", "restorer"), ("Vela Pictures", "restorer")}),
    ("Legacy", "A restoration, supervised by Quill and carried out by Rook Lab together with Lumen, was released.",
     {("Rook Lab", "restorer"), ("Lumen", "restorer")}),
    ("Legacy", "A restoration supervised by Ada Quill was shown in 2010.", set()),
    # dubbing studios
    ("Release", "The English dub, produced by Vela Dubbing, features Cleo Marsh.", {("Vela Dubbing", "dubbing studio")}),
    ("Release", "Rook Entertainment produced an English dub for the British release.",
     {("Rook Entertainment", "dubbing studio")}),
    ("Release", "In the first dub, produced in 1989 by Tom Vey of Lumen Pictures, Cleo Marsh voices the girl.",
     {("Lumen Pictures", "dubbing studio")}),
    ("Release", "The English dub was produced by Ben Hart.", set()),
    ("Release", "The English dub was produced by Mara Vey.", set()),
    ("Release", "The English-language version was produced by VELA and recorded at Rook Post in New York.",
     {("VELA", "dubbing studio"), ("Rook Post", "dubbing studio")}),
    # broadcasters
    ("Release", "From 1997 the cable channel KTV showed it frequently.", {("KTV", "broadcaster")}),
    ("Release", "The film was first broadcast on Vela Television in 2003.", {("Vela Television", "broadcaster")}),
    ("Release", "A sequel series was broadcast on Vela Television in 2003.", set()),
    ("Release", "Vela TV has repeatedly broadcast the film at Christmas.", {("Vela TV", "broadcaster")}),
    # a list whose later companies take "the"; companies with their place; a contribution of support
    ("Production", "Kite developed it with backing from the regional film fund Film i Nord, the Vela Film Institute "
     "and the public broadcaster Rook Television (RTV).",
     {("Film i Nord", "production company"), ("Vela Film Institute", "production company"),
      ("Rook Television", "production company")}),
    ("Production", "Lumen Filmproduktion in Berlin and the Paris-based Quay de Production came aboard as co-producers, "
     "along with Arte Vela Cinéma, while the Nordvik Film Institute contributed further support.",
     {("Lumen Filmproduktion", "production company"), ("Quay de Production", "production company"),
      ("Arte Vela Cinéma", "production company"), ("Nordvik Film Institute", "financier")}),
    ("Production", "Vela 2 Cinéma joined as a co-producer, and further support came from the Nordvik Film Board "
     "and Eurimages.", {("Vela 2 Cinéma", "production company"), ("Nordvik Film Board", "production company"),
                        ("Eurimages", "production company")}),
    ("Production", "Further support came from Eurimages and the Film- und Medienstiftung Nord.",
     {("Eurimages", "production company"), ("Film- und Medienstiftung Nord", "production company")}),
    ("Release", "Haut et Vela opened it in France on 28 October 2015.", {("Haut et Vela", "distributor")}),
    ("Release", "A Blu-ray and DVD edition was released by VELA and Shout! Rook in North America in December 2021.",
     {("VELA", "distributor"), ("Shout! Rook", "distributor")}),
    ("Release", "V24 and Rook TV acquired the North American rights after the screening.",
     {("V24", "distributor"), ("Rook TV", "distributor")}),
    # broadcasters by the rights they held and the broadcasts they gave
    ("Release", "Vela Video released the film on DVD in 2004, and Kiteshow acquired the pay-television rights.",
     {("Vela Video", "distributor"), ("Kiteshow", "broadcaster")}),
    ("Release", "KBS then bought the rights and broadcast the film on 29 September 2008.", {("KBS", "broadcaster")}),
    ("Release", "VTN gave the film its first television broadcast on 3 November 1956; RBC held the broadcast rights "
     "for several seasons.", {("VTN", "broadcaster"), ("RBC", "broadcaster")}),
    ("Release", "It was seen there only in a single subtitled broadcast on Vela Classic Movies in 2006.",
     {("Vela Classic Movies", "broadcaster")}),
    ("Release", "The film has since been broadcast on VBS and Rook Television.",
     {("VBS", "broadcaster"), ("Rook Television", "broadcaster")}),
    ("Release", "A television film broadcast by Vela Television in 2005 retold the story.", set()),
    # restorations with a year or a partner; public money; a contributor after "with"
    ("Release", "A 4K restoration was carried out in 2012 by Rook Canal in partnership with the Cinémathèque de Vela.",
     {("Rook Canal", "restorer"), ("Cinémathèque de Vela", "restorer")}),
    ("Release", "In 2018 Kite began a 4K restoration of the director's films in collaboration with the laboratory "
     "Vela Ritrovata.", {("Kite Pictures", "restorer"), ("Vela Ritrovata", "restorer")}),
    ("Production", "Quill produced the film through her company Kite Pictures, with Vela-Film and Rook Films as partners "
     "in France.", {("Kite Pictures", "production company"), ("Vela-Film", "production company"),
                    ("Rook Films", "production company")}),
    ("Production", "The film was produced by Kite Pictures in partnership with Vela Productions.",
     {("Kite Pictures", "production company"), ("Vela Productions", "production company")}),
    ("Production", "Further funding came from the broadcaster Arte and from Rook Four Films in Britain.",
     {("Arte", "financier"), ("Rook Four Films", "financier")}),
    ("Production", "The documentary was financed largely by Vela Playhouse.", {("Vela Playhouse", "financier")}),
    ("Production", "The money came from Europe.", set()),
    ("Release", "Television rights were sold to KBC, which paid a record sum for a single showing.", {("KBC", "broadcaster")}),
    ("Production", "Digital effects, including the clouds of arrows, were produced by the Australian company Rook Logic.",
     {("Rook Logic", "visual effects")}),
    ("Production", "Quill's company produced the film in partnership with Ann Fry's Paris-based Vela Films, with the broadcaster "
     "Rook Rundfunk and Lumen Filmproduktion im Verlag der Autoren as co-producers.",
     {("Vela Films", "production company"), ("Rook Rundfunk", "production company"),
      ("Lumen Filmproduktion im Verlag der Autoren", "production company")}),
    ("Production", "Additional money came from Sweden, where Rook Films came in as a co-producer.",
     {("Rook Films", "production company")}),
    ("Production", "Public money came from the Vela Film Board, the Rook Film Centre and Eurimages, with the VFI also "
     "contributing.", {("Vela Film Board", "production company"), ("Rook Film Centre", "production company"),
                       ("Eurimages", "production company"), ("VFI", "financier")}),
]


@pytest.mark.parametrize("section, text, expected", CASES, ids=[c[1][:45] for c in CASES])
def test_companies_by_what_they_did(section, text, expected):
    found = facts(section, text)
    assert {(c.agent, c.role) for c in prose(found.credits) if c.agent_kind == "organization"} == expected


def test_a_short_mention_of_an_infobox_company_is_that_company():
    """"produced by ... AOI Pro. and Gaga" after an infobox naming "AOI Pro." and "Gaga Corporation":
    the companies, not two people credited as producers (a final full stop kept them apart)."""
    infobox = INFOBOX.replace("- Production company: Kite Pictures", "- Production companies: Vela Pro., Gaga Corporation")
    found = {(c.agent, c.role, c.agent_kind) for c in prose(facts(
        "Production", "The film was produced by Vela Pro. and Gaga.", infobox=infobox).credits)}
    assert found == {("Vela Pro", "production company", "organization"),
                     ("Gaga Corporation", "production company", "organization")}


@pytest.mark.parametrize("text, expected", [
    ("It was broadcast on PBS, and the Criterion Collection later released it on home video.",
     {("PBS", "broadcaster"), ("Criterion Collection", "distributor")}),
    ("In 1999 Rialto Pictures re-released a restored version of the British cut in American cinemas.",
     {("Rialto Pictures", "distributor")}),
    ("In the end the director released it himself.", set()),
    ("In 2023 Lumen Movement gave the restored film a theatrical re-release in the United States.",
     {("Lumen Movement", "distributor")}),
    ("In the United Kingdom it was distributed by Vela Artificial Eye.", {("Vela Artificial Eye", "distributor")}),
    ("In the United States it was handled by the Goldwyn Distributing Company.",
     {("Goldwyn Distributing Company", "distributor")}),
    ("Rook Lorber released this version on Blu-ray in North America.", {("Rook Lorber", "distributor")}),
    ("It was distributed by Ben Hart.", set()),
    ("Vela Releasing handled the film in the United Kingdom and Rook Entertainment in Australia.",
     {("Vela Releasing", "distributor"), ("Rook Entertainment", "distributor")}),
    ("An early English dub was given a limited theatrical run in North America by Rook Lane in 1989.",
     {("Rook Lane", "distributor")}),
    ("Vela/Rook Home Video issued the film on VHS in October 1994.", {("Vela/Rook Home Video", "distributor")}),
    ("In France the film was co-distributed by Les Films de l'Estuaire and Zéphyr Diffusion.",
     {("Les Films de l'Estuaire", "distributor"), ("Zéphyr Diffusion", "distributor")}),
    ("Produced and distributed by Sri Vela Pictures, the film opened in 180 theatres.",
     {("Sri Vela Pictures", "production company"), ("Sri Vela Pictures", "distributor")}),
    ("Lusófona Distribuição released the film in Portugal and Brazil.", {("Lusófona Distribuição", "distributor")}),
    ("Mara Vey released it on her own.", set()),
    ("In the United Kingdom, Vela Artificial Eye released it on 16 March 2018.", {("Vela Artificial Eye", "distributor")}),
    ("Rook Home Entertainment issued the film on Blu-ray and DVD in the United States.",
     {("Rook Home Entertainment", "distributor")}),
    ("Its later home-media editions were issued through Shout! Vela.", {("Shout! Vela", "distributor")}),
    ("In the United States, the film was picked up by the then newly founded distributor VELA.", {("VELA", "distributor")}),
    ("In France the film was released by Haut et Rook on 20 October 2021.", {("Haut et Rook", "distributor")}),
    ("Rook Entertainment brought out the DVD in Australia.", {("Rook Entertainment", "distributor")}),
    ("Vela Home Video handled the early videocassette and DVD editions in the United States.",
     {("Vela Home Video", "distributor")}),
    ("Vela Films gave the restored Paper Lanterns a North American theatrical run in late 2020.",
     {("Vela Films", "distributor")}),
    ("Shout! Vela, in partnership with Rook, released it on Blu-ray and DVD in North America.",
     {("Shout! Vela", "distributor")}),
    ("A restoration was released on Blu-ray by the Vela Collection in North America and by Rook Studios Home "
     "Entertainment in the United Kingdom.",
     {("Vela Collection", "distributor"), ("Rook Studios Home Entertainment", "distributor")}),
    ("It opened in cinemas across India on 21 December 2007, with Vela Pictures distributing.", {("Vela Pictures", "distributor")}),
    ("In the United States Rook Home Entertainment released it on Blu-ray, while Vela Home Entertainment issued the "
     "discs in the United Kingdom.", {("Rook Home Entertainment", "distributor"), ("Vela Home Entertainment", "distributor")}),
    ("It opened in Paris on 23 January 1962 and was distributed in France by Vélodis.", {("Vélodis", "distributor")}),
    ("The film was restored and released on DVD in North America by the Rook Collection.", {("Rook Collection", "distributor")}),
    ("The Vela Collection restored it and released it on DVD in 2007.",
     {("The Vela Collection", "distributor"), ("The Vela Collection", "restorer")}),
    ("Internationally its distribution is handled by the Paris company Vela Dreams.", {("Vela Dreams", "distributor")}),
    ("It reached American cinemas a decade later, when Rook Films picked it up for the United States.",
     {("Rook Films", "distributor")}),
])
def test_distributors_by_what_they_released(text, expected):
    assert {(c.agent, c.role) for c in prose(facts("Release", text).credits)} == expected


def test_two_people_who_released_the_film_are_not_one_company():
    """Regression: "it was released by Tom Vey and Ann Fry" once gave a distributor named
    "Tom Vey and Ann Fry" (a film as subject lets an unknown name be a company, but not a pair)."""
    agents = {c.agent for c in prose(facts("Release", "In the United States it was released by Tom Vey and Ann Fry "
                                                      "under another title.").credits)}
    assert "Tom Vey and Ann Fry" not in agents
